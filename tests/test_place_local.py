"""A town and the county that holds it, named in one story, are read as that pair (issue
21, resolve/place/local.py): local news names its town and its county, not its state."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from frontlines.resolve.place import ToponymResolver, resolver
from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.local import corroborated
from frontlines.resolve.place.names import name_key
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


def _readings(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str]]:
    return [
        (r.place.country, r.place.admin1) if r.place else ("", "")
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


TRAFFIC = (
    "A Lebanon woman, 41, was booked into the Boone County Jail after a traffic stop on "
    "Friday, Lebanon police said."
)
TRAFFIC_NAMES = ["Lebanon", "Boone County", "Lebanon"]


def test_a_town_and_the_county_holding_it_read_as_the_pair(gazetteer):
    assert _readings(ToponymResolver(gazetteer), TRAFFIC, TRAFFIC_NAMES) == [("US", "IN")] * 3


def test_without_the_pair_each_name_reads_as_its_famous_namesake(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(county_towns=False), bundled_ranker())
    readings = _readings(off, TRAFFIC, TRAFFIC_NAMES)
    assert readings[0] == ("LB", "")
    assert readings[1] != ("US", "IN")


def test_a_county_already_read_right_pulls_its_town(gazetteer):
    text = (
        "Walker County commissioners lifted the burn ban; Huntsville residents still need a permit."
    )
    assert _readings(ToponymResolver(gazetteer), text, ["Walker County", "Huntsville"]) == [
        ("US", "TX"),
        ("US", "TX"),
    ]


def test_no_county_no_pair(gazetteer):
    text = "Talks in Lebanon stalled on Friday, officials in Beirut said."
    assert _readings(ToponymResolver(gazetteer), text, ["Lebanon", "Beirut"])[0] == ("LB", "")


def test_a_name_the_text_calls_a_county_is_no_town_of_the_pair(gazetteer):
    """ "in Alachua and Gilchrist counties": Alachua is the county, not the town of the
    name that Alachua County holds."""
    text = "Home sales fell in Alachua and Gilchrist counties, the Alachua County office said."
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Alachua", "Gilchrist", "Alachua County"]), text
    )
    assert found[0].place is not None and found[0].place.feature_code == "ADM2"


def test_the_capital_a_county_is_named_after_stays_the_capital(gazetteer):
    """Many Washington Counties hold a town called Washington: a tie, so nothing moves."""
    text = (
        "Washington County commissioners asked lawmakers in Washington for road money on "
        "Tuesday."
    )
    found = ToponymResolver(gazetteer).resolve_document_scored(
        toponyms_in(text, ["Washington County", "Washington"]), text
    )
    assert found[1].place is not None and found[1].place.feature_code == "PPLC"


CRASH = (
    "Pickup rolls on Nokomis. A Nelson man was hurt when his pickup left the road in "
    "Alexandria, Douglas County deputies said; he was flown to St. Cloud."
)
CRASH_NAMES = ["Nokomis", "Nelson", "Alexandria", "Douglas County", "St. Cloud"]


def test_a_town_and_its_county_set_the_home_area_for_near_ties(gazetteer):
    """local.corroborated: Alexandria and Douglas County agree on Minnesota, so St. Cloud,
    a near-tie between Florida and Minnesota, goes to the namesake near that pair, though
    the story's other names (a Florida town) give it no setting of its own."""
    on = _readings(ToponymResolver(gazetteer), CRASH, CRASH_NAMES)
    assert on[2:] == [("US", "MN")] * 3
    off = ToponymResolver(gazetteer, ResolverWeights(home_km=0.0), bundled_ranker())
    assert _readings(off, CRASH, CRASH_NAMES)[4] == ("US", "FL")


def test_which_names_corroborate_a_county():
    county = Place(1, "Douglas County", 45.9, -95.4, "US", "MN", "041", 0, "A", "ADM2")
    town = Place(2, "Alexandria", 45.9, -95.4, "US", "MN", "041", 0, "P", "PPL")
    elsewhere = Place(3, "Saint Cloud", 28.2, -81.3, "US", "FL", "097", 0, "P", "PPL")
    chosen = {k: Resolved(p, 0.5) for k, p in
              {"douglas": county, "alexandria": town, "cloud": elsewhere}.items()}  # fmt: skip
    assert corroborated(chosen) == {"douglas", "alexandria"}
    assert corroborated({"alexandria": Resolved(town, 0.5)}) == set()


def test_a_town_and_the_county_of_its_own_name_are_one_witness():
    """local.corroborated: "Lancaster" and "Lancaster County" are one name written twice
    (the link resolver._echoes draws with the county words), so they set no home area; a
    town of another name in the county still pairs with it."""
    county = Place(1, "Lancaster County", 40.0, -76.2, "US", "PA", "071", 0, "A", "ADM2")
    town = Place(2, "Lancaster", 40.0, -76.3, "US", "PA", "071", 0, "P", "PPL")
    other = Place(3, "Lititz", 40.2, -76.3, "US", "PA", "071", 0, "P", "PPL")
    chosen = {"lancastercounty": Resolved(county, 0.5), "lancaster": Resolved(town, 0.5)}
    same = {"lancastercounty": {"lancaster"}, "lancaster": {"lancastercounty"}}
    assert corroborated(chosen) == {"lancastercounty", "lancaster"}
    assert corroborated(chosen, same) == set()
    chosen["lititz"] = Resolved(other, 0.5)
    assert corroborated(chosen, same) == {"lancastercounty", "lititz"}


def test_the_resolver_hands_corroborated_the_town_county_links(gazetteer, monkeypatch):
    """The resolver gives ``corroborated`` the links of a name and its own county, so the
    pair counts as one witness in a real story too."""
    seen: list[Mapping[str, Collection[str]]] = []

    def spy(chosen: Mapping[str, Resolved], same: Mapping[str, Collection[str]]) -> set[str]:
        seen.append(same)
        return corroborated(chosen, same)

    monkeypatch.setattr(resolver, "corroborated", spy)
    text = "A Lancaster woman was held at the Lancaster County prison; she was taken to York."
    names = ["Lancaster", "Lancaster County", "York"]
    ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
    keys = [name_key(n) for n in names]
    assert seen and seen[0].get(keys[0]) == {keys[1]} and keys[2] not in seen[0]
