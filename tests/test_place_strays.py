"""``strays.strays_dropped``: a small town read far from a local story's setting, where
the text ties it to nothing there, is no reading (a namesake of a hamlet the gazetteer
lacks). Hand-built places and our own stories."""

from __future__ import annotations

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.resolver import ToponymResolver
from frontlines.resolve.place.strays import strays_dropped
from tests.place_reading import toponyms_in


def _town(
    gid: int, lat: float, lon: float, country: str, admin1: str, people: int, code: str = "PPL"
) -> Place:
    return Place(gid, f"town{gid}", lat, lon, country, admin1, "", people, "P", code)


def _division(gid: int, country: str, admin1: str, code: str) -> Place:
    return Place(gid, f"area{gid}", 0.0, 0.0, country, admin1, "", 0, "A", code)


# two towns of an Iowa county, about 20 km apart: a local story's setting
AMES = _town(1, 42.03, -93.62, "US", "IA", 66_000)
NEVADA = _town(2, 42.02, -93.45, "US", "IA", 6_800)
# a hamlet of the same name as one in Iowa the gazetteer lacks, 900 km off in Ohio
STRAY = _town(3, 40.0, -83.0, "US", "OH", 1_200)
# a namesake of every town of these stories, abroad: each name has two readings
ABROAD = _town(99, 50.0, 10.0, "DE", "02", 3_000)


def _drop(
    chosen: dict[str, Place], only: frozenset[str] = frozenset()
) -> dict[str, Place | None]:
    """``strays_dropped`` where each name's readings are its chosen place and a namesake
    abroad, but the names of ``only`` have the one reading."""
    resolved = {k: Resolved(p, 0.9) for k, p in chosen.items()}
    found = {
        k: [Candidate(p, "name")] + ([] if k in only else [Candidate(ABROAD, "name")])
        for k, p in chosen.items()
    }
    features = {k: [{} for _ in c] for k, c in found.items()}
    return {k: r.place for k, r in strays_dropped(resolved, features, found).items()}


def test_a_small_town_far_from_a_local_story_is_dropped():
    found = _drop({"ames": AMES, "nevada": NEVADA, "stray": STRAY})
    assert found == {"ames": AMES, "nevada": NEVADA, "stray": None}


def test_a_town_the_text_ties_to_its_state_or_a_foreign_country_stays():
    ohio = _division(10, "US", "OH", "ADM1")
    found = _drop({"ames": AMES, "nevada": NEVADA, "stray": STRAY, "ohio": ohio})
    assert found["stray"] == STRAY
    # a village abroad in a story that names its country ("born in a village in Italy")
    village = _town(4, 41.07, 15.15, "IT", "04", 1_300)
    italy = _division(11, "IT", "", "PCLI")
    found = _drop({"ames": AMES, "nevada": NEVADA, "village": village, "italy": italy})
    assert found["village"] == village
    # ... but the story's own country named says nothing of a town far off in it
    us = _division(12, "US", "", "PCLI")
    found = _drop({"ames": AMES, "nevada": NEVADA, "stray": STRAY, "us": us})
    assert found["stray"] is None


def test_a_qualified_town_stays():
    resolved = {k: Resolved(p, 0.9) for k, p in {"a": AMES, "n": NEVADA, "s": STRAY}.items()}
    found = {k: [Candidate(r.place, "name"), Candidate(ABROAD, "name")]
             for k, r in resolved.items() if r.place is not None}  # fmt: skip
    features = {"a": [{}, {}], "n": [{}, {}], "s": [{"qualifier": 1.0}, {}]}
    assert strays_dropped(resolved, features, found)["s"].place == STRAY


def test_a_name_with_one_reading_a_seat_or_the_largest_town_of_its_name_stays():
    """A town news names from afar (after a fire, a shooting) is often the only place of
    its name: it stays; so do a county seat and the most populous town of the name."""
    assert _drop({"ames": AMES, "nevada": NEVADA, "stray": STRAY}, frozenset({"stray"}))[
        "stray"
    ] == STRAY
    seat = _town(8, 40.0, -83.0, "US", "OH", 1_200, "PPLA2")
    assert _drop({"ames": AMES, "nevada": NEVADA, "seat": seat})["seat"] == seat
    larger = _town(9, 40.0, -83.0, "US", "OH", 4_000)  # ABROAD has 3,000 people
    assert _drop({"ames": AMES, "nevada": NEVADA, "larger": larger})["larger"] == larger


def test_a_county_of_the_same_name_in_its_state_is_no_namesake():
    county = _division(13, "US", "OH", "ADM2")
    resolved = {k: Resolved(p, 0.9) for k, p in {"a": AMES, "n": NEVADA, "s": STRAY}.items()}
    found = {"a": [Candidate(AMES, "name")], "n": [Candidate(NEVADA, "name")],
             "s": [Candidate(STRAY, "name"), Candidate(county, "name")]}  # fmt: skip
    features = {k: [{} for _ in c] for k, c in found.items()}
    assert strays_dropped(resolved, features, found)["s"].place == STRAY


def test_capitals_make_no_setting():
    """Lawmakers in two state capitals near each other say nothing of where a story is."""
    sacramento = _town(20, 38.58, -121.49, "US", "CA", 500_000, "PPLA")
    capital = _town(21, 38.9, -121.3, "US", "CA", 30_000, "PPLA")
    found = _drop({"s": sacramento, "c": capital, "stray": STRAY})
    assert found["stray"] == STRAY
    oakland = _town(22, 37.8, -122.27, "US", "CA", 400_000)
    berkeley = _town(23, 37.87, -122.27, "US", "CA", 120_000)
    found = _drop({"s": sacramento, "o": oakland, "b": berkeley, "stray": STRAY})
    assert found["stray"] is None


def test_a_city_a_near_town_or_a_story_with_no_setting_keeps_its_reading():
    city = _town(5, 40.0, -83.0, "US", "OH", 900_000)
    assert _drop({"ames": AMES, "nevada": NEVADA, "city": city})["city"] == city
    near = _town(6, 41.6, -93.6, "US", "IA", 1_000)  # 50 km away
    assert _drop({"ames": AMES, "nevada": NEVADA, "near": near})["near"] == near
    # one other place is no setting; nor are places far apart (Iowa and Iraq)
    assert _drop({"ames": AMES, "stray": STRAY})["stray"] == STRAY
    baghdad = _town(7, 33.3, 44.4, "IQ", "07", 7_000_000)
    assert _drop({"ames": AMES, "baghdad": baghdad, "stray": STRAY})["stray"] == STRAY


def test_well_known_small_towns_keep_their_reading_in_the_resolver(gazetteer):
    """The resolver with strays on: a small town named beside a state's cities or capitals
    far off is read, not dropped (one reading, or the most populous of its name)."""
    stories = [
        ("Lawmakers in Sacramento and Oakland sent aid to Lahaina after the fire.",
         ["Sacramento", "Oakland", "Lahaina"]),
        ("Senators in Washington and officials in Baltimore mourned the children "
         "killed in Uvalde.", ["Washington", "Baltimore", "Uvalde"]),
        ("Students from Ames and Nevada visited Gettysburg last week.",
         ["Ames", "Nevada", "Gettysburg"]),
        ("Bikers from Ames and Nevada rode to Sturgis for the rally.",
         ["Ames", "Nevada", "Sturgis"]),
    ]  # fmt: skip
    for text, names in stories:
        found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
        assert found[2] is not None, text
