"""Namesakes that lie together: three or more of a story's names that each have a town (or
county) reading within a few kilometres of one another are read as those neighbours.

Why: local news names its own small towns and rarely their state ("a New London man ...
the Mt. Pleasant council ... Winfield police"), and each name alone reads as its most
populous namesake, each in another state. The story's other places cannot outvote that
when every one of them is as ambiguous, since the vote weighs each name's likeliest
readings. But the readings as a whole are evidence: that three names, each shared by
dozens of towns, all have a namesake in one small patch of one county by chance is very
unlikely, and a reader who knows the map takes that patch. The gazetteer's coordinates
say which readings lie together, so no place is named in code.

Cautious by construction: the patch must hold at least ``least_names`` distinct places
of distinct names, it must be the only such patch (two patches of equal size far apart:
no change), and a choice the story already reads as part of a patch that large stays.
Only a town or county reading gives way, and only one of fewer than ``least_population``
people (a country, a state or a city chosen for a name is what a reader takes it for, and
counts for the patch only where it lies: "Houston" beside Pittsburgh is no hamlet of
that name near it), and only to a reading by the name's own name, never an alternate one.
Confidences stay the ranker's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved
from frontlines.vocab.geometry import haversine_km

__all__ = ["co_located_namesakes", "local_place"]

#: Kilometres in a degree of latitude.
_KM_PER_DEGREE = 111.2


def local_place(place: Place) -> bool:
    """A town or a county with a point: what a local story's patch is made of (and what
    vouches for a water named like a town, ``waters``)."""
    return (
        place.lat is not None
        and place.lon is not None
        and (place.feature_class == "P" or place.admin_level == 2)
        and not place.is_postal
    )


def _fixed(place: Place, least_population: int) -> bool:
    """A choice no patch moves: a country, a state, or a city of ``least_population``."""
    return not local_place(place) or place.population >= least_population


def _km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _roughly_near(a: Place, b: Place, km: float) -> bool:
    """Within ``km`` in latitude: a cheap test that spares most of the great-circle sums
    (every reading of every name is tried as a patch's centre)."""
    assert a.lat is not None and b.lat is not None
    return abs(a.lat - b.lat) * _KM_PER_DEGREE <= km


def _patch(
    anchor: Place, key: str, readings: Mapping[str, Sequence[Place]], km: float
) -> dict[str, Place]:
    """Each name with a reading within ``km`` of ``anchor`` (the nearest one), the anchor's
    own name included; names whose nearest reading is a place another name already took
    count once."""
    found: dict[str, Place] = {key: anchor}
    taken = {anchor.geonames_id}
    for other, places in readings.items():
        if other == key:
            continue
        near = [
            (d, p) for p in places if _roughly_near(anchor, p, km) and (d := _km(anchor, p)) <= km
        ]
        if not near:
            continue
        _, place = min(near, key=lambda x: x[0])
        if place.geonames_id not in taken:
            found[other] = place
            taken.add(place.geonames_id)
    return found


def co_located_namesakes(
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    km: float,
    least_names: int,
    least_population: int,
) -> dict[str, Resolved]:
    """Move the names of the story's one densest patch of readings (at least
    ``least_names`` names within ``km`` of one reading) onto that patch, unless the
    story's choices already form a patch as large. See the module's docstring."""
    readings = {
        k: [c.place for c in found if c.kind == "name" and local_place(c.place)]
        for k, found in candidates.items()
    }
    for k, r in chosen.items():
        if k in readings and r.place is not None and _fixed(r.place, least_population):
            # a city, a country or a state chosen stands for itself alone: "Houston" beside
            # Pittsburgh is no hamlet of that name near it
            readings[k] = [r.place] if local_place(r.place) else []
    readings = {k: places for k, places in readings.items() if places}
    if len(readings) < least_names:
        return dict(chosen)
    patches = [
        _patch(anchor, key, readings, km) for key, places in readings.items() for anchor in places
    ]
    size = max(len(p) for p in patches)
    if size < least_names:
        return dict(chosen)
    best = [p for p in patches if len(p) == size]
    anchors = [next(iter(p.values())) for p in best]
    if any(_km(anchors[0], a) > 2 * km for a in anchors[1:]):
        return dict(chosen)  # two patches of equal weight far apart: the map cannot say
    now = {
        k: r.place for k, r in chosen.items() if r.place is not None and local_place(r.place)
    }
    alone = {k: [p] for k, p in now.items()}
    settled = max((len(_patch(p, k, alone, km)) for k, p in now.items()), default=0)
    if settled >= size:
        return dict(chosen)  # the choices already lie together as closely
    patch = best[0]
    decided = dict(chosen)
    for key, place in patch.items():
        current = chosen[key].place
        if current is not None and _km(current, place) <= km:
            continue
        decided[key] = replace(chosen[key], place=place)
    return decided
