"""The TIMEX3 value a time expression normalises to, and the calendar arithmetic the
rules share (ISO weeks, month shifts, quarters, month names)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontlines.vocab.dates import MONTHS

__all__ = ["Timex", "acled_time_precision", "iso_week", "month_of", "quarter_of", "shift_months"]


@dataclass(frozen=True)
class Timex:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    precision: str = ""


def acled_time_precision(precision: str) -> int | None:
    """ACLED: 1 = exact day, 2 = week or within days, 3 = month or longer."""
    if precision in {"day", "time"}:
        return 1
    if precision == "week":
        return 2
    if precision:
        return 3
    return None


def month_of(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")) if word else None


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1
