"""An abbreviation with full stops reads only as the places our alias file spells it so.

Why: the gazetteer looks names up by a folded key that drops case and full stops, so
"L.A." (Los Angeles) and "La." (Louisiana, the news agencies' state abbreviation) share
one key, and so do "Ga." and "GA". Written with its stops, an abbreviation is one
spelling: "La." is no "L.A.". The alias file (``data/place_aliases.toml``) records each
abbreviation as it is written, so a dotted name keeps an abbreviation reading only when
one of that place's recorded spellings under the same key is the name as written. A place
with no recorded spelling under the key (a code from a packaged source) is kept, and a
name written without stops ("LA") is left to the ranker: there the spelling tells nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from frontlines.resolve.place.gazetteer import Candidate, Place
from frontlines.resolve.place.names import name_key
from frontlines.vocab.files import read_data_toml

__all__ = ["recorded_spellings", "spelt_as_written"]


@cache
def recorded_spellings() -> dict[str, dict[str, frozenset[str]]]:
    """By name key, by reference to the place (``id:<GeoNames id>`` or ``code:<US.LA>``),
    the abbreviations of the alias file that fold to that key, as written."""
    found: dict[str, dict[str, set[str]]] = {}
    for entry in read_data_toml("place_aliases.toml").get("alias", []):
        if entry.get("kind") != "abbr":
            continue
        ref = f"id:{entry['id']}" if "id" in entry else f"code:{entry.get('code', '')}"
        for name in entry["names"]:
            found.setdefault(name_key(name), {}).setdefault(ref, set()).add(_written(name))
    return {k: {r: frozenset(s) for r, s in refs.items()} for k, refs in found.items()}


def _written(name: str) -> str:
    return "".join(name.split())


def _refs(place: Place) -> tuple[str, ...]:
    refs = [f"id:{place.geonames_id}"]
    if place.is_country:
        refs.append(f"code:{place.country}")
    elif place.admin_level == 1:
        refs.append(f"code:{place.country}.{place.admin1}")
    return tuple(refs)


def spelt_as_written(name: str, found: Sequence[Candidate]) -> list[Candidate]:
    """``found`` without the abbreviation readings a dotted ``name`` does not spell:
    "L.A." keeps Los Angeles (recorded "L.A.") and drops Louisiana (recorded "La.")."""
    if "." not in name:
        return list(found)
    by_ref = recorded_spellings().get(name_key(name), {})
    if not by_ref:
        return list(found)
    written = _written(name)
    kept = []
    for c in found:
        spellings = [s for r in _refs(c.place) for s in by_ref.get(r, ())]
        if c.kind == "abbr" and spellings and written not in spellings:
            continue
        kept.append(c)
    return kept
