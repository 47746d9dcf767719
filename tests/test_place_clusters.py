"""Three names whose namesakes lie together in one small patch are read there (issue 21,
resolve/place/clusters.py): local news names its small towns, not their state."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.clusters import co_located_namesakes
from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


def _town(gid: int, name: str, lat: float, lon: float, pop: int, admin1: str = "IA") -> Place:
    return Place(gid, name, lat, lon, "US", admin1, "", pop, "P", "PPL")


def _named(*places: Place) -> list[Candidate]:
    return [Candidate(p, "name") for p in places]


# three names, each with a big namesake far off and a small one in one patch
FAR_A, NEAR_A = _town(1, "Ashby", 30.0, -90.0, 40_000, "LA"), _town(2, "Ashby", 41.0, -91.5, 900)
FAR_B, NEAR_B = _town(3, "Bexley", 35.0, -80.0, 30_000, "NC"), _town(4, "Bexley", 41.1, -91.6, 700)
FAR_C, NEAR_C = _town(5, "Colby", 45.0, -70.0, 20_000, "ME"), _town(6, "Colby", 40.9, -91.4, 600)
CANDIDATES = {
    "ashby": _named(FAR_A, NEAR_A),
    "bexley": _named(FAR_B, NEAR_B),
    "colby": _named(FAR_C, NEAR_C),
}
FAMOUS = {
    "ashby": Resolved(FAR_A, 0.9),
    "bexley": Resolved(FAR_B, 0.9),
    "colby": Resolved(FAR_C, 0.9),
}


def test_three_namesakes_in_one_patch_are_read_there():
    decided = co_located_namesakes(FAMOUS, CANDIDATES, 40.0, 3, 100_000)
    assert [decided[k].place for k in ("ashby", "bexley", "colby")] == [NEAR_A, NEAR_B, NEAR_C]
    assert decided["ashby"].confidence == 0.9  # the ranker's, as it was


def test_two_names_are_no_patch():
    two = {k: v for k, v in CANDIDATES.items() if k != "colby"}
    chosen = {k: FAMOUS[k] for k in two}
    assert co_located_namesakes(chosen, two, 40.0, 3, 100_000) == chosen


def test_a_big_city_chosen_stays_and_does_not_count_for_the_patch():
    big = _town(7, "Colby", 45.0, -70.0, 2_000_000, "ME")
    candidates = dict(CANDIDATES, colby=_named(big, NEAR_C))
    chosen = dict(FAMOUS, colby=Resolved(big, 0.9))
    assert co_located_namesakes(chosen, candidates, 40.0, 3, 100_000) == chosen


def test_two_patches_as_large_far_apart_change_nothing():
    other = {
        "ashby": _town(8, "Ashby", 33.0, -100.0, 500, "TX"),
        "bexley": _town(9, "Bexley", 33.1, -100.1, 500, "TX"),
        "colby": _town(10, "Colby", 33.0, -100.2, 500, "TX"),
    }
    candidates = {k: [*v, Candidate(other[k], "name")] for k, v in CANDIDATES.items()}
    assert co_located_namesakes(FAMOUS, candidates, 40.0, 3, 100_000) == FAMOUS


def test_an_alternate_name_makes_no_patch():
    candidates = {k: [v[0], Candidate(v[1].place, "alt")] for k, v in CANDIDATES.items()}
    assert co_located_namesakes(FAMOUS, candidates, 40.0, 3, 100_000) == FAMOUS


def test_resolver_reads_three_small_iowa_towns_together(gazetteer):
    """Each of the three names alone is a bigger town in another state."""
    text = (
        "Council members in New London voted on Monday to keep their police chief; officers "
        "from Winfield and Mt. Pleasant will cover the night shifts until spring."
    )
    names = ["New London", "Winfield", "Mt. Pleasant"]
    found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
    assert [(p.country, p.admin1) for p in found if p] == [("US", "IA")] * 3
    off = ToponymResolver(gazetteer, ResolverWeights(cluster_names=0))
    alone = off.resolve_document(toponyms_in(text, names), text)
    assert [(p.country, p.admin1) for p in alone if p] != [("US", "IA")] * 3
