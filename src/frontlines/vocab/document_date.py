"""The day a document speaks from, decided in one place for ingest and for reading.

A story's own dates ("on Sunday", "Jan. 8", "yesterday") and its undated events need
the day it was written. Publication metadata gives it; many real documents have none
(press releases saved as text, encyclopaedia pages, corpora that dropped it), and
their events were left undated, so maps and timelines dropped them without a word.
``document_date`` looks, in this order, for:

1. ``metadata``: the publication date the source gave;
2. ``url``: a day in the story's address ("/2019/03/14/");
3. ``header``: a full date the body opens with ("March 14, 2019 - ...") or that its
   dateline carries ("BAGHDAD, Jan. 8, 2017 (Reuters) - ...");
   (the title counts as such a line: "March 14, 2019: Strikes continue");
4. ``title``: a day the title opens with but gives no year of ("January 9: ..."), in
   the year nearest the reference date of the collection the document came in with
   (``frontlines.vocab.collection_date``);
5. ``text``: the latest full date (day, month and year) the text states, when no later
   part of the text names a later month or year (then the story was written after it,
   and nobody can tell when);
6. ``collection``: the collection's reference date itself, which resolves a day named
   without a year ("On Jan. 8") but not "on Thursday", and dates nothing on its own;
7. ``ingested``: the day we received it, the last resort, which a reader must not
   take for the day of writing.

No date is later than the day we received the document (a full date ahead of it is a
plan, not the day of writing). Only complete dates count: "Jan. 8" alone cannot date a
document, because its year is what is missing.

A URL often carries only the month ("/2015/08/246059.htm"): no day to resolve "on
Monday" against, but the month the story was published in. ``document_month`` gives it,
so a story with no other date dates its events to that month (month precision), not to
no date at all and not to a made-up day; the latest full date the text states (4) counts
then only inside that month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

from frontlines.vocab.dates import DATE_PATTERNS, MONTHS, date_in_url, leading_date, title_day

__all__ = [
    "DocumentDate",
    "DocumentDateSource",
    "HEADER_CHARS",
    "document_date",
    "document_month",
    "publication_date",
    "stated_dates",
]

DocumentDateSource = Literal["metadata", "url", "header", "title", "text", "collection",
                             "ingested"]
#: How far into the body a dateline's date may stand ("MOSUL, Iraq, Jan. 8, 2017 -").
HEADER_CHARS = 80


@dataclass(frozen=True)
class DocumentDate:
    """A document's day (ISO ``YYYY-MM-DD``) and where it was found."""

    value: str
    source: DocumentDateSource

    def __post_init__(self) -> None:
        if self.source not in get_args(DocumentDateSource):
            raise ValueError(f"unknown document date source {self.source!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", self.value):
            raise ValueError(f"a document date is a day (YYYY-MM-DD), not {self.value!r}")

    @property
    def published(self) -> bool:
        """Whether it is the publication day (metadata, URL or header), not a guess: a
        title's day is a stand-in whose year came from the collection (events it dates
        say ``date_source: "title"``), not a publication date."""
        return self.source in {"metadata", "url", "header"}


def document_date(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    received: str | None = None,
    title: str | None = None,
    reference: str | None = None,
) -> DocumentDate | None:
    """The day ``text`` speaks from (see the module docstring for the order), or None
    when nothing gives one and the receiving day is unknown. ``reference`` is the
    reference date of the collection the document came in with, if any."""
    found = publication_date(text, published=published, url=url, received=received,
                             title=title, reference=reference)  # fmt: skip
    if found is not None:
        return found
    latest = _latest_stated(text, received)
    month = document_month(url, received)
    if latest is not None and (month is None or latest[:7] == month):
        return DocumentDate(latest, "text")  # a day the address's month does not hold
    # is of something the story tells, not its day: the month alone dates it then
    if reference and month is None and _not_after(reference, received):
        return DocumentDate(reference[:10], "collection")
    return DocumentDate(received, "ingested") if received else None


