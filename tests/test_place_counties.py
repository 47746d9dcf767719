"""Names the text calls counties are the counties (issue 21, resolve/place/counties.py):
"in Reno, Harvey and Marion counties" lists counties by their bare names, which the
gazetteer holds as towns' own names and only as the counties' alternate ones."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.counties import counties_named, divisions_governed
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


def _codes(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str]]:
    return [
        (r.place.feature_code, r.place.admin1) if r.place else ("", "")
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


HAIL = (
    "Hail damaged roofs in Reno, Harvey and Marion counties on Tuesday, the Kansas "
    "emergency office said."
)
HAIL_NAMES = ["Reno", "Harvey", "Marion", "Kansas"]


def test_each_name_of_a_list_before_counties_is_a_county(gazetteer):
    codes = _codes(ToponymResolver(gazetteer), HAIL, HAIL_NAMES)
    assert codes[:3] == [("ADM2", "KS")] * 3


def test_without_the_check_bare_county_names_read_as_towns(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(named_counties=False), bundled_ranker())
    assert ("PPL", "IL") in _codes(off, HAIL, HAIL_NAMES)[1:3]


def test_a_state_before_counties_says_whose_counties_they_are(gazetteer):
    text = "Jobless rates fell in most Ohio counties last year."
    assert _codes(ToponymResolver(gazetteer), text, ["Ohio"]) == [("ADM1", "OH")]


def test_which_names_the_text_calls_counties():
    text = "Deputies drove from Cowley to Sumner counties; in Lyon county and Topeka it rained."
    names = ["Cowley", "Sumner", "Lyon", "Topeka"]
    spans = toponyms_in(text, names)
    keys = [n.lower() for n in names]
    assert counties_named(spans, keys, text) == {"cowley", "sumner", "lyon"}
    # a singular "county" speaks only for the name right before it
    text = "Crews came from Salina and Lyon county."
    spans = toponyms_in(text, ["Salina", "Lyon"])
    assert counties_named(spans, ["salina", "lyon"], text) == {"lyon"}


def _readings(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str]]:
    return [
        (r.place.feature_code, r.place.admin1) if r.place else ("", "")
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


def test_a_name_the_text_calls_a_state_is_the_state(gazetteer):
    """counties.named_states: "a Washington state dairy", "the state of Washington"."""
    off = ToponymResolver(gazetteer, ResolverWeights(named_states=False), bundled_ranker())
    for text in (
        "Inspectors traced the sick cattle to a Washington state dairy near Alberta.",
        "Apple growers in the state of Washington lost half their crop, Canada said.",
    ):
        names = ["Washington", "Alberta" if "Alberta" in text else "Canada"]
        assert _readings(ToponymResolver(gazetteer), text, names)[0] == ("ADM1", "WA")
        assert _readings(off, text, names)[0] == ("PPLC", "DC")


def test_a_name_listed_with_states_is_the_state_unless_they_qualify_it(gazetteer):
    """lists.same_kind_as_list: among three or more states the state, not the capital;
    "Washington, D.C." after "Texas" stays the city (D.C. holds it)."""
    text = "Outbreaks were reported in Oregon, Washington and Idaho last month."
    names = ["Oregon", "Washington", "Idaho"]
    assert _readings(ToponymResolver(gazetteer), text, names)[1] == ("ADM1", "WA")
    off = ToponymResolver(gazetteer, ResolverWeights(list_kin=False), bundled_ranker())
    assert _readings(off, text, names)[1] == ("PPLC", "DC")
    text = "Senators flew from Texas to Washington, D.C., on Monday."
    names = ["Texas", "Washington", "D.C."]
    assert _readings(ToponymResolver(gazetteer), text, names)[1] == ("PPLC", "DC")


def test_a_name_a_governor_heads_is_the_division(gazetteer):
    """counties.governed_divisions: "the Governor of Kherson", "Kherson's governor",
    "Idlib province" name the first-level division, which the gazetteer holds under its
    official name and the short one only as an alternate."""
    for text, name in (
        ("The Governor of Kherson ordered a curfew after shelling near the port.", "Kherson"),
        ("Kherson's deputy governor said two bridges were hit overnight.", "Kherson"),
        ("Dairy farmers met the Murmansk governor on Friday.", "Murmansk"),
        ("Rockets fell across Idlib province overnight.", "Idlib"),
    ):
        codes = _readings(ToponymResolver(gazetteer), text, [name])
        assert codes[0][0] == "ADM1", text


def test_a_city_with_no_governor_cue_stays_the_city(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(governed_divisions=False), bundled_ranker())
    text = "The Governor of Kherson ordered a curfew after shelling near the port."
    assert _readings(off, text, ["Kherson"])[0][0] == "PPL"
    for text in (
        "Shelling hit Kherson on Monday, the mayor said.",
        "The mayor of Murmansk opened a new bridge.",
    ):
        name = "Kherson" if "Kherson" in text else "Murmansk"
        assert _readings(ToponymResolver(gazetteer), text, [name])[0][0] == "PPL"


def test_which_names_a_governor_heads():
    text = "The governor of Nad Ali district met the Helmand governor and Kandahar officials."
    names = ["Nad Ali", "Helmand", "Kandahar"]
    spans = toponyms_in(text, names)
    assert divisions_governed(spans, ["nadali", "helmand", "kandahar"], text) == {"helmand"}


def test_a_name_also_written_bare_keeps_its_city(gazetteer):
    """counties.divisions_governed: one reading serves every mention of a name, so a
    governor cue at one mention does not move a bare mention ("the port of Kherson") off
    the city; a name cued at most of its mentions is still the division."""
    text = "Drones struck the port of Kherson overnight, the Kherson governor said."
    assert _readings(ToponymResolver(gazetteer), text, ["Kherson", "Kherson"])[0][0] == "PPL"
    text = "The Kherson governor said the Governor of Kherson had left the region."
    assert _readings(ToponymResolver(gazetteer), text, ["Kherson", "Kherson"])[0][0] == "ADM1"
    text = "Crews mended the pier of Mykolaiv after the Mykolaiv governor asked for help."
    spans = toponyms_in(text, ["Mykolaiv", "Mykolaiv"])
    assert divisions_governed(spans, ["mykolaiv", "mykolaiv"], text) == set()
    text = "The Mykolaiv governor met farmers in Mykolaiv, and Mykolaiv's deputy governor spoke."
    spans = toponyms_in(text, ["Mykolaiv"] * 3)
    assert divisions_governed(spans, ["mykolaiv"] * 3, text) == {"mykolaiv"}


def test_a_capital_s_governor_is_the_government_s_man(gazetteer):
    """counties.governed_divisions: "Moscow's governor in Kherson" speaks for the
    government seated in the capital, not for Moscow's oblast; "the Governor of Moscow"
    still heads it."""
    text = "Moscow's governor in occupied Kherson said the schools would reopen."
    assert _readings(ToponymResolver(gazetteer), text, ["Moscow", "Kherson"])[0] == ("PPLC", "48")
    text = "Snow closed roads near Tver, the Governor of Moscow said on Monday."
    assert _readings(ToponymResolver(gazetteer), text, ["Tver", "Moscow"])[1][0] == "ADM1"


KRASNODAR = (
    "The Governor of Krasnodar toured Sochi on Monday, and aides to the Governor of "
    "Krasnodar said the road to Sochi would open in May."
)


def test_a_governed_town_without_a_division_reading_is_its_own_division(gazetteer):
    """The gazetteer holds the krai only as "Krasnodarskiy kray": no reading of the name
    is a division, so the governed town gives way to its own first-level division, whose
    name opens with the town's."""
    names = ["Krasnodar", "Sochi", "Krasnodar", "Sochi"]
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(KRASNODAR, names), KRASNODAR
    )
    assert [(r.place.feature_code, r.place.name) for r in found if r.place][:2] == [
        ("ADM1", "Krasnodarskiy kray"),
        ("PPL", "Sochi"),
    ]


def test_a_governed_town_whose_division_has_another_name_stays_the_town(gazetteer):
    text = "The Governor of Sochi toured Adler, and aides to the Governor of Sochi spoke."
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Sochi", "Adler", "Sochi"]), text
    )
    assert found[0].place is not None and found[0].place.feature_code == "PPL"


def test_a_governed_town_that_is_one_word_of_its_division_s_name_stays_the_town(gazetteer):
    """The division's name must open with the town's as a stem ("Kurskaya" with "Kursk"),
    not as the first word of a longer name ("Jammu and Kashmir" with "Jammu")."""
    text = "The Governor of Jammu visited flooded farms near Srinagar."
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Jammu", "Srinagar"]), text
    )
    assert found[0].place is not None and found[0].place.feature_code == "PPL"
    text = "The Governor of Kursk visited flooded farms near Rylsk."
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Kursk", "Rylsk"]), text
    )
    assert found[0].place is not None and found[0].place.feature_code == "ADM1"
