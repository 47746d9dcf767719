"""A river, lake, valley or township the gazetteer lacks, read at the town of its name in
the story's setting: "the Naugatuck River" in a story of Connecticut towns flows past
Naugatuck, "Madison Twp." holds or neighbours Madison.

Why: the bundled gazetteer holds populated places and first- and second-level divisions,
few waters, valleys or townships, so "Catawba River" or "Lake Hartwell" gets no reading
at all and no point on the map. But such a feature and a town on or in it very often
share a name (the town named for the river, the lake or the township for the town), and a
reader who does not know the river puts it by that town when the town lies where the
story is. The evidence is the name's generic word (a data
file: ``place_words.toml`` ``[named_waters]``), the town's own name in the gazetteer, and
the story's settled places near it; no place is named in code.

Cautious: only a name with no reading of its own, only a town by its own name, and only
one within ``km`` of a town or county the story surely names (confidence at least
``least_confidence``); the reading keeps the feature's name and kind, a local id (no
GeoNames id is claimed) and half the confidence of the place that vouches for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from frontlines.resolve.place.clusters import local_place
from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.reading import Resolved, Toponym
from frontlines.resolve.place.sources import local_id
from frontlines.vocab.geometry import haversine_km
from frontlines.vocab.words import word_map

__all__ = ["NAMED_WATERS", "town_of_the_name", "waters_by_their_towns"]

#: Generic words of a feature named like a town, with the GeoNames class and code they
#: give it ("river" = "H.STM").
NAMED_WATERS = word_map("place", "named_waters")
_ARTICLES = frozenset({"the"})
#: The one generic word a feature's name puts first ("Lake Hartwell"); a river, bay,
#: valley or harbour takes its word last, and a word first there names something else
#: ("River Road", "Bay Bridge").
_FIRST_WORDS = frozenset({"lake"})
#: Words of a township that open its name only before "of" ("Town of Groton"), and never
#: close it ("Old Town" is a quarter, "Madison Township" takes "township").
_FIRST_BEFORE_OF = frozenset({"town", "township"})
_NEVER_LAST = frozenset({"town"})


def town_of_the_name(name: str) -> tuple[str, str, str] | None:
    """ "Catawba River" -> ("Catawba", "H", "STM"); "Lake Hartwell" -> ("Hartwell", "H", "LK");
    "Town of Groton" -> ("Groton", "A", "ADM3"); None for a name with no generic word of
    ``NAMED_WATERS`` in its place or nothing else: only "lake" opens a name ("River Road",
    "Town Hall", "Bay Bridge" are a road, a hall and a bridge; "Old Town" a quarter)."""
    words = [w for w in name.split() if w.lower() not in _ARTICLES]
    if len(words) < 2:
        return None
    kind = None
    first, last = words[0].lower(), words[-1].lower()
    if last in NAMED_WATERS and last not in _NEVER_LAST:
        kind, words = NAMED_WATERS[last], words[:-1]
    elif first in _FIRST_WORDS:
        kind, words = NAMED_WATERS[first], words[1:]
    elif first in _FIRST_BEFORE_OF and words[1] == "of":
        kind, words = NAMED_WATERS[first], words[2:]
    if kind is None or not words or not all(w[:1].isupper() for w in words):
        return None
    feature_class, _, code = kind.partition(".")
    return " ".join(words), feature_class, code


def _settled(chosen: Mapping[str, Resolved], least_confidence: float) -> list[Resolved]:
    """The story's surely read towns and counties with a point."""
    return [
        r
        for r in chosen.values()
        if r.place is not None and local_place(r.place) and r.confidence >= least_confidence
    ]


def waters_by_their_towns(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Mapping[str, Resolved],
    candidates: Mapping[str, Sequence[Candidate]],
    lookup: Callable[[str], Sequence[Candidate]],
    km: float,
    least_confidence: float,
) -> dict[str, Resolved]:
    """Each name with no reading whose generic word names a water or a valley
    (``town_of_the_name``) is read at the town of its other words nearest one of the
    story's settled places, if that town lies within ``km`` of it. ``lookup``: the
    gazetteer's candidates of a name."""
    decided = dict(chosen)
    settled = _settled(chosen, least_confidence)
    if not settled:
        return decided
    for toponym, key in zip(toponyms, keys, strict=True):
        if candidates.get(key) or decided[key].place is not None:
            continue
        parsed = town_of_the_name(toponym.text)
        if parsed is None:
            continue
        core, feature_class, code = parsed
        best: tuple[float, Place, float] | None = None
        for c in lookup(core):
            town = c.place
            if c.kind != "name" or town.feature_class != "P" or town.lat is None:
                continue
            for r in settled:
                assert r.place is not None and r.place.lat is not None
                assert r.place.lon is not None and town.lon is not None
                d = haversine_km(town.lat, town.lon, r.place.lat, r.place.lon)
                if d <= km and (best is None or d < best[0]):
                    best = (d, town, r.confidence)
        if best is None:
            continue
        _, town, confidence = best
        name = " ".join(w for w in toponym.text.split() if w.lower() not in _ARTICLES)
        place = Place(local_id(name), name, town.lat, town.lon, town.country, town.admin1,
                      town.admin2, 0, feature_class, code)  # fmt: skip
        decided[key] = Resolved(place, round(confidence / 2, 4))
    return decided
