"""Acquire: turn paths (files, folders, '-') into Articles or clear problems.

Every input either becomes an ``Article`` or an ``InputProblem`` naming the
input and the reason; nothing is dropped silently and one bad file never
stops the batch.

Formats are ``Reader``s registered by kind (plain text, HTML, JSON Lines), so
another source (a feed, a list of URLs) is one ``register`` call, not another
branch in a chain of suffix tests.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from frontlines.errors import InputError
from frontlines.ingest.checks import (
    FIELD_LIMITS,
    check_text,
    checked_body,
    checked_field,
    parse_json_object,
    record_date,
)
from frontlines.ingest.decode import check_encoding, decode
from frontlines.ingest.files import (
    Bounded,
    display_name,
    iter_files,
    open_regular,
    read_bounded,
    read_lines,
)
from frontlines.ingest.html import parse_html
from frontlines.ingest.wire import ArticleParts, parse_wire_text, split_dateline
from frontlines.model import Article, InputProblem
from frontlines.vocab.docid import document_id
from frontlines.vocab.document_date import publication_date

__all__ = [
    "READERS",
    "Acquired",
    "IngestLimits",
    "Reader",
    "article_from_record",
    "iter_files",
    "read_articles",
    "reader_for_suffix",
    "register",
    "sniff_reader",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})


@dataclass(frozen=True)
class IngestLimits:
    """Guards against inputs that would exhaust memory or the parser."""

    max_bytes: int = 10 * 1024 * 1024  # one text/HTML file, or one JSON line
    max_chars: int = 1_000_000  # one article body (spaCy's own default ceiling)
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        check_encoding(self.encoding)  # an unknown name fails the run once, not every file


Acquired = Article | InputProblem
#: ``read(origin, data, limits)``: a whole input already in memory (a file, stdin).
ReadBytes = Callable[[str, bytes, IngestLimits], Iterator[Acquired]]
#: ``stream(origin, handle, limits)``: a file read as it goes, with no whole-file size limit.
ReadStream = Callable[[str, BinaryIO, IngestLimits], Iterator[Acquired]]


@dataclass(frozen=True)
class Reader:
    """How one kind of input becomes Articles, and how we recognise that kind.

    ``kind`` is recorded as ``Article.format``. A file is matched by its suffix
    (an unknown suffix is read as text); stdin, which has none, by ``sniff``
    on its decoded text. Readers with ``stream`` read files line by line.
    """

    kind: str
    read: ReadBytes
    suffixes: frozenset[str] = frozenset()
    sniff: Callable[[str], bool] | None = None
    stream: ReadStream | None = None


#: Kind -> reader, in registration order (the order stdin is sniffed in).
READERS: dict[str, Reader] = {}
FALLBACK_KIND = "text"


def register(reader: Reader) -> None:
    """Add (or replace) the reader for ``reader.kind``."""
    READERS[reader.kind] = reader


def reader_for_suffix(suffix: str) -> Reader:
    """The reader for a file name ending in ``suffix`` (any case); text if none claims it."""
    suffix = suffix.lower()
    found = next((r for r in READERS.values() if suffix in r.suffixes), None)
    return found or READERS[FALLBACK_KIND]


def sniff_reader(text: str) -> Reader:
    """The reader for unnamed input whose decoded text is ``text``; text if none claims it."""
    found = next((r for r in READERS.values() if r.sniff is not None and r.sniff(text)), None)
    return found or READERS[FALLBACK_KIND]


def _starts_with(char: str) -> Callable[[str], bool]:
    return partial(_first_char_is, char)


def _first_char_is(char: str, text: str) -> bool:
    return text.lstrip()[:1] == char


def read_articles(
    paths: Iterable[str], limits: IngestLimits | None = None, stdin: BinaryIO | None = None
) -> Iterator[Acquired]:
    """Articles (or problems) from files, folders and '-' (stdin), in order."""
    limits = limits or IngestLimits()
    for item in iter_files(paths):
        if isinstance(item, InputProblem):
            yield item
        elif str(item) == "-":
            stream = stdin or sys.stdin.buffer
            yield from _guarded("<stdin>", _from_stdin("<stdin>", stream, limits))
        else:
            yield from _guarded(display_name(item), _from_path(item, limits))


def _guarded(origin: str, items: Iterator[Acquired]) -> Iterator[Acquired]:
    """``items``, with a failure no check foresaw (a parser's own error) reported against
    this input instead of ending the batch."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - the reason goes into the report
        yield InputProblem(origin, f"could not read: {type(exc).__name__}: {exc}"[:300])


def _from_path(path: Path, limits: IngestLimits) -> Iterator[Acquired]:
    origin = display_name(path)
    reader = reader_for_suffix(path.suffix)
    try:
        with open_regular(path) as handle:
            if reader.stream is not None:
                yield from reader.stream(origin, handle, limits)
                return
            data = read_bounded(handle, limits.max_bytes, os.fstat(handle.fileno()).st_size)
    except InputError as exc:
        yield InputProblem(origin, str(exc))
        return
    except OSError as exc:
        yield InputProblem(origin, f"cannot read: {(exc.strerror or str(exc)).lower()}")
        return
    yield from reader.read(origin, data, limits)


def _from_stdin(origin: str, stream: BinaryIO, limits: IngestLimits) -> Iterator[Acquired]:
    """Input with no name to go by: sniff its kind from its start; JSON Lines is read
    line by line, anything else whole, and never more than the byte limit."""
    peek = getattr(stream, "peek", None)
    head = peek(4096)[:4096] if peek is not None else b""
    if head and sniff_reader(head.decode("utf-8", "replace").lstrip("\ufeff")).stream:
        yield from _stream_jsonl(origin, stream, limits)
        return
    try:
        data = read_bounded(stream, limits.max_bytes)
    except InputError as exc:
        yield InputProblem(origin, str(exc))
        return
    text = _checked_text(origin, data, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    yield from sniff_reader(text).read(origin, data, limits)


def _checked_text(origin: str, data: bytes, limits: IngestLimits) -> str | InputProblem:
    """A whole input's text, or why it has none: too large, empty, binary, undecodable."""
    if len(data) > limits.max_bytes:
        return InputProblem(origin, str(Bounded(len(data), limits.max_bytes, whole=True)))
    if not data.strip():
        return InputProblem(origin, "empty file")
    try:
        return decode(data, limits.encoding)
    except InputError as exc:
        return InputProblem(origin, str(exc))


def _read_document(
    kind: str, parse: Callable[[str], ArticleParts], origin: str, data: bytes, limits: IngestLimits
) -> Iterator[Acquired]:
    """Formats that hold one article per input (plain text, HTML): parse, keep the body."""
    text = _checked_text(origin, data, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    try:
        parts = parse(text)
    except InputError as exc:  # a page too deep or too big to parse
        yield InputProblem(origin, str(exc))
        return
    yield _article(
        origin,
        kind,
        parts.body,
        limits,
        title=parts.title,
        published=parts.published,
        source=parts.source,
        dateline=parts.dateline,
        summary=parts.summary,
        url=parts.url,
    )


def _read_jsonl(origin: str, data: bytes, limits: IngestLimits) -> Iterator[Acquired]:
    return _stream_jsonl(origin, io.BytesIO(data), limits)


def _stream_jsonl(origin: str, handle: BinaryIO, limits: IngestLimits) -> Iterator[Acquired]:
    """One article per JSON line, read as it goes (a line over the byte limit is skipped
    unread); a bad line fails alone as ``origin:line``."""
    seen_any = False
    for lineno, raw in enumerate(read_lines(handle, limits.max_bytes), start=1):
        where = f"{origin}:{lineno}"
        if isinstance(raw, Bounded):
            seen_any = True
            yield InputProblem(where, str(raw))
            continue
        if lineno == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        seen_any = True
        try:
            record = parse_json_object(decode(raw, limits.encoding))
        except InputError as exc:
            yield InputProblem(where, str(exc))
            continue
        yield article_from_record(where, record, limits)
    if not seen_any:
        yield InputProblem(origin, "empty file")


def article_from_record(
    origin: str, record: Mapping[str, object], limits: IngestLimits | None = None
) -> Acquired:
    """An article from a JSON object (``text`` required; ``title``, ``published``,
    ``source``, ``url`` optional): one JSON line, or one upload to the HTTP API."""
    limits = limits or IngestLimits()
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputProblem(origin, "missing or empty 'text' field")
    try:
        fields = {name: checked_field(record, name) for name in FIELD_LIMITS}
        published = record_date(record.get("published"))
        check_text("text", body)
    except InputError as exc:
        return InputProblem(origin, str(exc))
    dateline, agency, body = split_dateline(body.strip())
    return _article(
        origin,
        "jsonl",
        body,
        limits,
        title=fields["title"],
        published=published,
        source=fields["source"] or agency,
        dateline=dateline,
        url=fields["url"],
    )


def _article(
    origin: str, fmt: str, body: str, limits: IngestLimits, **meta: str | None
) -> Acquired:
    try:
        body = checked_body(body, limits.max_chars)
    except InputError as exc:
        return InputProblem(origin, str(exc))
    received = today()
    if not meta.get("published"):  # no date given: the URL or the header often has it
        found = publication_date(body, url=meta.get("url"), received=received,
                                 title=meta.get("title"))  # fmt: skip
        meta["published"] = found.value if found else None  # the body's own dates and
    return Article(  # the receiving day are read later by the same rules (document_date)
        id=document_id(body), text=body, origin=origin, format=fmt, received=received, **meta
    )


def today() -> str:
    """The acquisition day (UTC), ISO: a seam tests may replace."""
    return datetime.now(UTC).date().isoformat()


# The readers we have. A new kind (a feed, a URL list) registers itself the same way.
register(Reader("text", partial(_read_document, "text", parse_wire_text), TEXT_SUFFIXES))
register(
    Reader("html", partial(_read_document, "html", parse_html), HTML_SUFFIXES, _starts_with("<"))
)
register(Reader("jsonl", _read_jsonl, JSONL_SUFFIXES, _starts_with("{"), stream=_stream_jsonl))
