"""The TIMEX3 value a time expression normalises to, and the calendar arithmetic the
rules share (ISO weeks, month shifts, quarters, month names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from frontlines.vocab.dates import MONTHS
from frontlines.vocab.timespan import precision_of

__all__ = [
    "acled_value_precision",
    "Timex", "acled_time_precision", "iso_week", "month_of", "quarter_of", "shift_months",
    "shifted", "week_month",
]  # fmt: skip


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


def acled_value_precision(value: str | None) -> int | None:
    """The ACLED precision of a TIMEX3 value ("2024-03-11": 1, "2024-02": 3), one reading
    for every module that sets a date it did not resolve itself (``precision_of``)."""
    return acled_time_precision(precision_of(value))


def month_of(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip(".")) if word else None


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


#: A TIMEX3 week ("2025-W10") or its weekend ("2025-W10-WE").
WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")


def week_month(value: str) -> str | None:
    """The month (``YYYY-MM``) a TIMEX3 week or weekend falls in: that of its Thursday, as
    ISO weeks are assigned to years ("2016-W09", Feb 29 - Mar 6: "2016-03"); None for
    any other value. An ACLED date is a day, month or year, never a week: "last week"
    is coded to the month holding most of the week."""
    match = WEEK.match(value)
    if match is None:
        return None
    try:
        thursday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 4)
    except ValueError:
        return None
    return f"{thursday.year:04d}-{thursday.month:02d}"


#: A TIMEX3 season ("2015-SU": last summer; "2015-WI": a winter).
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")


def season_year(value: str, written: str = "", reference: str | None = None) -> str | None:
    """The year (``YYYY``) an ACLED date gives a TIMEX3 season; None for any other value.
    An ACLED date is a day, month or year: a season spans months, and which one the deed
    fell in is not told, so it is coded to its year.

    Winter spans the turn of the year. A year the text writes ("the winter of 2014") is
    the one a coder reads. The normaliser gives a winter told relative to the story ("last
    winter") the year before the story's; the winter just gone lies mostly (January,
    February) in the story's own year, so a winter with no year ``written`` and a
    ``reference`` day (publication) of a later year is coded to the next year, never past
    the reference's. With no ``reference`` a winter gets no year (None)."""
    match = SEASON.match(value)
    if match is None:
        return None
    year = match.group(1)
    if match.group(2) != "WI" or year in written:
        return year
    if not reference:
        return None
    later = int(year) + 1
    return str(later) if reference[:4].isdigit() and later <= int(reference[:4]) else year


def shift_months(d: date, months: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + months
    return total // 12, total % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shifted(n: int, unit: str, ref: date) -> Timex:
    """The period ``n`` units (year, decade, month, week, day) from ``ref``; raises
    ValueError (or OverflowError) outside the calendar's years 1-9999."""
    if (
        unit in {"year", "decade"}
        and not 1 <= ref.year + n * (10 if unit == "decade" else 1) <= 9999
    ):
        raise ValueError("year out of range")
    if unit == "year":
        return Timex("DATE", str(ref.year + n), "year")
    if unit == "decade":
        return Timex("DATE", str((ref.year + 10 * n) // 10), "decade")
    if unit == "month":
        y, m = shift_months(ref, n)
        if not 1 <= y <= 9999:
            raise ValueError("year out of range")
        return Timex("DATE", f"{y}-{m:02d}", "month")
    if unit == "week":
        return Timex("DATE", iso_week(ref + timedelta(weeks=n)), "week")
    d = ref + timedelta(days=n)
    return Timex("DATE", d.isoformat(), "day")
