"""TIMEX3 date values as spans of days, so claims and events can be compared in time.

"2017-03-08" is one day, "2018-12" a month, "2014-SU" a season, "2017-Q2" a
quarter, "2014-W26" an ISO week, "2017" a year. Anything else (durations,
PRESENT_REF, an empty value) has no span.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DAY_VALUE", "MONTH_VALUE", "DaySpan", "day_span", "precision_of"]

#: Meteorological seasons (northern hemisphere), as TIMEX3 writes them. Winter is
#: the one that starts in December of the year before ("2015-WI": Dec 2014 - Feb 2015).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}
#: A TIMEX3 value of one day ("1998-02-11"; ``match`` also takes a clock time after it,
#: ``fullmatch`` the day alone). One copy for every module that tells days from months.
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
#: A TIMEX3 value of one month ("1998-02").
MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_DAY, _MONTH = DAY_VALUE, MONTH_VALUE
_YEAR = re.compile(r"^(\d{4})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DECADE = re.compile(r"^(\d{3})X?$")


@dataclass(frozen=True, order=True)
class DaySpan:
    """The first and last day a date value can mean (both inclusive)."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def middle(self) -> date:
        return self.first + (self.last - self.first) / 2

    def gap_days(self, other: DaySpan) -> int:
        """Days between the spans; 0 when they overlap or touch."""
        if self.last < other.first:
            return (other.first - self.last).days
        if other.last < self.first:
            return (self.first - other.last).days
        return 0


def _month_span(year: int, first_month: int, last_month: int) -> DaySpan:
    last_day = calendar.monthrange(year, last_month)[1]
    return DaySpan(date(year, first_month, 1), date(year, last_month, last_day))


def day_span(value: str | None) -> DaySpan | None:
    """The days a TIMEX3 date value covers, or None when it is not a calendar date."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return DaySpan(day, day)
        if m := _MONTH.match(value):
            return _month_span(int(m[1]), int(m[2]), int(m[2]))
        if m := _YEAR.match(value):
            return _month_span(int(m[1]), 1, 12)
        if m := _SEASON.match(value):
            year, (first, last) = int(m[1]), SEASON_MONTHS[m[2]]
            if first > last:  # winter straddles the new year
                return DaySpan(date(year - 1, first, 1), _month_span(year, last, last).last)
            return _month_span(year, first, last)
        if m := _QUARTER.match(value):
            q = int(m[2])
            return _month_span(int(m[1]), 3 * q - 2, 3 * q)
        if m := _HALF.match(value):
            h = int(m[2])
            return _month_span(int(m[1]), 6 * h - 5, 6 * h)
        if m := _WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return DaySpan(monday, monday + timedelta(days=6))
        if m := _DECADE.match(value):
            return DaySpan(date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31))
    except ValueError:  # "2017-02-30", week 54: not a date
        return None
    return None


def precision_of(value: str | None) -> str:
    """day | week | month | season | quarter | half | year | decade, or "" for no date."""
    if not value or day_span(value) is None:
        return ""
    if _DAY.match(value):
        return "day"
    for name, pattern in (("month", _MONTH), ("year", _YEAR), ("season", _SEASON),
                          ("quarter", _QUARTER), ("half", _HALF), ("week", _WEEK)):  # fmt: skip
        if pattern.match(value):
            return name
    return "decade"
