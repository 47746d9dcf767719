"""A small town read far from a local story's setting, where the text names nothing near
it: a namesake of a place the gazetteer lacks, so no reading at all.

Why: a local story names its hamlets, townships and neighbourhoods, and ``cities500``
stops at 500 people, so the gazetteer often holds only namesakes of such a name, far
away (a crossroads hamlet in a county story from Iowa read as a village of the same name
in Ohio or in Italy). Every reading then is wrong, and a wrong point on the map costs
more than a missing one. Evidence that keeps the reading: the text qualifies it
("Warwick, Queensland"), or names its state, or names its country when that is not the
story's own (a Kansas obituary that says the man was born in a Polish village and names
Poland); a town of ``SMALL_TOWN`` people or more, or a capital, is a place news names
from afar. No place is named in code: the setting is the story's other readings.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Place
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.story import centroid
from frontlines.vocab.geometry import haversine_km

__all__ = ["FAR_KM", "SMALL_TOWN", "SPREAD_KM", "strays_dropped"]

#: The people below which a town is read only where the story is, or where the text says.
SMALL_TOWN = 20_000
#: How far from the setting's centre such a town is a stray.
FAR_KM = 500.0
#: How close, on average, the story's other places must lie to their centre for the story
#: to have a setting (a local story); a story about Washington and Baghdad has none.
SPREAD_KM = 300.0
#: How many distinct other places (towns, counties) make a setting.
LEAST_PLACES = 2


def strays_dropped(
    chosen: Mapping[str, Resolved],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    candidates_ids: Mapping[str, Sequence[int]],
) -> dict[str, Resolved]:
    """``chosen`` without the readings of small towns far from a local story's setting
    that the text does not tie there (see the module). ``features`` and
    ``candidates_ids`` (each name's readings' GeoNames ids, in the order of its
    features) tell whether the text qualifies the chosen reading."""
    local = {k: r.place for k, r in chosen.items() if r.place is not None and _local(r.place)}
    named = {k: r.place for k, r in chosen.items() if r.place is not None}
    decided = dict(chosen)
    for key, place in local.items():
        if place.population >= SMALL_TOWN or place.feature_class != "P":
            continue
        if place.feature_code.startswith("PPLC"):
            continue
        if _qualified(key, place, features, candidates_ids):
            continue
        others = {
            p.geonames_id: p
            for k, p in local.items()
            if k != key and p.geonames_id != place.geonames_id
        }
        centre = _setting(list(others.values()))
        if centre is None or _km(place, centre) <= FAR_KM:
            continue
        home = Counter(p.country for p in others.values()).most_common(1)[0][0]
        if _tied_by_text(key, place, named, home):
            continue
        decided[key] = replace(chosen[key], place=None, confidence=0.0)
    return decided


def _local(place: Place) -> bool:
    """A town or a county with a point: what a setting is made of (a state's or a
    country's point says little of where in it a story is)."""
    if place.lat is None or place.lon is None or place.is_country:
        return False
    return place.feature_class == "P" or place.admin_level == 2


def _setting(places: list[Place]) -> tuple[float, float] | None:
    if len(places) < LEAST_PLACES:
        return None
    centre = centroid(
        [(p.lat, p.lon, 1.0) for p in places if p.lat is not None and p.lon is not None]
    )
    if centre is None:
        return None
    spread = sum(_km(p, centre) for p in places) / len(places)
    return centre if spread <= SPREAD_KM else None


def _km(place: Place, point: tuple[float, float]) -> float:
    assert place.lat is not None and place.lon is not None
    return haversine_km(place.lat, place.lon, *point)


def _qualified(
    key: str,
    place: Place,
    features: Mapping[str, Sequence[Mapping[str, float]]],
    candidates_ids: Mapping[str, Sequence[int]],
) -> bool:
    for gid, f in zip(candidates_ids.get(key, ()), features.get(key, ()), strict=False):
        if gid == place.geonames_id:
            return f.get("qualifier", 0.0) > 0.0
    return False


def _tied_by_text(key: str, place: Place, named: Mapping[str, Place], home: str) -> bool:
    """Whether another name of the story is the town's state, or its country when that
    is not the setting's."""
    for k, other in named.items():
        if k == key or other.country != place.country:
            continue
        if other.admin_level == 1 and other.admin1 == place.admin1:
            return True
        if other.is_country and other.country != home:
            return True
    return False
