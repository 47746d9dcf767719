"""A country's or a national capital's name against its small namesake (issue 21): the
prominent place, unless the text puts the namesake in its own state."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import Gazetteer, Toponym, ToponymResolver
from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.names import lookup_variants
from frontlines.resolve.place.namesakes import (
    MIN_RATIO,
    capitals_of_named_countries,
    prominent_over_namesakes,
)
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.spelt import written_with_article
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in, toponyms_in


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> ToponymResolver:
    """The bundled ranker with the (default-off) capital check on."""
    return ToponymResolver(gazetteer, ResolverWeights(capital_ratio=MIN_RATIO), bundled_ranker())


def test_a_world_capital_outranks_its_small_namesake_in_a_story_set_elsewhere(resolver):
    text = "After a town hall in Iowa, the senator left for Paris to join the climate summit."
    paris = resolved_in(resolver, text, ["Iowa", "Paris"])[1].place
    assert paris is not None and paris.country == "FR" and paris.feature_code == "PPLC"


def test_off_by_default_the_ranker_s_namesake_stands(gazetteer):
    text = "After a town hall in Iowa, the senator left for Paris to join the climate summit."
    paris = resolved_in(ToponymResolver(gazetteer), text, ["Iowa", "Paris"])[1].place
    assert paris is not None and paris.country == "US"  # see ResolverWeights.capital_ratio


def test_the_namesake_stands_when_the_text_names_its_state(resolver):
    qualified = "A storm knocked out power in Paris, Texas, late on Sunday."
    place = resolved_in(resolver, qualified, ["Paris", "Texas"])[0].place
    assert place is not None and (place.country, place.admin1) == ("US", "TX")
    nearby = "Storms hit Paris and Sherman overnight, and Dallas schools stayed shut."
    place = resolved_in(resolver, nearby, ["Paris", "Sherman", "Dallas"])[0].place
    assert place is not None and (place.country, place.admin1) == ("US", "TX")


def _place(gid: int, name: str, country: str, code: str, population: int) -> Place:
    return Place(
        geonames_id=gid, name=name, lat=0.0, lon=0.0, country=country, admin1="01", admin2="",
        feature_class="A" if code.startswith("PCL") else "P", feature_code=code,
        population=population,
    )  # fmt: skip


def test_only_a_much_larger_capital_or_country_by_its_own_name_takes_over():
    town = _place(1, "Avalon", "US", "PPL", 25_000)
    capital = _place(2, "Avalon", "XA", "PPLC", 2_000_000)
    small_capital = _place(3, "Avalon", "XB", "PPLC", 90_000)
    no_state = {"same_admin1": 0.0}
    chosen = {"avalon": Resolved(town, 0.6)}
    sure = {"avalon": Resolved(town, 0.9)}

    def pick(rival: Place, kind: str = "name", own: dict[str, float] = no_state) -> Place | None:
        found = [Candidate(town, "name"), Candidate(rival, kind)]
        return prominent_over_namesakes(chosen, {"avalon": found}, {"avalon": [own, {}]})[
            "avalon"
        ].place

    assert pick(capital) == capital
    assert pick(small_capital) == town  # under twenty times the town's people
    assert pick(capital, kind="alt") == town  # an alternate name is no capital's name
    assert pick(capital, own={"same_admin1": 0.9}) == town  # the story is in its state
    assert pick(capital, own={"qualifier": 1.0}) == town  # "Avalon, Texas"
    assert pick(capital, own={"nearby": 0.8}) == town  # the story's places lie around it
    found = {"avalon": [Candidate(town, "name"), Candidate(capital, "name")]}
    kept = prominent_over_namesakes(sure, found, {"avalon": [no_state, {}]})
    assert kept["avalon"].place == town  # the story's setting chose the town clearly


def test_a_direction_before_a_direction_is_no_name_cut_to_the_second(resolver):
    assert lookup_variants("Middle Eastern") == ["Middle Eastern"]
    assert "Iraq" in lookup_variants("Northern Iraq")  # a direction before a name still goes
    text = "Several Middle Eastern governments condemned the attack on the port of Beirut."
    eastern, beirut = resolved_in(resolver, text, ["Middle Eastern", "Beirut"])
    assert eastern.place is None and beirut.place is not None and beirut.place.country == "LB"


def test_a_dateline_town_the_gazetteer_lacks_counts_when_a_country_follows(nlp):
    text = "Z'VORAK, Cambodia — Soldiers on the border traded fire overnight, a commander said."
    places = {p.text: p for p in nlp(text)._.places}
    assert "Z'VORAK" in places and places["Cambodia"].country == "KH"
    known = "DAR ES SALAAM, Tanzania — Port officials said fuel prices would rise this week."
    assert {p.text: p for p in nlp(known)._.places}["DAR ES SALAAM"].country == "TZ"


def test_capitals_mid_line_before_a_country_are_no_dateline(nlp):
    text = "Rebels said the ZORVAK, Cambodia — a unit — had left the border post."
    assert "ZORVAK" not in {p.text for p in nlp(text)._.places}


def test_international_news_reads_a_world_capital_over_a_namesake_near_its_capital():
    # a story naming many countries is international news: "Vienna" is Austria's, even
    # though Vienna, Virginia lies near the Washington the story also names
    text = ("The United States told Iran, Britain and France from Washington that the "
            "United States would send envoys to Vienna in May.")
    names = ["United States", "Iran", "Britain", "France", "Washington", "United States",
             "Vienna"]
    spans, at = [], 0
    for n in names:
        at = text.index(n, at)
        spans.append(Toponym(n, at, at + len(n)))
        at += len(n)
    vienna = ToponymResolver(Gazetteer()).resolve_document_scored(spans, text)[-1].place
    assert vienna is not None and (vienna.country, vienna.feature_code) == ("AT", "PPLC")


def test_international_news_reads_a_state_s_name_as_its_world_city():
    text = ("Envoys of Japan, Brazil, Canada and Egypt gather on Friday for talks hosted "
            "in New York by the world body.")
    names = ["Japan", "Brazil", "Canada", "Egypt", "New York"]
    spans = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
    place = ToponymResolver(Gazetteer()).resolve_document_scored(spans, text)[-1].place
    assert place is not None and (place.feature_class, place.admin1) == ("P", "NY")


def test_local_news_keeps_its_state_and_its_namesake_towns():
    text = "Lawmakers in New York and Ohio met in Albany; the Vienna council met near Washington."
    names = ["New York", "Ohio", "Albany", "Vienna", "Washington"]
    spans = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in names]
    found = ToponymResolver(Gazetteer()).resolve_document_scored(spans, text)
    new_york, vienna = found[0].place, found[3].place
    assert new_york is not None and new_york.admin_level == 1
    assert vienna is not None and vienna.country == "US"


KENTUCKY_TRIP = (
    "A Georgetown, Ky., couple said they had toured France and were near the Louvre in "
    "Paris when the alarm sounded. They flew home to Kentucky on Sunday."
)
KENTUCKY_NAMES = ["Georgetown", "Ky.", "France", "Paris", "Kentucky"]


def test_a_capital_whose_country_the_story_names_outranks_a_namesake_at_home(gazetteer):
    """namesakes.capitals_of_named_countries: "France" ties "Paris" to the capital even in
    a story set in Kentucky, which without the check reads the Kentucky town."""
    spans = toponyms_in(KENTUCKY_TRIP, KENTUCKY_NAMES)
    on = ToponymResolver(gazetteer).resolve_document(spans, KENTUCKY_TRIP)[3]
    assert on is not None and (on.country, on.feature_code) == ("FR", "PPLC")
    off = ToponymResolver(gazetteer, ResolverWeights(named_capitals=False), bundled_ranker())
    place = off.resolve_document(spans, KENTUCKY_TRIP)[3]
    assert place is not None and (place.country, place.admin1) == ("US", "KY")


def test_a_qualified_namesake_stands_beside_the_capital_s_country(gazetteer):
    text = "The Paris, Ky., school board met on Monday; a teacher back from France spoke."
    spans = toponyms_in(text, ["Paris", "Ky.", "France"])
    place = ToponymResolver(gazetteer).resolve_document(spans, text)[0]
    assert place is not None and (place.country, place.admin1) == ("US", "KY")


def test_an_ocean_outranks_a_namesake_town_the_story_s_country_voted_for(gazetteer):
    """namesakes.expanses_over_hamlets: a US story's "Pacific" is the ocean unless the
    story is at home near the town (then the town stands)."""
    text = "Farmers in Iowa and Nebraska ship soybeans across the Pacific to buyers in Asia."
    names = ["Iowa", "Nebraska", "Pacific", "Asia"]
    ocean = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)[2]
    assert ocean is not None and ocean.feature_code == "OCN"
    off = ToponymResolver(gazetteer, ResolverWeights(expanses=False), bundled_ranker())
    town = off.resolve_document(toponyms_in(text, names), text)[2]
    assert town is not None and town.feature_class == "P"
    home = "Shoppers in Pacific and Union, two towns west of St. Louis, lost power on Friday."
    names = ["Pacific", "Union", "St. Louis"]
    town = ToponymResolver(gazetteer).resolve_document(toponyms_in(home, names), home)[0]
    assert town is not None and (town.feature_class, town.admin1) == ("P", "MO")


def test_an_ocean_beside_an_ocean_the_story_names_is_the_ocean(gazetteer):
    """namesakes.expanses_over_hamlets: "Atlantic" in a Virginia story is the hamlet in
    Virginia, but beside "the Pacific route" (the ocean) it is the ocean too."""
    text = "Game wardens in Virginia test geese that fly the Pacific route and the Atlantic route."
    names = ["Virginia", "Pacific", "Atlantic"]
    found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
    assert [p.feature_code if p else "" for p in found[1:]] == ["OCN", "OCN"]
    home = "Game wardens in Virginia checked a farm near Atlantic on Monday."
    town = ToponymResolver(gazetteer).resolve_document(
        toponyms_in(home, ["Virginia", "Atlantic"]), home
    )[1]
    assert town is not None and (town.feature_class, town.admin1) == ("P", "VA")


def test_an_ocean_beside_an_ocean_keeps_a_town_the_story_s_places_lie_near(gazetteer):
    """namesakes.expanses_over_hamlets: another ocean the story names outweighs only the
    state's vote, not towns near the hamlet ("buried in Atlantic, near Anita and Griswold"),
    whichever of the two names comes first."""
    names = ["Pacific", "Atlantic", "Anita", "Griswold", "Iowa"]
    for text in (
        "A sailor who trained in the Pacific was laid to rest in Atlantic, near Anita and "
        "Griswold in Iowa.",
        "A sailor was laid to rest in Atlantic, near Anita and Griswold in Iowa, after years "
        "in the Pacific.",
    ):
        order = sorted(names, key=text.index)
        found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, order), text)
        town = found[order.index("Atlantic")]
        assert town is not None and (town.feature_class, town.admin1) == ("P", "IA"), text
        ocean = found[order.index("Pacific")]
        assert ocean is not None and ocean.feature_code == "OCN"



def test_a_name_written_after_the_is_the_expanse_though_the_story_is_near_the_town(gazetteer):
    """namesakes.expanses_over_hamlets with ``spelt.written_with_article``: the span left
    "the" out, yet "over the Middle East" in a story that names Washington and Baltimore
    (near the hamlet of that name in Maryland) is the region; without "the", beside
    Baltimore, the hamlet stands."""
    text = (
        "Officials in Washington and Baltimore said drones flew over the Middle East "
        "on Monday."
    )
    names = ["Washington", "Baltimore", "Middle East"]
    region = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)[2]
    assert region is not None and region.feature_code == "RGN"
    home = "Officials in Baltimore said a water main broke in Middle East on Monday."
    names = ["Baltimore", "Middle East"]
    town = ToponymResolver(gazetteer).resolve_document(toponyms_in(home, names), home)[1]
    assert town is not None and (town.feature_class, town.admin1) == ("P", "MD")


def test_a_name_written_after_the_may_be_any_water_or_terrain_it_goes_by(gazetteer):
    """namesakes.expanses_over_hamlets: with "the" before it, a name's strait (not only a
    sea or region) outranks the namesake town in Florida."""
    text = "Fishing boats sailed out through the Golden Gate at dawn, crews in Oakland said."
    names = ["Golden Gate", "Oakland"]
    strait = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)[0]
    assert strait is not None and strait.feature_code == "STRT"

def test_the_before_a_name_with_no_expanse_reading_says_nothing():
    """``spelt.written_with_article``: "the Kent police" makes the name a modifier; only a
    name that may be water, terrain or a region counts as written with "the"."""
    town = Candidate(_row(1, "Kent", "US", "WA", "PPL", 130_000), "name")
    region = Candidate(Place(2, "Kent", 0.0, 0.0, "", "", "", 0, "L", "RGN"), "name")
    assert not written_with_article("Kent", "said the ", [town])
    assert written_with_article("Kent", "said the ", [town, region])
    assert not written_with_article("Kent", "said to ", [town, region])
    assert not written_with_article("Kent", "Athe ", [town, region])
    assert written_with_article("the Kent", "", [town])
    # a lowercase noun after the name makes it a modifier even when it may be a region
    assert not written_with_article("Kent", "said the ", [town, region], " police said")
    assert written_with_article("Kent", "said the ", [town, region], " in June")
    assert written_with_article("Kent", "said the ", [town, region], ", where")
    # so does a capitalised word (an organisation's name runs on: "the Kent Fire Service")
    assert not written_with_article("Kent", "said the ", [town, region], " Fire Service")
    assert not written_with_article("Kent", "said the ", [town, region], " In")
    assert not written_with_article("Kent", "said the ", [town, region], " 2 teams")
    # only punctuation, the end of the text or a listed word lets it through
    assert written_with_article("Kent", "said the ", [town, region], "")
    assert written_with_article("Kent", "said the ", [town, region], ".")
    # a span the pipeline found inside an organisation's name is never articled
    assert not written_with_article("Kent", "of the ", [town, region], "", embedded=True)
    assert written_with_article("the Kent", "", [town], embedded=True)


def test_the_before_a_name_that_a_capitalised_noun_follows_keeps_the_town(gazetteer):
    """``spelt.written_with_article`` in the resolver: "the Volga Fire Department" names an
    organisation after the town, so the story's Dakota setting keeps the town of Volga, not
    the Russian river; and an embedded span (``Toponym.embedded``) is never articled."""
    text = "The Volga Fire Department was called to a barn near Brookings and Arlington."
    names = ["Volga", "Brookings", "Arlington"]
    town = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)[0]
    assert town is not None and (town.feature_class, town.admin1) == ("P", "SD"), town
    text = "Parents from Olivia and Renville met the Danube School Board on Monday."
    names = ["Olivia", "Renville", "Danube"]
    town = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)[2]
    assert town is not None and (town.feature_class, town.admin1) == ("P", "MN"), town

def _row(gid: int, name: str, country: str, admin1: str, code: str, population: int) -> Place:
    kind = "A" if code == "PCLI" else "P"
    return Place(gid, name, 0.0, 0.0, country, admin1, "", population, kind, code)


def test_a_named_foreign_capital_outranks_a_namesake_in_another_named_country():
    """namesakes.capitals_of_named_countries: a story that names the United States as well
    as Syria ties "Damascus" to Syria's capital, though the Maryland town lies in a named
    country too (Washington's pull chose it); a namesake of the capital of its own
    country ("Washington" a Georgia town) is left alone."""
    us = _row(1, "United States", "US", "", "PCLI", 3 * 10**8)
    sy = _row(2, "Syria", "SY", "", "PCLI", 10**7)
    capital = _row(3, "Damascus", "SY", "13", "PPLC", 1_500_000)
    town = _row(4, "Damascus", "US", "MD", "PPL", 15_000)
    dc = _row(5, "Washington", "US", "DC", "PPLC", 700_000)
    georgia_town = _row(6, "Washington", "US", "GA", "PPL", 4_000)
    candidates = {
        "us": [Candidate(us, "name")],
        "sy": [Candidate(sy, "name")],
        "damascus": [Candidate(capital, "name"), Candidate(town, "name")],
        "washington": [Candidate(dc, "name"), Candidate(georgia_town, "name")],
    }
    chosen = {
        "us": Resolved(us, 1.0),
        "sy": Resolved(sy, 1.0),
        "damascus": Resolved(town, 0.6),
        "washington": Resolved(georgia_town, 0.6),
    }
    features = {k: [{} for _ in found] for k, found in candidates.items()}
    decided = capitals_of_named_countries(chosen, candidates, features)
    assert decided["damascus"].place == capital
    assert decided["washington"].place == georgia_town
