"""A town the text puts in a state or country lies there, or nowhere we know (issue 21,
resolve/place/qualified.py)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import Toponym, ToponymResolver
from frontlines.resolve.place.qualified import located_pairs, qualified_pairs
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in, toponyms_in

# a town the packaged extracts lack in Quebec, with a namesake in Michigan
SUMMIT = "Leaders gathered on Thursday in Charlevoix, Quebec, for the summit."


def test_a_town_no_reading_of_which_lies_in_its_qualifier_gets_no_place(gazetteer):
    town, qualifier = resolved_in(ToponymResolver(gazetteer), SUMMIT, ["Charlevoix", "Quebec"])
    assert town.place is None
    assert qualifier.place is not None
    assert (qualifier.place.country, qualifier.place.feature_code) == ("CA", "ADM1")


def test_without_the_check_a_namesake_elsewhere_is_chosen(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(qualified_towns=False), bundled_ranker())
    town = resolved_in(off, SUMMIT, ["Charlevoix", "Quebec"])[0].place
    assert town is not None and town.country == "US"


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("He was born in Tbilisi, Georgia, in 1960.", ["Tbilisi", "Georgia"], "GE"),
        ("The plant in Hamilton, Ontario, closed.", ["Hamilton", "Ontario"], "CA"),
        ("A storm hit Paris, Texas, on Sunday.", ["Paris", "Texas"], "US"),
    ],
)
def test_a_town_in_its_qualifier_stands(gazetteer, text, names, country):
    town, qualifier = resolved_in(ToponymResolver(gazetteer), text, names)
    assert town.place is not None and town.place.country == country
    assert qualifier.place is not None and qualifier.place.country == country


def test_a_list_of_countries_is_no_town_and_its_qualifier(gazetteer):
    text = "Fighters came from Syria, Iraq to the camp."
    syria, iraq = resolved_in(ToponymResolver(gazetteer), text, ["Syria", "Iraq"])
    assert syria.place is not None and syria.place.country == "SY"


def test_an_abbreviated_province_holds_its_town(gazetteer):
    text = "She was born in Churchill, Man. and grew up by the bay."
    town, qualifier = resolved_in(ToponymResolver(gazetteer), text, ["Churchill", "Man."])
    assert town.place is not None and town.place.country == "CA"
    assert qualifier.place is not None and qualifier.place.country == "CA"


def test_a_place_lies_in_its_country_and_its_first_level_division_only():
    """By the codes alone: the country holds every other place of its code, a division
    those of its own first-level code; nothing lies in itself."""
    from frontlines.resolve.place.gazetteer import Place

    country = Place(10, "Aldoria", 40.0, 20.0, "AA", "00", "", 5_000_000, "A", "PCLI")
    north = Place(11, "North Province", 41.0, 20.0, "AA", "01", "", 900_000, "A", "ADM1")
    town = Place(12, "Veska", 41.2, 20.1, "AA", "01", "", 40_000, "P", "PPL")
    southern = Place(13, "Drun", 39.0, 20.0, "AA", "02", "", 9_000, "P", "PPL")
    abroad = Place(14, "Veska", 45.0, 30.0, "BB", "01", "", 60_000, "P", "PPL")
    assert town.lies_in(country) and town.lies_in(north) and north.lies_in(country)
    assert not southern.lies_in(north)
    assert not abroad.lies_in(north) and not abroad.lies_in(country)
    assert not country.lies_in(country) and not north.lies_in(north)


def test_the_ranker_and_the_check_after_it_read_the_same_pairs():
    """qualified.qualified_pairs, shared by the ranker's qualifier feature and
    qualified_towns: a closing pair counts, a list going on and a name without offsets
    (read from no place in the text) do not."""
    text = "Buses left Salem, Oregon, for Boise, Denver and Omaha."
    spans = [
        Toponym(n, text.index(n), text.index(n) + len(n))
        for n in ["Salem", "Oregon", "Boise", "Denver", "Omaha"]
    ]
    assert qualified_pairs(spans, text) == [0]
    assert qualified_pairs([Toponym("Salem"), Toponym("Oregon")], text) == []


def test_a_name_an_owner_holds_lies_in_its_country_or_nowhere_we_know(gazetteer):
    """ "<owner>'s <name>": no reading of the name in the owner's country (the gazetteer's
    Charlevoix lies in Michigan) leaves it without a place rather than abroad."""
    text = "Shelling hit Kenya's Charlevoix district on Monday."
    owner, held = resolved_in(ToponymResolver(gazetteer), text, ["Kenya", "Charlevoix"])
    assert owner.place is not None and owner.place.country == "KE"
    assert held.place is None


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("Aid reached Kenya's Dadaab camps by road.", ["Kenya", "Dadaab"], "KE"),
        ("Families fled Syria’s Aleppo in the winter.", ["Syria", "Aleppo"], "SY"),
        ("The mayor of Michigan's Charlevoix spoke.", ["Michigan", "Charlevoix"], "US"),
    ],
)
def test_a_name_its_owner_holds_stands(gazetteer, text, names, country):
    held = resolved_in(ToponymResolver(gazetteer), text, names)[1]
    assert held.place is not None and held.place.country == country


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        # one state's deeds in another place: the held name keeps its own country, a
        # country, a dependency, a first-level division or a town with no place noun after
        # (review re3dloc24, 2)
        ("Russia's Ukraine invasion has uprooted millions.", ["Russia", "Ukraine"], "UA"),
        ("Ankara's Idlib agreement with Moscow fell apart.", ["Ankara", "Idlib"], "SY"),
        ("Tehran's Damascus partner lost ground.", ["Tehran", "Damascus"], "SY"),
        ("Israel's West Bank outposts grew.", ["Israel", "West Bank"], "PS"),
        ("Beijing's Hong Kong security law drew sanctions.", ["Beijing", "Hong Kong"], "HK"),
        ("He offered to buy Denmark's Greenland.", ["Denmark", "Greenland"], "GL"),
        ("Rabat's Western Sahara plan won support.", ["Rabat", "Western Sahara"], "EH"),
        ("Washington's Iraq strategy was debated.", ["Washington", "Iraq"], "IQ"),
        ("America's Afghanistan exit ended in 2021.", ["America", "Afghanistan"], "AF"),
        ("Turkey's Afrin offensive began in January.", ["Turkey", "Afrin"], "SY"),
    ],
)
def test_a_state_acting_on_another_place_leaves_it_where_it_is(gazetteer, text, names, country):
    held = resolved_in(ToponymResolver(gazetteer), text, names)[1]
    assert held.place is not None and held.place.country == country


def test_a_small_place_noun_after_the_held_name_puts_it_in_the_owner(gazetteer):
    """ "Giza's Haram district": the Norwegian Haram is no reading of it."""
    text = "Police raided Giza's Haram district on Tuesday."
    owner, held = resolved_in(ToponymResolver(gazetteer), text, ["Giza", "Haram"])
    assert owner.place is not None and owner.place.country == "EG"
    assert held.place is None


def test_a_chain_of_containers_qualifies_each_link():
    """ "Stroud, Ontario, Canada": bare commas chain a town, its province and its country;
    a list runs on only when "and" / "or" closes it."""
    chain = "A barn burned near Stroud, Ontario, Canada, on Monday."
    links = toponyms_in(chain, ["Stroud", "Ontario", "Canada"])
    assert qualified_pairs(links, chain, lambda j: True) == [0, 1]
    # a link that does not lie in the next makes the run a list
    assert qualified_pairs(links, chain, lambda j: j != 1) == []
    assert qualified_pairs(links, chain) == [1]  # no containment known: the last pair closes
    for text in ("Flights to Dallas, Ohio and Boston.", "Flights to Dallas, Ohio, or Boston."):
        assert qualified_pairs(toponyms_in(text, ["Dallas", "Ohio", "Boston"]), text) == []


def test_a_town_chained_to_a_province_it_lacks_gets_no_place(gazetteer):
    text = "A barn burned near Stroud, Ontario, Canada, on Monday, and crews from Bristol helped."
    names = ["Stroud", "Ontario", "Canada", "Bristol"]
    found = ToponymResolver(gazetteer).resolve_document_scored(toponyms_in(text, names), text)
    assert found[0].place is None
    assert found[1].place is not None and found[1].place.feature_code == "ADM1"


SUMATRA = "Doctors from Atlanta and Denver flew to Sumatra in Indonesia on Monday."
SUMATRA_NAMES = ["Atlanta", "Denver", "Sumatra", "Indonesia"]


def test_in_a_country_places_the_name_there(gazetteer):
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(SUMATRA, SUMATRA_NAMES), SUMATRA
    )
    assert found[2].place is not None and found[2].place.country == "ID"
    assert located_pairs(toponyms_in(SUMATRA, SUMATRA_NAMES), SUMATRA) == [2]


def test_without_in_the_story_s_country_takes_the_name(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(located_in=False), bundled_ranker())
    found = off.resolve_document_scored(toponyms_in(SUMATRA, SUMATRA_NAMES), SUMATRA)
    assert found[2].place is not None and found[2].place.country == "US"


def test_in_a_place_that_holds_no_reading_changes_nothing(gazetteer):
    text = "Analysts in Washington weighed the role of France in Mali."
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Washington", "France", "Mali"]), text
    )
    assert [(r.place.country, r.place.feature_code) for r in found if r.place] == [
        ("US", "PPLC"), ("FR", "PCLI"), ("ML", "PCLI"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # lists of cities closed by no place, or not closed at all, keep their cities
        ("Drones struck Kharkiv, Zaporizhzhia, Dnipro and several other cities overnight.",
         ["Kharkiv", "Zaporizhzhia", "Dnipro"]),
        ("Shelling hit Aleppo, Idlib, Hama and the nearby countryside.",
         ["Aleppo", "Idlib", "Hama"]),
        ("Clashes were reported in Aleppo, Idlib, Hama, a monitoring group said.",
         ["Aleppo", "Idlib", "Hama"]),
        ("Leaders from Mosul, Kirkuk, Erbil, Baghdad met on Tuesday.",
         ["Mosul", "Kirkuk", "Erbil", "Baghdad"]),
        ("Marches spread to Cairo, Alexandria, Giza, Mansoura after prayers.",
         ["Cairo", "Alexandria", "Giza", "Mansoura"]),
    ],
)  # fmt: skip
def test_a_run_of_bare_commas_that_does_not_nest_is_a_list(gazetteer, text, names):
    found = ToponymResolver(gazetteer).resolve_document_scored(toponyms_in(text, names), text)
    assert found[0].place is not None and found[0].place.feature_class == "P"
    assert all(r.place is not None for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck Kharkiv, Zaporizhzhia, Dnipro and several other cities overnight.",
        # the last two of a run that does not nest are no town and its province
        "Towns such as Kharkiv, Zaporizhzhia, Dnipro lost power.",
    ],
)
def test_a_city_in_a_list_is_not_its_namesake_province(gazetteer, text):
    names = ["Kharkiv", "Zaporizhzhia", "Dnipro"]
    found = ToponymResolver(gazetteer).resolve_document_scored(toponyms_in(text, names), text)
    assert [r.place.feature_class if r.place else None for r in found] == ["P", "P", "P"]


def test_a_chain_to_a_country_keeps_its_town(gazetteer):
    text = "A plant closed in Lebanon, Ohio, United States, last week."
    names = ["Lebanon", "Ohio", "United States"]
    found = ToponymResolver(gazetteer).resolve_document_scored(toponyms_in(text, names), text)
    assert [(r.place.country, r.place.feature_code) for r in found if r.place] == [
        ("US", "PPL"), ("US", "ADM1"), ("US", "PCLI"),
    ]  # fmt: skip
