"""Dates of holidays a story names without a year ("on Thanksgiving Day").

The holidays and their rules are data (``data/holidays.toml``) so a user can
add one without touching code; this module only knows how to turn a rule
into a date for a given year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from frontlines.vocab.dates import WEEKDAYS
from frontlines.vocab.files import read_data_toml

__all__ = [
    "Holiday",
    "default_holidays",
    "easter_sunday",
]


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@dataclass(frozen=True)
class Holiday:
    names: tuple[str, ...]
    fixed: tuple[int, int] | None = None
    month: int = 0
    weekday: int = 0
    nth: int = 0
    on_or_after: int = 0
    easter: int | None = None

    def on(self, year: int) -> date:
        if self.fixed is not None:
            return date(year, *self.fixed)
        if self.easter is not None:
            return easter_sunday(year) + timedelta(days=self.easter)
        if self.on_or_after:
            first = date(year, self.month, self.on_or_after)
            return first + timedelta(days=(self.weekday - first.weekday()) % 7)
        if self.nth > 0:
            first = date(year, self.month, 1)
            offset = (self.weekday - first.weekday()) % 7
            return first + timedelta(days=offset + 7 * (self.nth - 1))
        following = date(year + (self.month == 12), self.month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - self.weekday) % 7)


def _holiday(raw: dict[str, Any]) -> Holiday:
    """One ``[[holiday]]`` table; a wrong field names the holiday it belongs to."""
    try:
        month, day = (int(x) for x in raw["fixed"].split("-")) if "fixed" in raw else (0, 0)
        easter = raw.get("easter")
        return Holiday(
            names=tuple(str(n).lower() for n in raw["names"]),
            fixed=(month, day) if "fixed" in raw else None,
            month=int(raw.get("month", 0)),
            weekday=WEEKDAYS.index(raw["weekday"]) if "weekday" in raw else 0,
            nth=int(raw.get("nth", 0)),
            on_or_after=int(raw.get("on_or_after", 0)),
            easter=int(easter) if easter is not None else None,
        )
    except (KeyError, ValueError, AttributeError, TypeError) as exc:
        raise ValueError(f"holidays.toml: bad entry {raw!r} ({exc})") from exc


@lru_cache(maxsize=1)
def default_holidays() -> dict[str, Holiday]:
    """Every name a holiday goes by -> the holiday."""
    out: dict[str, Holiday] = {}
    for entry in read_data_toml("holidays.toml")["holiday"]:
        holiday = _holiday(entry)
        out.update(dict.fromkeys(holiday.names, holiday))
    return out
