"""Dates an event sentence gives only against another: "Hours later" and "Days later",
counted from the last day the story named, and a month-day without a year ("Jan. 8"),
given the story's year. Kept apart from ``when``, which reads them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from frontlines.model import TimeExpression
from frontlines.vocab.timespan import DAY_VALUE, MONTH_VALUE, day_span

__all__ = ["later_than_named", "with_year"]

def later_than_named(time: TimeExpression, times: Sequence[TimeExpression], year: str | None,
                     filed: str | None) -> tuple[str, str] | None:  # fmt: skip
    """The date and precision of "Hours later" or "Days later", told after the last day
    the text named: TimeML makes them lengths (PTXH, PXD), which date nothing, yet the
    story counts them from that day, not from its publication. Hours later is that day;
    days later that day's month, when a week on is still in it (not from Feb. 24 or
    April 24); anything longer ("weeks later") is not read. After a month named, either
    is in that month."""
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
    if MONTH_VALUE.fullmatch(day):  # "Last month, ... Days later": in that month too
        return day, "month"
    told = day_span(day) if DAY_VALUE.fullmatch(day) else None
    if told is None:
        return None
    if precision == "day":
        return day, precision
    week_on = told.first + timedelta(days=7)  # "days later" is within a week
    return (day[:7], precision) if week_on.month == told.first.month else None


#: Days after the story's month or day a month-day may fall and still be of its year:
#: further on, it is of the year before ("Dec. 30" in a story of January).
_A_MONTH = 31


def with_year(value: str, year: str | None, now: str | None = None) -> str:
    """A TIMEX3 month-day without a year ("XXXX-01-08") in ``year``, when known; in the
    year before when that would fall more than a month after ``now``, the publication
    month or day ("Dec. 30" in a story filed under January happened in the December
    before; "Jan. 8" in a story of Jan. 5 is a day ahead, no year back). A day the year
    lacks ("XXXX-02-29" in 2015) is left without a year: no date."""
    if not (year and year.isdigit() and value.startswith("XXXX-") and len(value) > 5
            and value[5].isdigit()):  # fmt: skip
        return value
    dated = year + value[4:]
    span = day_span(dated)
    if span is None:
        return value
    reference = day_span(now) if now and now[:4] == year else None
    if reference is not None and (span.first - reference.last).days > _A_MONTH:
        before = str(int(year) - 1) + value[4:]
        return before if day_span(before) is not None else value
    return dated
