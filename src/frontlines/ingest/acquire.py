"""Acquire: turn paths (files, folders, '-') into Articles or clear problems.

Every input either becomes an ``Article`` or an ``InputProblem`` naming the
input and the reason; nothing is dropped silently and one bad file never
stops the batch.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from frontlines.ingest.html import parse_html
from frontlines.ingest.wire import parse_wire_text, split_dateline
from frontlines.model import Article, InputProblem
from frontlines.vocab.dates import parse_date
from frontlines.vocab.docid import document_id

__all__ = [
    "Acquired",
    "HTML_SUFFIXES",
    "IngestLimits",
    "JSONL_SUFFIXES",
    "MAGIC",
    "TEXT_SUFFIXES",
    "iter_files",
    "read_articles",
]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP/Office", b"\x89PNG": "PNG", b"GIF8": "GIF",
         b"\xff\xd8\xff": "JPEG", b"\x1f\x8b": "gzip"}  # fmt: skip


@dataclass(frozen=True)
class IngestLimits:
    """Guards against inputs that would exhaust memory or the parser."""

    max_bytes: int = 10 * 1024 * 1024  # one text/HTML file, or one JSON line
    max_chars: int = 1_000_000  # one article body (spaCy's own default ceiling)
    encoding: str = "utf-8"


Acquired = Article | InputProblem


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
    limits = limits or IngestLimits()
    for item in iter_files(paths):
        if isinstance(item, InputProblem):
            yield item
        elif str(item) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes("<stdin>", stream.read(), None, limits)
        else:
            yield from _from_path(item, limits)


def _from_path(path: Path, limits: IngestLimits) -> Iterator[Acquired]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _from_jsonl(origin, handle, limits)
            return
        size = path.stat().st_size
        if size > limits.max_bytes:
            yield InputProblem(origin, _too_large(size, limits))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(origin, f"cannot read: {exc.strerror or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "text"
    yield from _from_bytes(origin, data, kind, limits)


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


def _from_bytes(
    origin: str, data: bytes, kind: str | None, limits: IngestLimits
) -> Iterator[Acquired]:
    if len(data) > limits.max_bytes:
        yield InputProblem(origin, _too_large(len(data), limits))
        return
    if not data.strip():
        yield InputProblem(origin, "empty file")
        return
    text = _decode(origin, data, limits)
    if isinstance(text, InputProblem):
        yield text
        return
    if kind is None:  # stdin: sniff the format
        first = text.lstrip()[:1]
        if first == "{":
            yield from _from_jsonl(origin, data.splitlines(keepends=True), limits)
            return
        kind = "html" if first == "<" else "text"
    parts = parse_html(text) if kind == "html" else parse_wire_text(text)
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


def _from_jsonl(origin: str, lines: Iterable[bytes], limits: IngestLimits) -> Iterator[Acquired]:
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
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputProblem(where, "missing or empty 'text' field")
            continue
        dateline, agency, body = split_dateline(body.strip())
        published = record.get("published")
        yield _article(
            where,
            "jsonl",
            body,
            limits,
            title=_opt_str(record.get("title")),
            published=parse_date(published) if isinstance(published, str) else None,
            source=_opt_str(record.get("source")) or agency,
            dateline=dateline,
            url=_opt_str(record.get("url")),
        )
    if not seen_any:
        yield InputProblem(origin, "empty file")


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
    return Article(id=document_id(body), text=body, origin=origin, format=fmt, **meta)
