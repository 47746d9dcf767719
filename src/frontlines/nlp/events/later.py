"""Dates an event sentence gives only against another: "Hours later" and "Days later",
counted from the last day the story named, and a month-day without a year ("Jan. 8"),
given the story's year. Kept apart from ``when``, which reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.model import TimeExpression

__all__ = ["later_than_named", "with_year"]

#: A TIMEX3 DATE value of one day ("1998-02-11").
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A TIMEX3 DATE value of one month ("1998-02").
_MONTH = re.compile(r"\d{4}-\d{2}")


def later_than_named(time: TimeExpression, times: Sequence[TimeExpression], year: str | None,
                     filed: str | None) -> tuple[str, str] | None:  # fmt: skip
    """The date and precision of "Hours later" or "Days later", told after the last day
    the text named: TimeML makes them lengths (PTXH, PXD), which date nothing, yet the
    story counts them from that day, not from its publication. Hours later is that day;
    days later that day's month, when a week on is still in it; anything longer ("weeks
    later") is not read. After a month named, either is in that month."""
    if time.type != "DURATION" or not time.text.lower().endswith("later"):
        return None
    if re.fullmatch(r"PT(?:\d+|X)[HM]", time.value):
        precision = "day"
    elif time.value == "PXD":
        precision = "month"
    else:
        return None
    named = [t for t in times if t.end <= time.start and t.type == "DATE"]
    day = with_year(named[-1].value, year, filed) if named else ""
    if _MONTH.fullmatch(day):  # "Last month, ... Days later": in that month too
        return day, "month"
    if not _FULL_DAY.fullmatch(day):
        return None
    if precision == "day":
        return day, precision
    return (day[:7], precision) if int(day[8:10]) <= 24 else None


def with_year(value: str, year: str | None, now: str | None = None) -> str:
    """A TIMEX3 month-day without a year ("XXXX-01-08") in ``year``, when known; in the
    year before when that would fall after ``now``, the publication month or day ("Dec.
    30" in a story filed under January happened in the December before)."""
    if year and value.startswith("XXXX-") and len(value) > 5 and value[5].isdigit():
        dated = year + value[4:]
        if now and now[:4] == year and dated[: len(now)] > now and year.isdigit():
            return str(int(year) - 1) + value[4:]
        return dated
    return value
