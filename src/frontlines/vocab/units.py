"""The unit table (``data/units.toml``) and matching units around a number.

Units are data, and most of them are composed rather than listed: an SI prefix
and a base ("kV", "milliseconds", "µg"), a square or cubic length ("cm2",
"square inches"), a rate of two units ("A/cm2", "metres per millisecond"). So
a unit no dev sentence held is still read when its parts are known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from frontlines.vocab.files import parse_toml, read_data_text

__all__ = [
    "Unit",
    "UnitTable",
    "default_units",
    "units_from_toml",
]


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: str
    base: str = ""  # the unit this one converts to, e.g. "km2"
    factor: float = 1.0  # value x factor = value in ``base``


@dataclass(frozen=True)
class UnitTable:
    """Surface forms to units, longest surface first so 'per cent' beats 'per'."""

    after: tuple[tuple[str, Unit], ...]
    before: tuple[tuple[str, Unit], ...]
    cased: tuple[tuple[str, Unit], ...] = ()
    # Lookups built on first use (see ``_Index``): not part of the table's value.
    _lazy: dict[str, _Index] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def _index(self) -> _Index:
        index = self._lazy.get("index")
        if index is None:
            index = self._lazy["index"] = _Index(self)
        return index

    def get(self, code: str) -> Unit | None:
        return self._index.by_code.get(code)

    def named(self, name: str) -> Unit | None:
        """The unit whose plain name is ``name`` ("pound-mass"), listed or composed."""
        return self._index.by_name.get(name)

    def to_base(self, value: float | None, code: str) -> tuple[float | None, str]:
        """A value in its unit's base unit ("5 sq mi" -> 12.95 km2); other units unchanged."""
        unit = self.get(code)
        if unit is None or not unit.base:
            return value, code
        return (None if value is None else value * unit.factor), unit.base

    def match_after(self, text: str) -> tuple[Unit, int] | None:
        """Unit written at the start of ``text``; returns it and its length. A unit,
        then "/" or "per" and a second unit, is their rate ("kV/cm", "km per ms")."""
        found = self._match_one(text)
        if found is None or "/" in found[0].code:
            return found
        unit, length = found
        per = _PER.match(text, length)
        if per is None:
            return found
        other = self._match_one(text[per.end() :])
        if other is None or other[0].kind == "currency" or "/" in other[0].code:
            return found
        rate = Unit(f"{unit.code}/{other[0].code}", f"{unit.name} per {other[0].name}", unit.kind)
        return rate, per.end() + other[1]

    def _match_one(self, text: str) -> tuple[Unit, int] | None:
        index = self._index
        for surface, unit in index.cased_by_first.get(text[:1], ()):
            if text.startswith(surface) and _boundary(text, len(surface)):
                return unit, len(surface)
        lowered = text.lower()
        for surface, unit in index.after_by_first.get(lowered[:1], ()):
            if lowered.startswith(surface) and _boundary(lowered, len(surface)):
                return unit, len(surface)
        return None

    def match_before(self, text: str) -> tuple[Unit, int] | None:
        """Currency sign or code written at the end of ``text`` ("US$")."""
        for surface, unit in self._index.before_by_last.get(text[-1:], ()):
            if text.endswith(surface):
                cut = len(text) - len(surface)
                if cut == 0 or not text[cut - 1].isalnum():
                    return unit, len(surface)
        return None


class _Index:
    """The table's surfaces by first (or, for signs before a number, last) character and
    its units by code and name, each list in the table's order (longest surface first), so
    a lookup tries only the surfaces that can match and finds what the scan of the whole
    table found: the scan ran for every number and word after one (768 surfaces each)."""

    def __init__(self, table: UnitTable) -> None:
        self.cased_by_first = _by_char(table.cased, 0)
        self.after_by_first = _by_char(table.after, 0)
        self.before_by_last = _by_char(table.before, -1)
        self.by_code: dict[str, Unit] = {}
        for _, unit in table.after:
            self.by_code.setdefault(unit.code, unit)
        self.by_name: dict[str, Unit] = {}
        for part in (table.after, table.cased, table.before):
            for _, unit in part:
                self.by_name.setdefault(unit.name, unit)


def _by_char(
    pairs: tuple[tuple[str, Unit], ...], at: int
) -> dict[str, tuple[tuple[str, Unit], ...]]:
    grouped: dict[str, list[tuple[str, Unit]]] = {}
    for surface, unit in pairs:
        if surface:  # the data has no empty surface (it would match any text)
            grouped.setdefault(surface[at], []).append((surface, unit))
    return {char: tuple(group) for char, group in grouped.items()}


