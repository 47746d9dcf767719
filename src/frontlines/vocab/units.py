"""The unit table (``data/units.toml``) and matching units around a number."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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

    def get(self, code: str) -> Unit | None:
        return next((u for _, u in self.after if u.code == code), None)

    def to_base(self, value: float | None, code: str) -> tuple[float | None, str]:
        """A value in its unit's base unit ("5 sq mi" -> 12.95 km2); other units unchanged."""
        unit = self.get(code)
        if unit is None or not unit.base:
            return value, code
        return (None if value is None else value * unit.factor), unit.base

    def match_after(self, text: str) -> tuple[Unit, int] | None:
        """Unit written at the start of ``text``; returns it and its length."""
        for surface, unit in self.cased:
            if text.startswith(surface) and _boundary(text, len(surface)):
                return unit, len(surface)
        lowered = text.lower()
        for surface, unit in self.after:
            if lowered.startswith(surface) and _boundary(lowered, len(surface)):
                return unit, len(surface)
        return None

    def match_before(self, text: str) -> tuple[Unit, int] | None:
        """Currency sign or code written at the end of ``text`` ("US$")."""
        for surface, unit in self.before:
            if text.endswith(surface):
                cut = len(text) - len(surface)
                if cut == 0 or not text[cut - 1].isalnum():
                    return unit, len(surface)
        return None


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
    for entry in data.get("unit", []):
        unit = Unit(
            entry["code"], entry["name"], entry.get("kind", "other"), entry.get("base", ""),
            float(entry.get("factor", 1.0)),
        )  # fmt: skip
        after.extend((s.lower(), unit) for s in entry.get("surfaces", []))
        before.extend((s, unit) for s in entry.get("prefixes", []))
        cased.extend((s, unit) for s in entry.get("cased", []))
    for table in (after, before, cased):
        table.sort(key=lambda pair: -len(pair[0]))
    return UnitTable(tuple(after), tuple(before), tuple(cased))
