"""Normalise a time expression to a TIMEX3 type, value and precision.

Rules are explicit and ordered so each result can be explained: absolute
dates first ("June 2014", "March 9, 2017"), then expressions relative to
the reference date (the article's publication date, or a nearer date the
text set): "on Wednesday", "last month", "in December", "the third
quarter", "two years ago"; then durations ("two years" -> P2Y), sets
("every week" -> P1W) and the reference words ("now" -> PRESENT_REF).

``precision`` is one of: day, week, month, season, quarter, year, decade,
century, time (clock time), or "" when not a calendar point (durations,
sets, PRESENT_REF...). It maps onto ACLED time_precision (1 day, 2 week or
month... ) and UCDP date_prec; see ``acled_time_precision``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from frontlines.resolve.time.anchored import SAME_PERIOD_A_YEAR_BEFORE, THE_DAY, AnchoredRules
from frontlines.resolve.time.durations import duration
from frontlines.resolve.time.holidays import default_holidays
from frontlines.resolve.time.phrases import (
    clock,
    digits_for_ordinal_days,
    digits_for_spelled_years,
    peeled,
    whole_count,
)
from frontlines.resolve.time.sets import recurring, reference_word
from frontlines.resolve.time.timex import (
    Timex,
    acled_time_precision,
    iso_week,
    month_of,
    quarter_of,
    shift_months,
    shifted,
)
from frontlines.vocab.dates import DAY_PARTS, WEEKDAYS, nearest_day, weekday_year
from frontlines.vocab.words import word_map, word_numbers

__all__ = ["Normaliser", "Timex", "acled_time_precision"]

SEASONS = word_map("time", "seasons")
ORDINALS = word_numbers("time", "ordinals")


#: "A day earlier", "a day later": one day from the day last named, as "two days later"
#: is; the article is its count, not a word to drop ("day earlier" would count nothing).
_A_DAY_AWAY = re.compile(r"an? day (?:earlier|later|before)")


class Normaliser(AnchoredRules):
    """Normalise expressions from one document, against its reference date."""

    def __init__(self, reference: date | None, near: date | None = None,
                 latest: date | None = None) -> None:  # fmt: skip
        """``near``: with no ``reference``, the date of the collection the document came
        in with (``frontlines.vocab.collection_date``): it gives a day or month named
        without a year the year that puts it nearest (not after ``latest``, the day the
        document came in), but is no day to count "on Monday" or "last week" from."""
        self.reference = reference
        self.near = near if reference is None else None
        self.latest = latest
        self.anchor: Timex | None = None  # set per call, read by "a year earlier"
        self.past: bool | None = None  # set per call: does the clause look back?

    def __call__(
        self,
        text: str,
        future: bool = False,
        anchor: Timex | None = None,
        past: bool | None = None,
    ) -> Timex | None:
        """``anchor``: the last calendar point the text mentioned, for "a year earlier";
        ``past=True``: the clause is told in a past tense, so a date named without a year
        is the latest one up to the reference; ``past=False``: its tense is not past, so
        such a date may be the coming one ('to be paid in January' in a November story);
        ``None``: no verb says (news looks back, but to the nearest such date)."""
        self.anchor = anchor
        self.past = past
        return self._normalise(text, future)

    def _normalise(self, text: str, future: bool) -> Timex | None:
        t = " ".join(text.lower().replace("’", "'").replace(" ,", ",").split()).rstrip(":;,")
        t = digits_for_spelled_years(t)
        t = digits_for_ordinal_days(t)
        if t in {"may", "mar"} and text.strip()[:1].isupper():
            t += " _month"  # "May" as a DATE, not the modal verb
        found = self._rules(t, future)
        if found is not None:
            return found
        for plainer in peeled(t):  # "only six months", "the end of 1990", "early next year"
            found = self._rules(plainer, future)
            if found is not None:
                return found
        return None

    def _rules(self, t: str, future: bool) -> Timex | None:
        t = re.sub(r"\bfiscal[- ](?=year|quarter|first|second|third|fourth|final|half)", "", t)
        if THE_DAY.fullmatch(t):
            return self._the_day()
        found = self._in_named_year(t, future)
        if found is not None:
            return found
        t = (
            re.sub(r"^(the|a|an|about|around|since|until|by|in|on|at|during)\s+(?=\S)", "", t)
            if not re.match(
                r"^(the|a|an) (past|last|next|coming|first|second|third|fourth|"
                r"latest|current|same|future|year|quarter|week|month|decade|century)",
                t,
            )
            and not _A_DAY_AWAY.fullmatch(t)
            else t
        )
        for rule in (reference_word, recurring, self._holiday, self._absolute,
                     self._relative,
                     self._clock, self._calendar_words, duration):  # fmt: skip
            found = rule(t, future)
            if found is not None:
                return found
        return None

    # -- rules, in order ---------------------------------------------------

    def _holiday(self, t: str, future: bool) -> Timex | None:
        """'Thanksgiving Day', 'last Christmas', 'Easter 1998': the holiday's date."""
        m = re.fullmatch(r"(?:(last|this|next|the|on) )?(.+?)(?:,? (\d{4}))?", t)
        holiday = default_holidays().get(m.group(2)) if m else None
        if m is None or holiday is None:
            return None
        if m.group(3):
            return Timex("DATE", holiday.on(int(m.group(3))).isoformat(), "day")
        ref = self.reference
        if ref is None:
            return None
        around = [holiday.on(ref.year + k) for k in (-1, 0, 1)]
        modifier = m.group(1)
        if modifier == "next" or (future and modifier != "last"):
            day = next(d for d in around if d >= ref if modifier != "next" or d > ref)
        elif modifier == "last" or self.past is True:
            day = [d for d in around if d < ref or (d == ref and modifier != "last")][-1]
        else:
            day = min(around, key=lambda d: abs((d - ref).days))
        return Timex("DATE", day.isoformat(), "day")

    def _absolute(self, t: str, future: bool) -> Timex | None:
        ref = self.reference
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return Timex("DATE", t, "day")
        m = re.fullmatch(  # "Monday, Dec. 19" or "Monday 19 December": the weekday pins
            r"(?:(\w+day),? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,?(?: (\d{4}))?", t
        ) or re.fullmatch(  # the year a day named without one is in (``weekday_year``)
            r"(?:(\w+day),? )?(?P<d>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?P<m>[a-z]{3,9})\.?,?"
            r"(?: (\d{4}))?", t)  # fmt: skip
        if m and (month := month_of(m.group("m") if "m" in m.groupdict() else m.group(2))):
            day = int(m.group("d") if "d" in m.groupdict() else m.group(3))
            year = int(m.group(4)) if m.group(4) else self._year_for(month, day, future)
            if not m.group(4) and ref is None:  # undated: the weekday picks, a dated
                year = weekday_year(year, month, day, m.group(1), self.latest)  # story's
            return self._day(year, month, day)  # year stands (a wrong weekday is a slip)
        m = re.fullmatch(r"(?:early |late |mid-?)?([a-z]{3,9})\.?,? (?:of )?(\d{4})", t)
        if m and (month := month_of(m.group(1))):
            return Timex("DATE", f"{m.group(2)}-{month:02d}", "month")
        m = re.fullmatch(r"(?:early |late |mid-?)?([a-z]{3,9})\.?( _month)?", t)
        if (
            m
            and (month := month_of(m.group(1)))
            and (m.group(2) or m.group(1) not in {"may", "mar"})
        ):
            if ref is None:
                year = self._near_year(month, 15)
                return Timex("DATE", f"{year or 'XXXX'}-{month:02d}", "month")
            return Timex("DATE", f"{self._year_for(month, 1, future)}-{month:02d}", "month")
        m = re.fullmatch(r"(?:(?:early|late|mid)[- ]?)?(?:fiscal )?(\d{4})", t)
        if m and 1000 <= int(m.group(1)) <= 2200:
            return Timex("DATE", m.group(1), "year")
        m = re.fullmatch(r"'(\d\d)", t)
        if m:  # "since '82": the latest such year up to a year past the reference
            year = 2000 + int(m.group(1))
            latest = (ref.year + 1) if ref else 2000 + 99
            return Timex("DATE", str(year if year <= latest else year - 100), "year")
        m = re.fullmatch(r"(?:early |late |mid-?)?(\d{3})0'?s", t)
        if m:
            return Timex("DATE", m.group(1), "decade")
        m = re.fullmatch(r"(?:(this|last|next|the) )?(spring|summer|autumn|fall|winter)"
                         r"(?: (?:of )?(\d{4}))?", t)  # fmt: skip
        if m:
            code = SEASONS[m.group(2)]
            if m.group(3):
                return Timex("DATE", f"{m.group(3)}-{code}", "season")
            if ref is None:
                return Timex("DATE", f"XXXX-{code}", "season")
            shift = {"last": -1, "next": 1}.get(m.group(1) or "", 0)
            return Timex("DATE", f"{ref.year + shift}-{code}", "season")
        return self._quarter_words(t, future)

    def _relative(self, t: str, future: bool) -> Timex | None:
        ref = self.reference
        if ref is None:
            return None
        m = re.fullmatch(r"(\d{1,2}):(\d{2})(?: ?(a\.m\.|p\.m\.|am|pm))?(?: (\w+))?", t)
        if m:
            hour = int(m.group(1)) % 12 + (12 if (m.group(3) or "").startswith("p") else 0)
            if not m.group(3):
                hour = int(m.group(1))
            zone = "Z" if m.group(4) in {"utc", "gmt"} else ""  # ISO 8601: UTC is "Z"
            return Timex("TIME", f"{ref.isoformat()}T{hour:02d}:{m.group(2)}{zone}", "time")
        if t in {"today", "this day", "earlier today", "later today"}:
            return self._day(ref.year, ref.month, ref.day)
        if t in {"yesterday", "tomorrow"}:
            d = ref + timedelta(days=-1 if t == "yesterday" else 1)
            return self._day(d.year, d.month, d.day)
        if t == "last night":
            return Timex("TIME", f"{(ref - timedelta(days=1)).isoformat()}TNI", "time")
        m = re.fullmatch(r"(?:(?:early|late|mid)[- ]?)?(morning|afternoon|evening|night) "
                         r"(yesterday|today|tomorrow)|(yesterday|today|tomorrow) "
                         r"(morning|afternoon|evening|night)", t)  # fmt: skip
        if m:  # "yesterday afternoon", "mid-afternoon yesterday"
            part, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            d = ref + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[day])
            return Timex("TIME", f"{d.isoformat()}T{DAY_PARTS[part]}", "time")
        m = re.fullmatch(r"(?:the )?week of (.+)", t)
        if m and (day := self._rules(m.group(1), future)) is not None and day.precision == "day":
            return Timex("DATE", iso_week(date.fromisoformat(day.value)), "week")
        if t in {"the weekend", "this weekend", "weekend"}:
            # Told on a weekday, a weekend in the past is the one just gone.
            gone = not future and self.past is not False and ref.weekday() < 5
            return Timex("DATE", iso_week(ref - timedelta(days=7 * gone)) + "-WE", "week")
        if t in {"tonight", "this morning", "this afternoon", "this evening", "overnight"}:
            part = {"tonight": "NI", "overnight": "NI"}.get(t) or DAY_PARTS[t.split()[1]]
            return Timex("TIME", f"{ref.isoformat()}T{part}", "time")
        m = re.fullmatch(r"(?:(last|next|this|on|coming|this coming) )?(monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday)(?:'s)?"
                         r"(?: (morning|afternoon|evening|night))?", t)  # fmt: skip
        if m:
            ahead = future or (m.group(1) or "").endswith("coming")
            d = self._weekday(WEEKDAYS.index(m.group(2)), m.group(1), ahead)
            if m.group(3):
                return Timex("TIME", f"{d.isoformat()}T{DAY_PARTS[m.group(3)]}", "time")
            return Timex("DATE", d.isoformat(), "day")
        m = re.fullmatch(r"(?:the )?(last|this|next|past|coming|current|latest|previous|"
                         r"same|earlier this|later this|this coming) (week|month|year|quarter|"
                         r"weekend|decade|century)", t)  # fmt: skip
        if m:
            return self._named_period(m.group(1), m.group(2))
        if t in {
            "earlier this year",
            "later this year",
            "the year",
            "this year",
            "full year",
            "full fiscal year",
        }:
            return Timex("DATE", str(ref.year), "year")
        if t in {"earlier this month", "later this month", "the month"}:
            return Timex("DATE", f"{ref.year}-{ref.month:02d}", "month")
        if t in {"earlier this week", "later this week"}:
            return Timex("DATE", iso_week(ref), "week")
        if t in {"the quarter", "the latest quarter", "the recent quarter"}:
            return self._named_period("last", "quarter")
        if SAME_PERIOD_A_YEAR_BEFORE.fullmatch(t):
            return self._year_before_anchor()
        if t in {
            "year-earlier",
            "a year earlier",
            "a year ago",
            "year-ago",
            "the year-ago period",
            "the year-earlier period",
            "the year-ago quarter",
            "the year-earlier quarter",
            "year-ago quarter",
            "last year's quarter",
            "the quarter a year ago",
            "the comparable quarter",
        }:
            anchor = self.anchor
            if anchor is not None and anchor.precision == "quarter" and anchor.value[:4].isdigit():
                # "profit rose in the third quarter ... from a year earlier": 1988-Q3
                return Timex("DATE", f"{int(anchor.value[:4]) - 1}{anchor.value[4:]}", "quarter")
            return Timex("DATE", str(ref.year - 1), "year")
        m = re.fullmatch(r"([\w.-]+(?: [\w-]+)?) years? ago this (week|month)", t)
        if m and (n := whole_count(m.group(1))) is not None:
            # "five years ago this week": the week (month) of the story, that many years back
            if n >= ref.year:
                return None  # before the calendar's first year: no value, not a crash
            back = ref - timedelta(days=round(365.25 * n))
            if m.group(2) == "month":
                return Timex("DATE", f"{back.year:04d}-{back.month:02d}", "month")
            return Timex("DATE", iso_week(back), "week")
        m = re.fullmatch(r"([\w.-]+(?: [\w-]+)?) (year|month|week|day|decade)s? "
                         r"(ago|earlier|before|later|from now|hence)", t)  # fmt: skip
        if m and (n := whole_count(m.group(1))) is not None:
            sign = 1 if m.group(3) in {"later", "from now", "hence"} else -1
            if m.group(3) in {"later", "earlier", "before"} and m.group(2) in {"day", "week"}:
                base = self._day_in_view()  # "two days later": after the day last named
                if base is not None:
                    return self._offset(n * sign, m.group(2), base)
            return self._offset(n * sign, m.group(2))
        return None

    def _clock(self, t: str, future: bool) -> Timex | None:
        """'6 a.m.', 'noon Thursday', '10 p.m. Wednesday', '7 p.m. EST Oct. 3', 'the morning'."""
        ref = self.reference
        if ref is None:
            return None
        if t in DAY_PARTS:
            return Timex("TIME", f"{ref.isoformat()}T{DAY_PARTS[t]}", "time")
        m = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d) (utc|gmt|z)", t)
        if m:  # "0800 UTC", "(0735 GMT)": a 24-hour clock written without its colon
            return Timex("TIME", f"{ref.isoformat()}T{m.group(1)}:{m.group(2)}Z", "time")
        m = re.fullmatch(r"((?:\d{1,2}:\d{2}|\d{1,2}(?::\d{2})? ?(?:a\.?m\.?|p\.?m\.?|o'clock|"
                         r"in the (?:morning|afternoon|evening|night)))|noon|midnight|midday)"
                         r"(?: (?:[a-z]{1,4}t|gmt|utc|local time))?(?:,? (.+))?", t)  # fmt: skip
        if m is None or (hm := clock(m.group(1))) is None:
            return None
        day = ref.isoformat()
        if m.group(2):
            on = self._rules(m.group(2), future)
            if on is None or on.precision != "day":
                return None
            day = on.value
        hour, minute = hm
        at = f"{hour:02d}" if minute is None and hour == 24 else f"{hour:02d}:{minute or 0:02d}"
        zone = "Z" if re.search(r"\b(?:utc|gmt)\b", t) else ""
        return Timex("TIME", f"{day}T{at}{zone}", "time")

    def _calendar_words(self, t: str, future: bool) -> Timex | None:
        """Named months, quarters and halves relative to the text; spelt years; eras."""
        ref = self.reference
        m = re.fullmatch(r"([a-z]{3,9})\.?(?: (\d{1,2}))?,? (this|last|next) year", t)
        if m and ref is not None and (month := month_of(m.group(1))):
            year = ref.year + {"this": 0, "last": -1, "next": 1}[m.group(3)]
            if m.group(2):
                return self._day(year, month, int(m.group(2)))
            return Timex("DATE", f"{year}-{month:02d}", "month")
        m = re.fullmatch(r"(last|this) ([a-z]{3,9})\.? (\d{1,2})", t)
        if m and ref is not None and (month := month_of(m.group(2))):
            day = int(m.group(3))
            past = (month, day) <= (ref.month, ref.day)
            year = ref.year if past or m.group(1) == "this" else ref.year - 1
            return self._day(year, month, day)
        m = re.fullmatch(r"(last|this|next|the previous|the following) ([a-z]{3,9})\.?", t)
        if m and ref is not None and (month := month_of(m.group(2))):
            year = {"last": ref.year if month < ref.month else ref.year - 1,
                    "the previous": ref.year if month < ref.month else ref.year - 1,
                    "next": ref.year if month > ref.month else ref.year + 1,
                    "the following": ref.year if month > ref.month else ref.year + 1,
                    }.get(m.group(1), ref.year)  # fmt: skip
            return Timex("DATE", f"{year}-{month:02d}", "month")
        found = self._neighbour_weekday(t) or self._neighbour_day(t)
        if found is not None:
            return found
        m = re.fullmatch(r"(?:the )?(first|second|last) (?:half|two quarters)(?: of (\d{4}))?", t)
        if m and (m.group(2) or ref is not None):
            half_year = m.group(2) or str(ref.year if ref else "XXXX")
            return Timex("DATE", f"{half_year}-H{1 if m.group(1) == 'first' else 2}", "quarter")
        if t in {"year-end", "year end", "year's end", "end of the year", "the year's end"}:
            end_year = self._anchor_year()
            return Timex("DATE", str(end_year), "year") if end_year else None
        m = re.fullmatch(r"(?:the )?((?:19|20)\d\d) (quarter|period)", t)
        if m:  # "the 1988 quarter": the quarter under discussion, in that year
            anchor = self.anchor
            if anchor is not None and anchor.precision == "quarter":
                return Timex("DATE", f"{m.group(1)}{anchor.value[4:]}", "quarter")
            if anchor is not None and anchor.precision in {"month", "day"}:  # "ended Sept. 30"
                quarter = (int(anchor.value[5:7]) - 1) // 3 + 1
                return Timex("DATE", f"{m.group(1)}-Q{quarter}", "quarter")
            return Timex("DATE", m.group(1), "year")
        m = re.fullmatch(r"(?:the )?(?:same|that|following|next|previous) (year|quarter|day|month)",
                         t)  # fmt: skip
        if m and (t.startswith("that") or "same" in t or "following" in t or "previous" in t):
            return self._from_anchor(t, m.group(1))
        m = re.fullmatch(r"(?:the )?(twen|thir|for|fif|six|seven|eigh|nine)ties", t)
        if m:
            digit = {"twen": 2, "thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8,
                     "nine": 9}[m.group(1)]  # fmt: skip
            return Timex("DATE", f"19{digit}", "decade")
        m = re.fullmatch(r"(?:the )?'(\d)0s", t)
        if m:
            return Timex("DATE", f"19{m.group(1)}", "decade")
        m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century", t)
        if m:
            return Timex("DATE", f"{int(m.group(1)) - 1:02d}", "century")
        if t in {"future quarters", "future years", "coming years", "the coming years"}:
            return Timex("DATE", "FUTURE_REF")
        if re.fullmatch(r"(?:several|a few|many|some) (?:years|months|weeks|decades) ago", t):
            return Timex("DATE", "PAST_REF")
        return None

    def _quarter_words(self, t: str, future: bool) -> Timex | None:
        """'the third quarter (of 2014)', 'the 1988 third quarter', 'this year's third
        quarter', 'the year-ago fourth quarter'; alone, the latest such quarter."""
        m = re.fullmatch(r"(?:the )?(?:(this|last|next) year's |(\d{4}) |(year-ago|year-earlier) )?"
                         r"(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter"
                         r"(?: (?:of )?(\d{4}))?", t)  # fmt: skip
        if m is None:
            return None
        q = ORDINALS[m.group(4)]
        ref = self.reference
        if m.group(2) or m.group(5):
            return Timex("DATE", f"{m.group(2) or m.group(5)}-Q{q}", "quarter")
        if ref is None:
            return Timex("DATE", f"XXXX-Q{q}", "quarter")
        if m.group(1):
            year = ref.year + {"this": 0, "last": -1, "next": 1}[m.group(1)]
        else:
            year = ref.year if q <= quarter_of(ref) or future else ref.year - 1
            if m.group(3):
                year -= 1
        return Timex("DATE", f"{year}-Q{q}", "quarter")

    # -- helpers -----------------------------------------------------------

    def _year_for(self, month: int, day: int, future: bool) -> int:
        """The year of a date named without one: the nearest such date to the
        reference ('in December' in a February 2019 story is 2018-12; 'Dec. 7'
        in an October story is this year's), forward when the verb says so."""
        ref = self.reference
        if ref is None:
            return self._near_year(month, day)
        if future:
            return ref.year if (month, day) >= (ref.month, min(day, ref.day)) else ref.year + 1
        if (month - ref.month) % 12 <= 1:  # next month, named without a future verb
            return ref.year if month >= ref.month else ref.year + 1
        if self.past is True:  # told in a past tense: the latest such date up to the reference
            return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        # News looks back: a month named without a year or future verb is the latest one.
        candidates = [ref.year - 1, ref.year]
        if self.past is False and (month - ref.month) % 12 <= 3:
            candidates.append(ref.year + 1)  # the coming months, when no verb looks back

        def distance(year: int) -> int:
            return abs(
                (year * 12 + month) * 31 + day - ((ref.year * 12 + ref.month) * 31 + ref.day)
            )

        return min(candidates, key=distance)

    def _near_year(self, month: int, day: int) -> int:
        """The year, of the collection date's and the two around it, that puts the month
        and day nearest it (0, unknown, without one)."""
        if self.near is None:
            return 0
        latest = self.latest.isoformat() if self.latest else None
        found = nearest_day(month, day, self.near.isoformat(), latest)
        if found is None and day > 28:  # a month named alone (its 15th), a 30th of February
            found = nearest_day(month, 28, self.near.isoformat(), latest)
        return int(found[:4]) if found else 0

    def _weekday(self, index: int, modifier: str | None, future: bool) -> date:
        ref = self.reference
        assert ref is not None
        delta = index - ref.weekday()
        if modifier == "next":
            return ref + timedelta(days=delta if delta > 0 else delta + 7)
        if future and modifier != "last":
            return ref + timedelta(days=delta if delta >= 0 else delta + 7)
        if modifier == "last":  # never yesterday: a writer calls that "yesterday" or
            back = delta - 7 if delta >= 0 else delta  # by its name ("on Thursday"), so
            return ref + timedelta(days=back - 7 if back == -1 else back)  # the week before
        return ref + timedelta(days=delta if delta <= 0 else delta - 7)

    def _named_period(self, modifier: str, period: str) -> Timex:
        ref = self.reference
        assert ref is not None
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
                 "this coming": 0 if period == "weekend" and ref.weekday() < 5 else 1,
                 "latest": -1 if period == "quarter" else 0}.get(modifier, 0)  # fmt: skip
        if period in {"week", "weekend"}:
            d = ref + timedelta(weeks=shift)
            suffix = "-WE" if period == "weekend" else ""
            return Timex("DATE", iso_week(d) + suffix, "week")
        if period == "month":
            y, m = shift_months(ref, shift)
            return Timex("DATE", f"{y}-{m:02d}", "month")
        if period == "quarter":
            y, m = shift_months(ref, 3 * shift)
            return Timex("DATE", f"{y}-Q{(m - 1) // 3 + 1}", "quarter")
        if period == "decade":
            return Timex("DATE", str(ref.year // 10 + shift), "decade")
        if period == "century":
            return Timex("DATE", str(ref.year // 100 + shift), "century")
        return Timex("DATE", str(ref.year + shift), "year")

    def _offset(self, n: int, unit: str, ref: date | None = None) -> Timex | None:
        """The period ``n`` units from ``ref``; None when it falls outside the calendar
        (years 1-9999): a story's "20,000 years ago" has no date, and must not crash."""
        ref = ref or self.reference
        assert ref is not None
        try:
            return shifted(n, unit, ref)
        except (OverflowError, ValueError):  # date arithmetic past year 1 or 9999
            return None