def publication_date(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    received: str | None = None,
    title: str | None = None,
    reference: str | None = None,
) -> DocumentDate | None:
    """The publication day only (metadata, URL, title or header): what ingest stores as
    the document's ``published``; a date read from the body is not one. A title's day
    without a year takes its year from the collection's ``reference`` (``title``)."""
    if published:
        return DocumentDate(published[:10], "metadata")
    from_url = date_in_url(url)
    if from_url and _not_after(from_url, received):
        return DocumentDate(from_url, "url")
    for line in (title or "", text):
        header = _header_date(line)
        if header and _not_after(header, received):
            return DocumentDate(header, "header")
    day = title_day(title, reference, received)
    if day:
        return DocumentDate(day, "title")
    return None


#: A year and month as path segments of an address ("/2015/08/246059.htm"), the way
#: many sites file their pages; a day after them is ``date_in_url``'s.
_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])(?=/|$)")


def document_month(url: str | None, received: str | None = None) -> str | None:
    """The publication month (``YYYY-MM``) a document's address files it under, when
    it gives no day: the month of its events told without a date of their own."""
    found = _URL_MONTH.search(url.split("?", 1)[0]) if url else None
    if found is None:
        return None
    month = f"{found.group(1)}-{found.group(2)}"
    return month if received is None or month <= received[:7] else None


def _not_after(day: str, received: str | None) -> bool:
    return received is None or day <= received[:10]


#: A dateline's place before its date: "BAGHDAD, ", "MOSUL, Iraq, ", "Washington -- ".
_DATELINE_PLACE = re.compile(
    r"^[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?\s*[,\-\u2013\u2014]+\s*")


def _header_date(text: str) -> str | None:
    """A full date the body opens with, or that its dateline carries after the place."""
    first = text.lstrip().split("\n", 1)[0][:HEADER_CHARS]
    found = leading_date(first)
    if found:
        return found[0]
    place = _DATELINE_PLACE.match(first)
    if place:
        found = leading_date(first[place.end() :])
        if found and _ends_dateline(found[1]):
            return found[0]
    return None


def _ends_dateline(rest: str) -> bool:
    """What follows a dateline's date: an agency and a dash, or a dash ("(AP) -")."""
    return re.match(r"^(?:\([^)]{1,30}\)\s*)?[\-\u2013\u2014:]", rest.strip()) is not None


def stated_dates(text: str) -> list[tuple[int, str]]:
    """Every full date the text states, as ``(offset, ISO day)``, in text order."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            leading = leading_date(m.group())
            if leading is not None:
                taken.append((m.start(), m.end()))
                found.append((m.start(), leading[0]))
    return sorted(found)


#: A month and year, or a year after a preposition, that a story places something in
#: ("in March 2016", "since 2016", "by late 2016"): a numbered resolution is no year.
_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)\b", re.I)  # fmt: skip
_YEAR_AFTER = re.compile(
    r"\b(?:in|since|by|during|until|through|throughout|of|early|late|mid-?|end of)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:resolution|-\d))", re.I)  # fmt: skip


def _later_period(text: str, after: int, day: str, received: str | None) -> bool:
    """Whether the text after ``after`` names a month or year later than ``day``'s (and
    not after ``received``): then ``day`` is not when the story was written."""
    rest = text[after:]
    limit = received[:7] if received else None
    for m in _MONTH_YEAR.finditer(rest):
        month = f"{m.group('year')}-{MONTHS[m.group('month').lower()]:02d}"
        if month > day[:7] and (limit is None or month <= limit):
            return True
    for m in _YEAR_AFTER.finditer(rest):
        year = m.group("year")
        if year > day[:4] and (limit is None or year <= limit[:4]):
            return True
    return False


def _latest_stated(text: str, received: str | None) -> str | None:
    """The latest full date the text states, unless a later part names a later time."""
    dates = [(at, day) for at, day in stated_dates(text) if _not_after(day, received)]
    if not dates:
        return None
    at, day = max(dates, key=lambda d: (d[1], -d[0]))
    return None if _later_period(text, at, day, received) else day
