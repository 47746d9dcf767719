"""A small town read far from a local story's setting, where the name has namesakes and
the text names nothing near the chosen one: a namesake of a place the gazetteer lacks, so
no reading at all.

Why: a local story names its hamlets, townships and neighbourhoods, and ``cities500``
stops at 500 people, so the gazetteer often holds only namesakes of such a name, far
away (a crossroads hamlet in a county story from Iowa read as a village of the same name
in Ohio or in Italy). Every reading then is wrong, and a wrong point on the map costs
more than a missing one. The rule asks only of a name the gazetteer gives more than one
reading (a name with a single reading is that place: a town news names from afar, as
after a fire or a shooting), and never of a national, state or county seat (PPLC, PPLA,
PPLA2) or of the most populous town of the name. Evidence that keeps the reading too:
the text qualifies it ("Warwick, Queensland"), or names its state, or names its country
when that is not the story's own (a Kansas obituary that says the man was born in a
Polish village and names Poland); a town of ``SMALL_TOWN`` people or more is a place news
names from afar. The setting is made of the story's other towns and counties, not its
capitals (lawmakers in a state capital say nothing of where a story's events are). No
place is named in code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.namesakes import own_features
from frontlines.resolve.place.reading import Resolved
from frontlines.resolve.place.story import setting
from frontlines.vocab.geometry import haversine_km

__all__ = ["FAR_KM", "SEATS", "SMALL_TOWN", "SPREAD_KM", "strays_dropped"]

#: The people below which a town is read only where the story is, or where the text says.
SMALL_TOWN = 20_000
#: How far from the setting's centre such a town is a stray.
FAR_KM = 500.0
#: How close, on average, the story's other places must lie to their centre for the story
#: to have a setting (a local story); a story about Washington and Baghdad has none.
SPREAD_KM = 300.0
#: How many distinct other places (towns, counties) make a setting.
LEAST_PLACES = 2
#: Feature codes of seats of government (national, state, county): never strays.
SEATS = frozenset({"PPLC", "PPLG", "PPLA", "PPLA2"})
#: Feature codes of capitals, which say nothing of a local story's setting.
_CAPITALS = frozenset({"PPLC", "PPLG", "PPLA"})


def strays_dropped(
    chosen: Mapping[str, Resolved],
    features: Mapping[str, Sequence[Mapping[str, float]]],
    candidates: Mapping[str, Sequence[Candidate]],
) -> dict[str, Resolved]:
    """``chosen`` without the readings of small towns far from a local story's setting
    that the text does not tie there and whose name has other readings (see the module).
    ``features`` (per name, in the order of its ``candidates``) tell whether the text
    qualifies the chosen reading."""
    local = {k: r.place for k, r in chosen.items() if r.place is not None and _local(r.place)}
    named = {k: r.place for k, r in chosen.items() if r.place is not None}
    decided = dict(chosen)
    for key, place in local.items():
        found = candidates.get(key, ())
        if not _may_stray(place, found):
            continue
        own = own_features(found, features[key], place)
        if own is not None and own.get("qualifier", 0.0) > 0.0:
            continue
        others = {
            p.geonames_id: p
            for k, p in local.items()
            if k != key and p.geonames_id != place.geonames_id
            and p.feature_code not in _CAPITALS
        }
        if len(others) < LEAST_PLACES:
            continue
        points = [(p.lat, p.lon, 1.0) for p in others.values()
                  if p.lat is not None and p.lon is not None]  # fmt: skip
        centre = setting(points, SPREAD_KM)
        if centre is None or _km(place, centre) <= FAR_KM:
            continue
        home = Counter(p.country for p in others.values()).most_common(1)[0][0]
        if _tied_by_text(key, place, named, home):
            continue
        decided[key] = replace(chosen[key], place=None, confidence=0.0)
    return decided


def _may_stray(place: Place, found: Sequence[Candidate]) -> bool:
    """A small town, no seat, whose name the gazetteer also gives to a place in another
    state or country, and that is not more populous than every town among those: a
    namesake the story may not mean. (Its own county of the same name is no namesake.)"""
    if place.population >= SMALL_TOWN or place.feature_class != "P":
        return False
    if place.feature_code in SEATS:
        return False
    home = (place.country, place.admin1)
    rivals = [c.place for c in found if (c.place.country, c.place.admin1) != home]
    if not rivals:
        return False  # the name's only reading: the place news means by it
    towns = [p.population for p in rivals if p.feature_class == "P"]
    return not towns or place.population <= max(towns)


def _local(place: Place) -> bool:
    """A town or a county with a point: what a setting is made of (a state's or a
    country's point says little of where in it a story is)."""
    if place.lat is None or place.lon is None or place.is_country:
        return False
    return place.feature_class == "P" or place.admin_level == 2


def _km(place: Place, point: tuple[float, float]) -> float:
    assert place.lat is not None and place.lon is not None
    return haversine_km(place.lat, place.lon, *point)


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
