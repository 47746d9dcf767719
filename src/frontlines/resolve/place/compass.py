"""A part of a name told by a lowercase compass word is a part of an area, not of a town.

Why a check after the ranker: "two farms in northern Luzon" names the north of an
island, "shelling in southern Lebanon" the south of a country, yet the story's other
places pull the name to a small town of it (a Luzon village among the story's Luzon
towns; Lebanon, Pennsylvania in a local paper). Writers cut a town into parts by its
districts or its own compass names ("North Side"), seldom by a lowercase adjective; a
big city is the exception ("south London", "northern Baghdad"), so only a town under
``AREA_TOWN_MAX`` people gives way. The area must be a country or lie in the town's own
country ("east Flint" in a Michigan story is no Kiribati district), and a name the story
also writes bare ("Lebanon police ... north Lebanon") is the town throughout: the reading
is one per name, so one mention's compass word must not move the others. A town that is
its division's seat gives way to its division ("northern Kidal": the region), as the
writer means the area around it. The evidence is the word before the name and the
gazetteer's kinds, never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym

__all__ = ["AREA_TOWN_MAX", "areas_by_compass"]

#: A town of at least this many people may be cut by a compass word ("south London").
AREA_TOWN_MAX = 100_000
#: A lowercase compass word right before the name: "northern", "south-eastern",
#: "northwest", "central" (capitalised ones are read as part of the name:
#: ``nlp/place_compass.py``).
_COMPASS_BEFORE = re.compile(
    r"(?:^|[\s(])(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+$"
)
#: Codes of divisions too small to have a named north or south in the news.
_SMALL_DIVISIONS = frozenset({"ADM3", "ADM4", "ADM5"})


def _area(place: Place) -> bool:
    """A country, a division down to the second level, a region, an island, terrain or
    water: a place with parts."""
    return place.feature_class != "P" and place.feature_code not in _SMALL_DIVISIONS


def areas_by_compass(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    scores: Mapping[str, Sequence[float]],
    text: str,
) -> dict[str, Resolved]:
    """Give each name with a mention after a lowercase compass word, chosen as a town of
    fewer than ``AREA_TOWN_MAX`` people, its best-scored reading that is an area (see
    ``_area``) by its own name, when it has one (not a county some call by its town's
    name), a country or in the town's own country. A name with any mention not after
    such a word stays. The confidence stays the ranker's."""
    decided = dict(chosen)
    bare = {key for t, key in zip(toponyms, keys, strict=True) if not _after_compass(t, text)}
    for key in dict.fromkeys(keys):
        current = decided[key].place
        if key in bare or current is None or current.feature_class != "P":
            continue
        if current.population >= AREA_TOWN_MAX:
            continue
        areas = [(s, c.place) for c, s in zip(candidates[key], scores[key], strict=True)
                 if c.kind == "name" and _area(c.place)
                 and (c.place.is_country or c.place.country == current.country)]  # fmt: skip
        if areas:
            decided[key] = replace(decided[key], place=max(areas, key=lambda a: a[0])[1])
    return decided


def _after_compass(toponym: Toponym, text: str) -> bool:
    """The mention has offsets and a lowercase compass word right before it."""
    start = toponym.start
    return start > 0 and bool(_COMPASS_BEFORE.search(text[max(0, start - 20) : start]))
