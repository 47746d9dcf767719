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
one after, that puts it nearest the reference without passing the day the document came
in (``nearest_day``: a past event is not dated after its own report). Everything dated this
way says so (``DocumentDate.source`` "title" or "collection"; events ``date_source``
"collection" when they take the reference itself), so a reader can tell it from a
publication date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from frontlines.vocab.dates import nearest_day, title_day, valid_day
from frontlines.vocab.document_date import document_date

__all__ = [
    "CollectionDates", "collection_reference", "nearest_day", "title_day", "valid_day",
]  # fmt: skip


@dataclass
class CollectionDates:
    """The dates a collection gives so far, read one document at a time (ingest reads a
    folder as a stream): ``reference`` is its reference date once it has one.

    A dated document counts by its publication day; an undated one only by the day
    ``document_date`` would date it by (its header's, or the latest full date its text
    states when no later month or year follows it: a story retelling 1994 and naming a
    later month is no sample of 1994). One undated document alone is no collection: its
    own dates are a story's, not a sample of when the collection was written, so there
    is a reference only once a dated document or a second document is read."""

    latest: str | None = None
    documents: int = 0
    dated: bool = False

    def add(self, text: str, title: str | None, published: str | None,
            received: str | None, url: str | None = None) -> None:  # fmt: skip
        """Count one document: ``published`` its own publication day, if any (else its
        address's or header's day, also a publication day); ``received`` the day it came
        in (a date after it is a plan, not counted)."""
        self.documents += 1
        day = valid_day(published)
        if day is None:
            found = document_date(text, url=url, title=title, received=received)
            day = valid_day(found.value) if found and found.source in _COUNTED else None
            self.dated = self.dated or (found is not None and found.source in _PUBLISHED)
        else:
            self.dated = True
        bound = valid_day(received)
        if day and (bound is None or day <= bound) and (self.latest is None or day > self.latest):
            self.latest = day

    @property
    def reference(self) -> str | None:
        """The latest counted date, once there is more than one undated document."""
        return self.latest if self.dated or self.documents > 1 else None


#: What a document without metadata's date counts by: a date ``document_date`` reads
#: from its address, header or body; the first two are its publication day.
_COUNTED = frozenset({"url", "header", "text"})
_PUBLISHED = frozenset({"url", "header"})


def collection_reference(
    documents: Iterable[tuple[str, str | None, str | None, str | None]],
) -> str | None:
    """The collection's reference date (``CollectionDates``), each document given as
    ``(text, title, published, received)``."""
    found = CollectionDates()
    for text, title, published, received in documents:
        found.add(text, title, published, received)
    return found.reference
