"""``strays.strays_dropped``: a small town read far from a local story's setting, where
the text ties it to nothing there, is no reading (a namesake of a hamlet the gazetteer
lacks). Hand-built places and our own stories."""

from __future__ import annotations

from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.strays import strays_dropped


def _town(gid: int, lat: float, lon: float, country: str, admin1: str, people: int) -> Place:
    return Place(gid, f"town{gid}", lat, lon, country, admin1, "", people, "P", "PPL")


def _division(gid: int, country: str, admin1: str, code: str) -> Place:
    return Place(gid, f"area{gid}", 0.0, 0.0, country, admin1, "", 0, "A", code)


# two towns of an Iowa county, about 20 km apart: a local story's setting
AMES = _town(1, 42.03, -93.62, "US", "IA", 66_000)
NEVADA = _town(2, 42.02, -93.45, "US", "IA", 6_800)
# a hamlet of the same name as one in Iowa the gazetteer lacks, 900 km off in Ohio
STRAY = _town(3, 40.0, -83.0, "US", "OH", 1_200)


def _drop(chosen: dict[str, Place]) -> dict[str, Place | None]:
    resolved = {k: Resolved(p, 0.9) for k, p in chosen.items()}
    features = {k: [{}] for k in chosen}
    ids = {k: [p.geonames_id] for k, p in chosen.items()}
    return {k: r.place for k, r in strays_dropped(resolved, features, ids).items()}


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
    features = {"a": [{}], "n": [{}], "s": [{"qualifier": 1.0}]}
    ids = {"a": [1], "n": [2], "s": [3]}
    assert strays_dropped(resolved, features, ids)["s"].place == STRAY


def test_a_city_a_near_town_or_a_story_with_no_setting_keeps_its_reading():
    city = _town(5, 40.0, -83.0, "US", "OH", 900_000)
    assert _drop({"ames": AMES, "nevada": NEVADA, "city": city})["city"] == city
    near = _town(6, 41.6, -93.6, "US", "IA", 1_000)  # 50 km away
    assert _drop({"ames": AMES, "nevada": NEVADA, "near": near})["near"] == near
    # one other place is no setting; nor are places far apart (Iowa and Iraq)
    assert _drop({"ames": AMES, "stray": STRAY})["stray"] == STRAY
    baghdad = _town(7, 33.3, 44.4, "IQ", "07", 7_000_000)
    assert _drop({"ames": AMES, "baghdad": baghdad, "stray": STRAY})["stray"] == STRAY
