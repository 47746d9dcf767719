"""A collection's reference date: when documents that give no date of their own were written.

Press releases saved one per file, a site's pages scraped together, a corpus that dropped
its dates: many documents have no publication date, no dated address and no full date in
their text, yet say "On Jan. 8, forces struck ..." or open their title with "January 9:".
Alone, such a document cannot tell which January. Documents ingested together from one
collection (one folder, one JSON Lines file) were mostly written around one time, so the
latest full date (day, month and year) the collection states, in its dated documents'
publication days or in any of its texts, is a fair reference (``collection_reference``),
and a user who knows better (the day the collection was downloaded) passes one instead.

The reference is a sample of when the collection was written, not a bound: the latest
full date a handful of releases state may well be weeks before the newest of them (a
collection whose only full date is a November day also holds January releases). So a
day named without a year takes the year, among the reference's, the one before and the
one after, that puts it nearest the reference (``nearest_day``). Everything dated this
way says so (``DocumentDate.source`` "title" or "collection"; events ``date_source``
"collection" when they take the reference itself), so a reader can tell it from a
publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from frontlines.vocab.dates import MONTHS

__all__ = ["collection_reference", "nearest_day", "title_day"]


def collection_reference(
    documents: Iterable[tuple[str, str | None, str | None, str | None]],
) -> str | None:
    """The latest full date the collection gives: each document as ``(text, title,
    published, received)``; a dated document counts by its publication day, an undated
    one by the full dates its title and text state; a date after the day a document was
    received is a plan, not a time it was written in, and does not count."""
    from frontlines.vocab.document_date import stated_dates  # one module reads dates

    latest: str | None = None
    for text, title, published, received in documents:
        days = [published[:10]] if published else [
            day for _, day in stated_dates(f"{title or ''}\n{text}")]  # fmt: skip
        for day in days:
            if (received is None or day <= received[:10]) and (latest is None or day > latest):
                latest = day
    return latest


def nearest_day(month: int, day: int, reference: str) -> str | None:
    """The ISO day ``month``/``day`` names in the year, of the reference's and the two
    around it, that puts it nearest ``reference`` (None for a day no such year has)."""
    ref = date.fromisoformat(reference[:10])
    found: list[date] = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue  # the 29th of February in a year without one
    if not found:
        return None
    return min(found, key=lambda d: abs((d - ref).days)).isoformat()


#: A title that opens with a month and day and no year, then a colon or dash ("March 3:
#: Strikes hit ..."): the way a daily series of releases names its day.
_TITLE_DAY = re.compile(
    r"^\s*(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+"
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*[:\u2013\u2014-]\s", re.I)  # fmt: skip


def title_day(title: str | None, reference: str | None) -> str | None:
    """The day a title opens with ("March 3: ..."), its year the one nearest the
    collection's ``reference``; None without either."""
    found = _TITLE_DAY.match(title or "")
    if found is None or not reference:
        return None
    return nearest_day(MONTHS[found.group("month").lower()], int(found.group("day")), reference)