def _is_sign(text: str) -> bool:
    """A lone currency sign ("€", "$", "₡"), not a code or a sign with letters ("US$")."""
    return len(text) == 1 and not text.isalnum()


#: What joins the two units of a rate: "A/cm2", "km / h", "metres per second", "km-per-h".
_PER = re.compile(r"\s?/\s?|\s+per\s+|-per-")


def _boundary(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    prev, nxt = text[at - 1], text[at]
    return not (nxt.isalnum() and prev.isalnum())


@lru_cache(maxsize=1)
def default_units() -> UnitTable:
    return units_from_toml(read_data_text("units.toml"))


def units_from_toml(raw: str) -> UnitTable:
    data = parse_toml(raw, "unit table")
    after: list[tuple[str, Unit]] = []
    before: list[tuple[str, Unit]] = []
    cased: list[tuple[str, Unit]] = []
    entries = list(data.get("unit", []))
    entries += _si_entries(data, entries)
    entries += _power_entries(entries)
    for entry in entries:
        unit = Unit(
            entry["code"], entry["name"], entry.get("kind", "other"), entry.get("base", ""),
            float(entry.get("factor", 1.0)),
        )  # fmt: skip
        after.extend((s.lower(), unit) for s in entry.get("surfaces", []))
        before.extend((s, unit) for s in entry.get("prefixes", []))
        # A currency sign is written after the number too ("15 €", "10 $", "100 ₡").
        after.extend((s, unit) for s in entry.get("prefixes", []) if _is_sign(s))
        cased.extend((s, unit) for s in entry.get("cased", []))
    for table in (after, before, cased):
        table.sort(key=lambda pair: -len(pair[0]))
    return UnitTable(tuple(after), tuple(before), tuple(cased))


#: Other ways the micro sign is typed (Greek mu, the micro sign).
_MICRO = ("µ", "μ")


def _si_entries(data: dict[str, Any], listed: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Units from [[si_prefix]] x [[si_base]], and the bases alone, that no listed
    [[unit]] already names ("kilometre" is listed, "kilovolt" is composed)."""
    names = {e["name"] for e in listed}
    prefixes = {p["symbol"]: p["word"] for p in data.get("si_prefix", [])}
    out: list[dict[str, Any]] = []
    for base in data.get("si_base", []):
        symbol, words = base.get("symbol", ""), list(base.get("words", []))
        pairs = [("", "", True)] + [(p, prefixes[p], False) for p in base.get("prefixes", [])]
        for sym, word, bare in pairs:
            name = word + base["name"]
            if name in names:
                continue
            cased = []
            if symbol and (not bare or base.get("bare", len(symbol) > 1)):
                marks = _MICRO if sym == "µ" else (sym,)
                cased = [m + s for m in marks for s in [symbol, *base.get("also", [])]]
            surfaces = [word + w + s for w in words for s in ("", "s")]
            if not cased and not surfaces:
                continue
            names.add(name)
            code = (sym + symbol) if symbol else name
            out.append({"code": code, "name": name, "kind": base.get("kind", "other"),
                        "surfaces": surfaces, "cased": cased})  # fmt: skip
    return out


def _power_entries(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Square and cubic lengths ("cm2", "km³", "square inches") not listed already."""
    codes = {e["code"] for e in entries}
    names = {e["name"] for e in entries}
    out: list[dict[str, Any]] = []
    for entry in entries:
        if entry.get("kind") != "length":
            continue
        words = [s for s in entry.get("surfaces", []) if len(s) > 3 and s.isalpha()]
        symbols = [s for s in entry.get("surfaces", []) if len(s) <= 3 and s.isalpha()]
        cased = [s for s in entry.get("cased", []) if "/" not in s]
        for power, word, short, marks in ((2, "square", "sq", "2²"), (3, "cubic", "cu", "3³")):
            code, name = f"{entry['code']}{power}", f"{word} {entry['name']}"
            if code in codes or name in names:
                continue
            out.append({
                "code": code, "name": name, "kind": "area" if power == 2 else "volume",
                "surfaces": [f"{pre} {w}" for pre in (word, short) for w in words]
                + [s + m for s in symbols for m in marks],
                "cased": [s + m for s in cased for m in marks],
            })  # fmt: skip
            codes.add(code)
    return out
