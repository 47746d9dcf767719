"""Acquire: turn paths (files, folders, '-') into Articles or clear problems.

Every input either becomes an ``Article`` or an ``InputProblem`` naming the
input and the reason; nothing is dropped silently and one bad file never
stops the batch.

Formats are ``Reader``s registered by kind (plain text, HTML, JSON Lines), so
another source (a feed, a list of URLs) is one ``register`` call, not another
branch in a chain of suffix tests.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from frontlines.ingest.html import parse_html
from frontlines.ingest.wire import ArticleParts, parse_wire_text, split_dateline
from frontlines.model import Article, InputProblem
from frontlines.vocab.dates import date_in_url, parse_date
from frontlines.vocab.docid import document_id

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
MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF",
         b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip"}  # fmt: skip


@dataclass(frozen=True)
class IngestLimits:
    """Guards against inputs that would exhaust memory or the parser."""

    max_bytes: int = 10 * 1024 * 1024  # one text/HTML file, or one JSON line
    max_chars: int = 1_000_000  # one article body (spaCy's own default ceiling)
    encoding: str = "utf-8"


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


def iter_files(paths: Iterable[str]) -> Iterator[Path | InputProblem]:
    """Expand folders recursively (sorted, hidden files skipped)."""
    for given in paths:
        if given == "-":
            yield Path("-")
            continue
        path = Path(given)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.exists():
            yield path
        else:
            yield InputProblem(str(path), "cannot read: no such file or directory")


def read_articles(
    paths: Iterable[str], limits: IngestLimits | None = None, stdin: BinaryIO | None = None
) -> Iterator[Acquired]:
    """Articles (or problems) from files, folders and '-' (stdin), in order."""
    limits = limits or IngestLimits()
    for item in iter_files(paths):
        if isinstance(item, InputProblem):
            yield item
        elif str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_stdin("<stdin>", stream.read(), limits)
        else:
            yield from _from_path(item, limits)


def _from_path(path: Path, limits: IngestLimits) -> Iterator[Acquired]:
    origin = str(path)
    reader = reader_for_suffix(path.suffix)
    try:
        if reader.stream is not None:
            with path.open("rb") as handle:
                yield from reader.stream(origin, handle, limits)
            return
        size = path.stat().st_size
        if size > limits.max_bytes:
            yield InputProblem(origin, _too_large(size, limits))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from reader.read(origin, data, limits)


def _from_stdin(origin: str, data: bytes, limits: IngestLimits) -> Iterator[Acquired]:
    """Input with no name to go by: check it as a whole, then sniff its kind."""
    text = _checked_text(origin, data, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    yield from sniff_reader(text).read(origin, data, limits)


def _too_large(size: int, limits: IngestLimits) -> str:
    mib = 1024 * 1024
    return (
        f"too large: {size / mib:.1f} MiB exceeds the {limits.max_bytes / mib:.0f} MiB limit"
        " (--max-bytes)"
    )


def _decode(origin: str, data: bytes, limits: IngestLimits) -> str | InputProblem:
    head = data[:8192]
    for magic, name in MAGIC.items():
        if head.startswith(magic):
            return InputProblem(origin, f"binary file ({name}), not text")
    if b"\x00" in head:
        return InputProblem(origin, "binary file (contains NUL bytes), not text")
    try:
        return data.decode(limits.encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        return InputProblem(
            origin,
            f"not valid {limits.encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "re-encode the file as UTF-8 or pass --encoding",
        )
    except LookupError:
        return InputProblem(origin, f"unknown encoding {limits.encoding!r}")


def _checked_text(origin: str, data: bytes, limits: IngestLimits) -> str | InputProblem:
    """A whole input's text, or why it has none: too large, empty, binary, undecodable."""
    if len(data) > limits.max_bytes:
        return InputProblem(origin, _too_large(len(data), limits))
    if not data.strip():
        return InputProblem(origin, "empty file")
    return _decode(origin, data, limits)


def _read_document(
    kind: str, parse: Callable[[str], ArticleParts], origin: str, data: bytes, limits: IngestLimits
) -> Iterator[Acquired]:
    """Formats that hold one article per input (plain text, HTML): parse, keep the body."""
    text = _checked_text(origin, data, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    parts = parse(text)
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
    return _stream_jsonl(origin, data.splitlines(keepends=True), limits)


def _stream_jsonl(origin: str, lines: Iterable[bytes], limits: IngestLimits) -> Iterator[Acquired]:
    """One article per JSON line, read as it goes; a bad line fails alone as ``origin:line``."""
    seen_any = False
    for lineno, raw in enumerate(lines, start=1):
        where = f"{origin}:{lineno}"
        if not raw.strip():
            continue
        seen_any = True
        if len(raw) > limits.max_bytes:
            yield InputProblem(where, _too_large(len(raw), limits))
            continue
        text = _decode(where, raw, limits)
        if isinstance(text, InputProblem):
            yield text
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputProblem(where, "expected a JSON object per line")
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
    dateline, agency, body = split_dateline(body.strip())
    published = record.get("published")
    return _article(
        origin,
        "jsonl",
        body,
        limits,
        title=_opt_str(record.get("title")),
        published=parse_date(published) if isinstance(published, str) else None,
        source=_opt_str(record.get("source")) or agency,
        dateline=dateline,
        url=_opt_str(record.get("url")),
    )


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _article(
    origin: str, fmt: str, body: str, limits: IngestLimits, **meta: str | None
) -> Acquired:
    body = body.strip()
    if not body:
        return InputProblem(origin, "no article text found")
    if len(body) > limits.max_chars:
        return InputProblem(
            origin,
            f"too long: {len(body):,} characters exceeds the {limits.max_chars:,} character limit",
        )
    if not meta.get("published"):  # no date given: the URL often carries the day
        meta["published"] = date_in_url(meta.get("url"))
    return Article(id=document_id(body), text=body, origin=origin, format=fmt, **meta)


# The readers we have. A new kind (a feed, a URL list) registers itself the same way.
register(Reader("text", partial(_read_document, "text", parse_wire_text), TEXT_SUFFIXES))
register(
    Reader("html", partial(_read_document, "html", parse_html), HTML_SUFFIXES, _starts_with("<"))
)
register(Reader("jsonl", _read_jsonl, JSONL_SUFFIXES, _starts_with("{"), stream=_stream_jsonl))
