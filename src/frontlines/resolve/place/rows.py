"""The records every gazetteer source yields: a place, and a name that looks it up.

Why a module of its own: the sources (``sources``, ``postal``) build them and the gazetteer
writes them; with the records here, a source that reads the others' rows imports no cycle.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from frontlines.resolve.place.names import FOLD_MARK, FOLD_MIN_KEY, fold_key, name_key

__all__ = ["NameRow", "PlaceRow", "names_for"]


@dataclass(frozen=True)
class PlaceRow:
    geonames_id: int
    name: str
    lat: float | None
    lon: float | None
    country: str
    admin1: str
    admin2: str
    population: int
    feature_class: str
    feature_code: str


@dataclass(frozen=True)
class NameRow:
    key: str
    geonames_id: int
    kind: str  # name | alt | abbr | demonym | fold (a transliteration's skeleton)


def _latin(name: str) -> bool:
    """Latin script (with diacritics and ayn marks); other scripts never fold to ASCII."""
    return name.isascii() or all(
        ord(c) < 0x250 or 0x2BB <= ord(c) <= 0x2BF or 0x2018 <= ord(c) <= 0x2019 for c in name
    )


def names_for(gid: int, kind: str, names: object, folded: bool = False) -> Iterator[NameRow]:
    """Lookup rows for the usable names (Latin script, a key of two letters or more);
    ``folded`` (a place of ``TRANSLITERATED_COUNTRIES``, a name no demonym): each name's
    transliteration skeleton too, marked by ``FOLD_MARK`` and of kind ``fold``."""
    for name in names if isinstance(names, list | tuple | set | frozenset) else [names]:
        if not isinstance(name, str) or not _latin(name):
            continue
        key = name_key(name)
        if len(key) >= 2 and key.isascii():
            yield NameRow(key, gid, kind)
            skeleton = fold_key(name) if folded and kind != "demonym" else ""
            if len(skeleton) >= FOLD_MIN_KEY:  # shorter ones are never read
                yield NameRow(FOLD_MARK + skeleton, gid, "fold")
