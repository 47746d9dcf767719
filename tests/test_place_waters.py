"""A river, lake or valley the gazetteer lacks is read at the town of its name where the
story is (issue 21, resolve/place/waters.py)."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.resolve.place.waters import town_of_the_name, waters_by_their_towns
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


def test_the_generic_word_and_the_town_name():
    assert town_of_the_name("Catawba River") == ("Catawba", "H", "STM")
    assert town_of_the_name("Lake Hartwell") == ("Hartwell", "H", "LK")
    assert town_of_the_name("the Ohio Valley") == ("Ohio", "T", "VAL")
    assert town_of_the_name("Madison Twp.") == ("Madison", "A", "ADM3")
    assert town_of_the_name("Town of Groton") == ("Groton", "A", "ADM3")
    assert town_of_the_name("River") is None
    assert town_of_the_name("Cedar Street") is None
    assert town_of_the_name("the big lake") is None


def test_only_a_lake_or_a_town_of_takes_its_word_first():
    """A road, a hall, a bridge or a quarter named for a feature is no feature of a town's
    name: only "lake" (and "town of") opens one."""
    for name in ("River Road", "Town Hall", "Bay Bridge", "Valley Forge", "Harbor Freight"):
        assert town_of_the_name(name) is None, name
    assert town_of_the_name("Old Town") is None
    assert town_of_the_name("Town of") is None


def _town(gid: int, lat: float, lon: float, admin1: str) -> Place:
    return Place(gid, "Ashby", lat, lon, "US", admin1, "", 5000, "P", "PPL")


NEAR, FAR = _town(1, 41.50, -73.05, "CT"), _town(2, 30.0, -95.0, "TX")
HOME = Place(3, "Bexley", 41.60, -73.10, "US", "CT", "", 9000, "P", "PPL")


def _read(confidence: float, lookup: list[Candidate]) -> Resolved:
    toponyms = [Toponym("Bexley", 0, 6), Toponym("Ashby River", 20, 31)]
    chosen = {"bexley": Resolved(HOME, confidence), "ashby river": Resolved(None, 0.0)}
    candidates = {"bexley": [Candidate(HOME, "name")], "ashby river": []}
    decided = waters_by_their_towns(
        toponyms, ["bexley", "ashby river"], chosen, candidates, lambda _: lookup, 60.0, 0.8
    )
    return decided["ashby river"]


def test_a_river_is_read_by_its_town_near_the_story():
    found = _read(0.9, [Candidate(FAR, "name"), Candidate(NEAR, "name")])
    assert found.place is not None and found.place.name == "Ashby River"
    assert (found.place.lat, found.place.lon) == (NEAR.lat, NEAR.lon)
    assert found.place.feature_class == "H" and found.place.geonames_id < 0
    assert found.confidence == 0.45


def test_no_town_near_the_story_no_reading():
    assert _read(0.9, [Candidate(FAR, "name")]).place is None


def test_an_unsure_story_vouches_for_nothing():
    assert _read(0.6, [Candidate(NEAR, "name")]).place is None


def test_an_alternate_name_is_no_town_of_the_name():
    assert _read(0.9, [Candidate(NEAR, "alt")]).place is None


def test_resolver_puts_a_river_by_its_town(gazetteer):
    text = "Crews in Waterbury and Beacon Falls watched the Naugatuck River rise overnight."
    names = ["Waterbury", "Beacon Falls", "Naugatuck River"]
    found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
    river = found[2]
    assert river is not None and (river.country, river.admin1) == ("US", "CT")
    off = ToponymResolver(gazetteer, ResolverWeights(waters_km=0.0))
    assert off.resolve_document(toponyms_in(text, names), text)[2] is None


def test_one_test_of_a_local_place_serves_patches_and_waters():
    """A town or a county with a point vouches for a water; a state or a pointless town
    does not (``clusters.local_place``, shared with the namesakes' patches)."""
    from frontlines.resolve.place.clusters import local_place

    assert local_place(HOME)
    county = Place(4, "Litchfield County", 41.8, -73.2, "US", "CT", "005", 0, "A", "ADM2")
    assert local_place(county)
    state = Place(5, "Connecticut", 41.6, -72.7, "US", "CT", "", 0, "A", "ADM1")
    assert not local_place(state)
    assert not local_place(Place(6, "Ashby", None, None, "US", "CT", "", 0, "P", "PPL"))
