"""The anchor a relative time expression is read from ("a year earlier", "two days
before"): the last calendar point the text named. A clause told in the past does not count
back from a point still to come; it counts from the last point not after the reference
date, in its own paragraph (or the two before, when it opens its paragraph), or from
none. Kept apart from ``times.py``, which reads the expressions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Span

from frontlines.nlp.extensions import doc_text
from frontlines.resolve.time.normalise import Timex
from frontlines.vocab.dates import WEEKDAYS
from frontlines.vocab.timespan import DAY_VALUE

__all__ = ["after_reference", "anchors", "past_anchor", "pinned_near", "settles"]


def anchors(span: Span, timex: Timex | None) -> bool:
    """A calendar point the text names becomes the anchor for 'a year earlier', 'that
    quarter'; one worked out from the anchor itself ('a year ago') does not."""
    if timex is None:
        return False
    explicit_year = timex.precision == "year" and any(t.shape_ == "dddd" for t in span)
    if timex.precision not in {"quarter", "day", "month"} and not explicit_year:
        return False
    text = span.text.lower()
    return not any(w in text for w in ("ago", "earlier", "year-ago", "previous", "following"))


def after_reference(timex: Timex | None, reference: date | None) -> bool:
    """A calendar point later than the reference date (the referendum "set for next
    Sunday" in a story of the Thursday before): what a clause told in the past cannot be
    counted from."""
    if timex is None or reference is None or not _CALENDAR.match(timex.value):
        return False  # a quarter, week or season ("1998-Q3") is not compared
    return timex.value > reference.isoformat()[: len(timex.value)]


#: A year, month or day written as the reference date is ("1998", "1998-03", "1998-03-02").
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")


def settles(span: Span, timex: Timex, reference: date | None) -> tuple[Timex, int] | None:
    """An anchor a clause told in the past may count from, with where it ends: one not
    after the reference date, or a day the text dates with its year ("May 4, 2019"),
    which is a firm point whatever the reference date; "next Sunday" is one still to come."""
    written = any(t.shape_ == "dddd" for t in span)
    if written or not after_reference(timex, reference):
        return timex, span.end_char
    return None


#: Paragraphs back an expression opening its paragraph may reach for the last point not
#: to come: "On Tuesday, ... || ... next Tuesday's vote. || A day earlier, ..." counts
#: from Tuesday, the narrative's last past day, past a paragraph naming only a day ahead.
PARAGRAPHS_BACK = 2


def past_anchor(settled: tuple[Timex, int] | None, whole: Span) -> Timex | None:
    """The settled anchor when it is in the expression's paragraph, or, for an
    expression that opens its paragraph (so the point to come was named in another), in
    one of the ``PARAGRAPHS_BACK`` before it; else None."""
    if settled is None:
        return None
    timex, end = settled
    between = doc_text(whole.doc)[end : whole.start_char]
    if "\n" not in between:
        return timex
    opens = not between[between.rindex("\n") :].strip()
    breaks = re.findall(r"\n(?:[ \t\r]*\n)*", between)  # "\r\n\r\n", "\n \n": one break
    return timex if opens and len(breaks) <= PARAGRAPHS_BACK else None


def pinned_near(spans: Sequence[Span], normalise: Callable[[str], Timex | None],
                weekdays: set[str], months: set[str]) -> date | None:  # fmt: skip
    """The first day a story with no date of its own names with its weekday and no year
    ("Monday 19 December"): the weekday fixes the year (``vocab.dates.weekday_year``), so
    the story was written near that day, and the other days it names without a year
    ("23 December") are nearest it, not the collection's date; None when it names none. A
    day whose weekday fits no year near ("Tuesday 19 December" in 2014-2016) fixes none
    and pins nothing."""
    for span in spans:
        words = [t.lower_.rstrip(".") for t in span]
        if not words or words[0] not in weekdays or not any(w in months for w in words):
            continue
        if any(t.shape_ == "dddd" for t in span):
            continue  # a year written out: nothing to pin
        timex = normalise(span.text)
        if timex is None or timex.type != "DATE" or not DAY_VALUE.fullmatch(timex.value):
            continue
        try:
            day = date.fromisoformat(timex.value)
        except ValueError:
            continue
        if words[0] in WEEKDAYS and day.weekday() == WEEKDAYS.index(words[0]):
            return day
    return None

