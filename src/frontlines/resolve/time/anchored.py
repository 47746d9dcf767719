"""Values read off a date the text has already named (the anchor) or the reference
date: "the day", "that quarter", "the following year", "the same period last year",
"the second quarter of last year".

A base of ``Normaliser``: these rules need the anchor and reference it holds and call
back into its full rule set (``_rules``) for the phrase inside a composed one.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from frontlines.resolve.time.timex import Timex, shift_months
from frontlines.vocab.dates import WEEKDAYS

__all__ = ["NEIGHBOUR_DAY", "NEIGHBOUR_WEEKDAY", "SAME_PERIOD_A_YEAR_BEFORE", "THE_DAY",
           "AnchoredRules"]  # fmt: skip

#: The period in view, one year back: "the same period last year", "the same month a year
#: earlier".
SAME_PERIOD_A_YEAR_BEFORE = re.compile(
    r"(?:the )?same (?:period|time|month|quarter|week|day)(?: of)? (?:last year|the (?:previous|"
    r"prior) year|a year (?:earlier|ago|before))"
)
#: One particular day, not a day's length: "the day", "later in the day", "for the day".
THE_DAY = re.compile(r"(?:(?:early|late|later|earlier) )?(?:(?:in|for|during|of) )?the day")

#: The day next to the one in view: "the next morning", "the following day", "the day before".
NEIGHBOUR_DAY = re.compile(
    r"(?:the )?(?:(next|following|previous|preceding) (?:day|morning|afternoon|evening|night)"
    r"|day (after|before))"
)
#: A weekday counted from the day in view: "the previous Friday", "the following Monday".
NEIGHBOUR_WEEKDAY = re.compile(
    r"(?:the )?(previous|preceding|following) (monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)"
)


class AnchoredRules:
    """Rules that read ``anchor`` (the last calendar point the text named) and
    ``reference`` (the publication date)."""

    reference: date | None
    anchor: Timex | None

    def _rules(self, t: str, future: bool) -> Timex | None:
        raise NotImplementedError  # the normaliser's full rule set

    def _the_day(self) -> Timex | None:
        """'the day', 'later in the day', 'for the day': one day the story is about, the
        last day it named, else the reference day; TIMEX3 writes it as that date."""
        anchor = self.anchor
        if anchor is not None and anchor.precision == "day" and anchor.value[:4].isdigit():
            return anchor
        ref = self.reference
        return self._day(ref.year, ref.month, ref.day) if ref else None

    def _year_before_anchor(self) -> Timex:
        """'the same period last year' after 'sales rose in February': February a year
        before; without a month, quarter or day in view, last year."""
        anchor = self.anchor
        ref = self.reference
        assert ref is not None
        if anchor is not None and anchor.value[:4].isdigit() and anchor.precision in {
            "quarter", "month", "day"
        }:  # fmt: skip
            year = int(anchor.value[:4]) - 1
            if anchor.precision == "day":
                day = self._day(year, int(anchor.value[5:7]), int(anchor.value[8:10]))
                if day is not None:
                    return day
            return Timex("DATE", f"{year}{anchor.value[4:]}", anchor.precision)
        return Timex("DATE", str(ref.year - 1), "year")

    def _in_named_year(self, t: str, future: bool) -> Timex | None:
        """'the second quarter of last year', 'October of this year', 'the fourth quarter
        of next year': the phrase read with the year the deictic names written out."""
        m = re.fullmatch(r"(.+?),? (?:of )?(this|last|next) year", t)
        ref = self.reference
        if m is None or ref is None or m.group(1) in {"the", "a", "same"}:
            return None
        year = ref.year + {"this": 0, "last": -1, "next": 1}[m.group(2)]
        found = self._rules(f"{m.group(1)} {year}", future)
        return found if found is not None and found.value[:4] == str(year) else None

    def _anchor_year(self) -> int | None:
        anchor = self.anchor
        if anchor is not None and anchor.value[:4].isdigit():
            return int(anchor.value[:4])
        return self.reference.year if self.reference else None

    def _from_anchor(self, t: str, period: str) -> Timex | None:
        """'that year', 'the same quarter', 'the following year': from the last date named."""
        shift = 1 if ("following" in t or "next" in t) else -1 if "previous" in t else 0
        anchor = self.anchor
        if period == "year":
            year = self._anchor_year()
            return Timex("DATE", str(year + shift), "year") if year else None
        if period == "day" and shift == 0 and (anchor is not None or "same" in t):
            day = self._day_in_view()  # "the same day": the day in view, else the reference
            return Timex("DATE", day.isoformat(), "day") if day else None
        if anchor is None:
            return None
        if period == "quarter" and anchor.precision == "quarter" and shift == 0:
            return anchor
        if period == "day" and anchor.precision == "day" and shift == 0:
            return anchor
        dated = anchor.value[:4].isdigit() and anchor.precision in {"month", "day"}
        if period == "month" and dated:
            y, m = shift_months(date(int(anchor.value[:4]), int(anchor.value[5:7]), 1), shift)
            return Timex("DATE", f"{y}-{m:02d}", "month")
        return None

    def _day_in_view(self) -> date | None:
        """The last day the text named, else the reference day."""
        anchor = self.anchor
        if anchor is not None and anchor.precision == "day" and anchor.value[:4].isdigit():
            try:
                return date.fromisoformat(anchor.value[:10])
            except ValueError:
                pass
        return self.reference

    def _neighbour_day(self, t: str) -> Timex | None:
        """'the next morning', 'the following day', 'the day before': one day on from (or
        back from) the day in view, written as that date."""
        m = NEIGHBOUR_DAY.fullmatch(t)
        base = self._day_in_view()
        if m is None or base is None:
            return None
        back = (m.group(1) or m.group(2)) in {"previous", "preceding", "before"}
        return Timex("DATE", (base + timedelta(days=-1 if back else 1)).isoformat(), "day")

    def _neighbour_weekday(self, t: str) -> Timex | None:
        """'the previous Friday' after 'on Friday': the Friday before that one."""
        m = NEIGHBOUR_WEEKDAY.fullmatch(t)
        base = self._day_in_view()
        if m is None or base is None:
            return None
        index = WEEKDAYS.index(m.group(2))
        if m.group(1) == "following":
            d = base + timedelta(days=(index - base.weekday()) % 7 or 7)
        else:
            d = base - timedelta(days=(base.weekday() - index) % 7 or 7)
        return Timex("DATE", d.isoformat(), "day")

    def _day(self, year: int, month: int, day: int) -> Timex | None:
        if year == 0:
            return Timex("DATE", f"XXXX-{month:02d}-{day:02d}", "day")
        try:
            return Timex("DATE", date(year, month, day).isoformat(), "day")
        except ValueError:
            return None
