"""What a story as a whole says about where it is set: the belief-weighted centre of its
places, the dateline's place, and the tie-break that lets them choose between namesakes
of about equal weight ("Near Palmyra, ..." in a strike list of Syrian and Iraqi towns)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from operator import itemgetter

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.vocab.geometry import haversine_km

__all__ = ["centroid", "dateline_keys", "near_ties_by_setting", "setting", "within"]

#: What follows a dateline's place (unless it is set in capitals): "(Reuters)", "--", an em
#: dash, or "Iraq (AP) -".
_DATELINE_TAIL = re.compile(r"^[\s,.A-Za-z']{0,40}?(\(|--|\u2014|\u2013|\s-\s)")


def within(a: Place, b: Place, km: float) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= km


def centroid(located: Sequence[tuple[float, float, float]]) -> tuple[float, float] | None:
    """The belief-weighted mean of points on the sphere (right across the date line)."""
    x = y = z = 0.0
    for lat, lon, belief in located:
        cos_la, sin_la, cos_lo, sin_lo = _trigonometry(lat, lon)
        x += belief * cos_la * cos_lo
        y += belief * cos_la * sin_lo
        z += belief * sin_la
    if math.hypot(x, y, z) < 1e-9:
        return None  # readings spread evenly round the globe: no setting
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


@lru_cache(maxsize=1 << 14)
def _trigonometry(lat: float, lon: float) -> tuple[float, float, float, float]:
    """cos and sin of a point's latitude and longitude: the centre is found again for every
    toponym of a story in every voting pass, over the same few points."""
    la, lo = math.radians(lat), math.radians(lon)
    return math.cos(la), math.sin(la), math.cos(lo), math.sin(lo)


def setting(
    located: Sequence[tuple[float, float, float]], spread_km: float
) -> tuple[float, float] | None:
    """The story's centre, if at least one whole belief places it and its places lie, on
    average, within ``spread_km`` of it (a story about Washington and Baghdad has none)."""
    weight = sum(map(itemgetter(2), located))  # the same sum, no Python step per point
    if weight < 1.0:
        return None
    centre = centroid(located)
    if centre is None or math.isinf(spread_km):
        return centre
    spread = sum(b * haversine_km(lat, lon, *centre) for lat, lon, b in located) / weight
    return centre if spread <= spread_km else None


def dateline_keys(toponyms: list[Toponym], keys: list[str], text: str | None) -> set[str]:
    """The place (and its ", Country" qualifier) that opens a wire story's dateline."""
    if text is None or not toponyms or toponyms[0].start < 0:
        return set()
    first = toponyms[0]
    if text[: first.start].strip():
        return set()
    capitals = first.text.isupper() and len(first.text) > 3  # "WASHINGTON Barack Obama ..."
    if not capitals and not _DATELINE_TAIL.match(text[first.end : first.end + 60]):
        return set()
    found = {keys[0]}
    if len(toponyms) > 1 and text[first.end : toponyms[1].start].strip() == ",":
        found.add(keys[1])
    return found


def near_ties_by_setting(
    chosen: dict[str, Resolved],
    candidates: dict[str, list[Candidate]],
    scores: dict[str, list[float]],
    margin: float,
    least_confidence: float,
    least_places: int,
    spread_km: float,
) -> dict[str, Resolved]:
    """Break near-ties between namesakes by the story's setting.

    A name whose readings lie within ``margin`` of the best one (Palmyra in Syria, in
    Western Australia, in four US states: none clearly the more prominent) goes to the
    reading nearest the centre of the story's other places, when the story has one: at
    least ``least_places`` other names settled (confidence >= ``least_confidence``) on towns or
    divisions, not countries, which a story also names as actors (a list of coalition
    members is no setting), lying on average within ``spread_km`` of their centre. Only
    namesakes of one kind compete (towns with towns, divisions with divisions: a city and
    its own district are both the story's), and the one chosen must lie within
    ``spread_km`` of the centre. A clear choice is never overturned; the confidence stays
    the margin's, since the evidence was thin."""
    settled = {
        k: (r.place.lat, r.place.lon)
        for k, r in chosen.items()
        if r.place is not None
        and r.place.lat is not None
        and r.place.lon is not None
        and r.place.admin_level != 0
        and r.place.feature_code not in {"CONT", "RGN"}
        and r.confidence >= least_confidence
    }
    decided = dict(chosen)
    for key, found in candidates.items():
        current = chosen[key].place
        if current is None or len(found) < 2:
            continue
        ranked = sorted(zip(scores[key], found, strict=True), key=lambda x: -x[0])
        best = ranked[0][0]
        # namesakes of one kind: a city never gives way to its own district, nor back
        tied = [
            c.place
            for s, c in ranked
            if best - s <= margin and (c.place.admin_level is None) == (current.admin_level is None)
        ]
        if len(tied) < 2:
            continue
        if all(p.feature_class == "H" for p in tied):
            # seas named alike ("the Gulf"): any place of the story sets them, its countries
            # and regions too, since a sea lies between countries, not in one town's reach
            centre = _mean_point(chosen, key)
            if centre is not None:
                decided[key] = replace(chosen[key], place=_nearest(tied, centre))
            continue
        others = [(lat, lon, 1.0) for k, (lat, lon) in settled.items() if k != key]
        if len(others) < least_places:
            continue
        centre = setting(others, spread_km)
        if centre is None:
            continue
        located = [
            (haversine_km(p.lat, p.lon, *centre), p)
            for p in tied
            if p.lat is not None and p.lon is not None
        ]
        if not located:
            continue
        km, nearest = min(located, key=lambda x: x[0])
        if km <= spread_km:
            decided[key] = replace(chosen[key], place=nearest)
    return decided



def _mean_point(chosen: dict[str, Resolved], key: str) -> tuple[float, float] | None:
    """The mean position of the story's other resolved places, countries and regions
    included; None when it has none."""
    points = [
        (r.place.lat, r.place.lon)
        for k, r in chosen.items()
        if k != key and r.place is not None and r.place.lat is not None and r.place.lon is not None
    ]
    if not points:
        return None
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def _nearest(places: list[Place], centre: tuple[float, float]) -> Place:
    located = [p for p in places if p.lat is not None and p.lon is not None]
    return min(located or places, key=lambda p: haversine_km(p.lat or 0.0, p.lon or 0.0, *centre))
