"""Documents ingested together from one collection share a reference date.

A folder of press releases saved without their dates, or a JSON Lines file whose
records carry none, gives each document nothing to resolve "On Jan. 8" or a title's
"January 9:" against. Read together, the collection does: the latest full date its
dated documents' publication days and all its texts state
(``frontlines.vocab.collection_date``), or the one the user gives. A collection is the
folder an input file lies in (the file's own folder for a JSON Lines file), or standard
input; the undated documents of one wait until it is read to the end (or ``LIMIT`` of
them are waiting), then go on with the reference, after its dated ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace

from frontlines.model import Article, InputProblem
from frontlines.vocab.collection_date import collection_reference

__all__ = ["LIMIT", "collection_of", "with_collection_reference"]

#: Undated documents held back at most while their collection is read: beyond that many
#: they go on with the reference read so far (memory stays bounded on a huge folder).
LIMIT = 2000


def collection_of(article: Article) -> str:
    """The collection an article came in: the folder of its file ("path:line" for one
    JSON line), or the origin itself when it names no file (standard input, an upload)."""
    origin = article.origin
    if article.format == "jsonl":
        head, _, line = origin.rpartition(":")
        origin = head if line.isdigit() and head else origin
    if not origin or origin.startswith("<"):
        return origin
    return os.path.dirname(origin)


def with_collection_reference(
    items: Iterable[Article | InputProblem], given: str | None = None, limit: int = LIMIT
) -> Iterator[Article | InputProblem]:
    """``items`` with every article that has no publication date carrying its
    collection's reference date (``Article.reference``): ``given`` when the user passed
    one, else the latest full date the collection states. Problems and dated articles
    pass at once; undated ones wait for the end of their collection."""
    if given:
        for item in items:
            if isinstance(item, Article) and not item.published:
                yield replace(item, reference=given)
            else:
                yield item
        return
    key: str | None = None
    waiting: list[Article] = []
    latest: str | None = None  # the collection's reference so far
    for item in items:
        if isinstance(item, Article) and collection_of(item) != key:
            yield from _flush(waiting, latest)
            waiting, latest, key = [], None, collection_of(item)
        if not isinstance(item, Article):
            yield item
            continue
        found = collection_reference([(item.text, item.title, item.published, item.received)])
        latest = max(latest or "", found or "") or None
        if item.published:
            yield item
            continue
        waiting.append(item)
        if len(waiting) >= limit:
            yield from _flush(waiting, latest)
            waiting = []
    yield from _flush(waiting, latest)


def _flush(waiting: list[Article], reference: str | None) -> Iterator[Article]:
    for article in waiting:
        yield replace(article, reference=reference) if reference else article
