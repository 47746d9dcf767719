"""Documents ingested together from one collection share a reference date.

A folder of press releases saved without their dates, or a JSON Lines file whose
records carry none, gives each document nothing to resolve "On Jan. 8" or a title's
"January 9:" against. Read together, the collection does: the latest full date its
dated documents' publication days and its undated ones' own dates state
(``frontlines.vocab.collection_date.CollectionDates``), or the one the user gives. A
collection is one JSON Lines file (its records), or the folder a plain file lies in, or
standard input. The undated documents of a file or folder wait until it is read to the
end (or ``LIMIT`` of them, or ``LIMIT_CHARS`` of their text, are waiting), then go on
with the reference, after its dated ones; standard input is never held back (a pipe may
be a live feed), so its documents go on at once with the reference read so far.

The evaluation reads its gold stories through ``with_collection_reference`` too
(``frontlines.lab.news_gold``): one grouping, the one a user gets.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from frontlines.model import Article, InputProblem
from frontlines.vocab.collection_date import CollectionDates

__all__ = ["LIMIT", "LIMIT_CHARS", "collection_of", "with_collection_reference"]

#: Undated documents held back at most while their collection is read: beyond that many
#: they go on with the reference read so far (memory stays bounded on a huge folder).
LIMIT = 2000
#: Characters of undated text held back at most (64 MB of a few huge files as well).
LIMIT_CHARS = 64_000_000


def collection_of(article: Article) -> str:
    """The collection an article came in: its JSON Lines file ("path:line" for one
    record), the folder of any other file, or the origin itself when it names no file
    (standard input, an upload: "<stdin>")."""
    origin = article.origin
    if article.format == "jsonl":
        head, _, line = origin.rpartition(":")
        return head if line.isdigit() and head else origin
    if not origin or origin.startswith("<"):
        return origin
    return os.path.dirname(origin)


def with_collection_reference(
    items: Iterable[Article | InputProblem], given: str | None = None, limit: int = LIMIT,
    limit_chars: int = LIMIT_CHARS,
) -> Iterator[Article | InputProblem]:
    """``items`` with every article that has no publication date carrying its
    collection's reference date (``Article.reference``): ``given`` when the user passed
    one, else the one its collection's dates give (``CollectionDates``). Problems and
    dated articles pass at once; undated ones wait for the end of their collection
    (standard input's never wait), in the order they came."""
    if given:
        for item in items:
            if isinstance(item, Article) and not item.published:
                yield replace(item, reference=given)
            else:
                yield item
        return
    key: str | None = None
    waiting: list[Article] = []
    chars = 0
    dates = CollectionDates()
    for item in items:
        if isinstance(item, Article) and collection_of(item) != key:
            yield from _flush(waiting, dates.reference)
            waiting, chars, dates, key = [], 0, CollectionDates(), collection_of(item)
        if not isinstance(item, Article):
            yield item
            continue
        dates.add(item.text, item.title, item.published, item.received, item.url)
        if item.published:
            yield item
            continue
        waiting.append(item)
        chars += len(item.text)
        if len(waiting) >= limit or chars >= limit_chars or (key or "").startswith("<"):
            yield from _flush(waiting, dates.reference)
            waiting, chars = [], 0
    yield from _flush(waiting, dates.reference)


def _flush(waiting: list[Article], reference: str | None) -> Iterator[Article]:
    for article in waiting:
        yield replace(article, reference=reference) if reference else article
