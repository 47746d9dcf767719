"""The article and what is read straight off its text: sentences, spans, mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "Article",
    "Extractor",
    "Mention",
    "Sentence",
    "TextSpan",
    "publisher_key",
]


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article after acquisition and metadata recovery, before NLP.

    ``text`` is the body exactly as stored: every character offset anywhere in
    Frontlines points into this string.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    source: str | None = None  # agency, outlet or byline credit
    dateline: str | None = None
    url: str | None = None
    summary: str | None = None  # standfirst / dek, kept out of the body
    origin: str = ""  # where it came from: path, path:line, or "<stdin>"
    format: str = "text"  # text | html | jsonl
    #: The day (ISO) we acquired it: the last resort for dating its events when no
    #: publication date can be found (events then say ``date_source: "ingested"``).
    received: str | None = None
    #: The reference date (ISO day) of the collection it came in with: the latest full
    #: date that collection states, or one the user gave (``frontlines.vocab.
    #: collection_date``). It tells the year of a day named without one ("On Jan. 8",
    #: a title's "January 9:") in a document with no date of its own.
    reference: str | None = None
    #: Its publisher's home area as a GeoNames first-level code ("US.OH"), when ingest
    #: learned one from the publisher's stories already stored (``frontlines.api``): the
    #: place resolver reads its bare names there (a local paper's "Dublin" in Ohio).
    home: str | None = None

    @property
    def publisher(self) -> str | None:
        """Who published it, as one key for all its stories: the host of its URL without
        "www." (a local paper's site, even for the wire copy it carries), else its
        source credit folded to lower case; None when it has neither."""
        return publisher_key(self.source, self.url)


def publisher_key(source: str | None, url: str | None) -> str | None:
    """``Article.publisher`` from the two stored fields it is read from. An address
    written without its scheme ("paper.example/x") still names its host, and one host is
    one key however it is written: no final dot, an international name as its ASCII
    (punycode) form. Stores keep the key (``documents.publisher``): a change here needs a
    migration that keys their documents again (as migration 17 did)."""
    host = _host(url) if url else None
    if host:
        return host.removeprefix("www.")
    credit = " ".join((source or "").split()).casefold()
    return credit or None


#: A host name an address written without its scheme may stand for: dotted labels of
#: letters, digits and hyphens ending in a label with a letter ("paper.example"), so that
#: an id ("story-1234"), a path ("news/2024/a.html") or a drive ("C:\\feeds") is none.
_HOST_NAME = re.compile(r"(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*\.?")


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
        if not host and "://" not in url and not url.startswith("/"):
            bare = urlsplit("//" + url.strip()).hostname  # "www.paper.example/a"
            host = bare if bare and _HOST_NAME.fullmatch(bare) else None
    except ValueError:  # a malformed address names no publisher
        return None
    host = (host or "").rstrip(".")
    try:
        return host.encode("idna").decode("ascii") if host else None
    except UnicodeError:  # a label idna cannot encode: the name as written
        return host


@dataclass(frozen=True)
class Extractor:
    """Name and version of whatever produced an extracted item."""

    name: str
    version: str

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A named-entity or actor mention with full provenance."""

    start: int
    end: int
    text: str
    label: str
    sentence_index: int
    extractor: Extractor
    actor: str | None = None  # canonical actor id from the actor dictionary


@dataclass(frozen=True)
class TextSpan:
    """A stretch of the document text: offsets into ``Article.text``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}
