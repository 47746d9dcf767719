"""Readers for the news-level evaluation: whole stories and their hand-coded gold.

Stories are JSON Lines: VOA's ``voa-dev.jsonl`` (``id``, ``text``, ``published``,
``url``, ``title``) and re3d's ``*/documents.json`` (``_id``, ``text``, ``sourceUrl``,
``title``, no publication date); empty
files are skipped; a TR-News / LGL-style XML file (``<article docid=...>``
with ``<dltime>`` and ``<text>``); or TimeML ``*.tml`` files (TimeBank / AQUAINT: the
``<TEXT>`` with its tags taken out, the creation time as publication day), real 1990s
newswire, much of it on wars and bombings: a second distribution for the news gold; or
PolNeAR's ``text/*.txt`` (2016 US political news, Syria and terror attacks among it: id the
file's stem, publication day from the name ``publisher_YYYY-MM-DD_slug``). The gold is
``*.events.jsonl`` and ``*.claims.jsonl`` coded by hand after the bench's GUIDE.md;
evidence is character offsets (``{"start", "end"}``) into the story's ``text``, never
copied text.
``*.stories.jsonl`` lists (``{"story": id}``) every story the coders read, also
those where they found nothing to code: an event we find in such a story is a
false positive, so a story must not drop out of the score for having no gold.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from frontlines.ingest.collections import with_collection_reference
from frontlines.lab.time import read_timeml
from frontlines.model import Article
from frontlines.vocab.dates import DATE_PATTERNS, MONTHS, parse_date

__all__ = [
    "GoldClaim",
    "GoldEvent",
    "GoldPlace",
    "NewsGold",
    "Span",
    "Story",
    "load_gold",
    "load_stories",
]

Span = tuple[int, int]


@dataclass(frozen=True)
class Story:
    id: str
    text: str
    published: str | None  # YYYY-MM-DD, None when the corpus gives none (re3d)
    #: The page's address and headline where the corpus keeps them (re3d's ``sourceUrl``
    #: and ``title``, TR-News's ``<url>`` and ``<title>``): what dates an undated story
    #: ("/2015/08/..." is its month), passed to the pipeline as ingest passes them.
    url: str | None = None
    title: str | None = None
    #: The reference date of the file it came in (``collection_reference``), as ingest
    #: gives one to the documents of a folder: what dates an undated story's "Jan. 8".
    reference: str | None = None

    def article(self) -> Article:
        """The story as ingest hands an article to the pipeline (its id is its origin):
        the evaluation and every trainer read the gold stories the way news is read."""
        return Article(id=self.id, text=self.text, published=self.published, url=self.url,
                       title=self.title, origin=self.id, reference=self.reference)  # fmt: skip


@dataclass(frozen=True)
class GoldPlace:
    name: str
    country: str  # ISO2
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldEvent:
    story: str
    evidence: tuple[Span, ...]
    acled_event: str
    acled_sub_event: str
    actor1: tuple[str, ...] | None  # acceptable names, None: the story names none
    actor2: tuple[str, ...] | None
    location: GoldPlace | None
    location_precision: str | None  # town | region | country
    date: str | None  # YYYY-MM-DD, YYYY-MM or YYYY
    date_from: str  # text | published
    background: bool  # history: neither a hit nor a miss


@dataclass(frozen=True)
class GoldClaim:
    story: str
    evidence: tuple[Span, ...]
    value: float | None
    lower: float | None
    upper: float | None
    unit: str
    measure: str  # the guide's list: killed, wounded, ..., other_conflict
    subject: tuple[str, ...] | None
    source: tuple[str, ...] | None  # ("unattributed",): on the story's own authority
    as_of: str | None

    @property
    def numbers(self) -> tuple[float, ...]:
        return tuple(x for x in (self.value, self.lower, self.upper) if x is not None)


@dataclass(frozen=True)
class NewsGold:
    events: tuple[GoldEvent, ...]
    claims: tuple[GoldClaim, ...]
    read: frozenset[str] = frozenset()  # stories coded, with or without anything in them

    @property
    def stories(self) -> frozenset[str]:
        """The annotated stories: every story read by the coders or with any gold record."""
        return (frozenset(g.story for g in self.events) | {g.story for g in self.claims}
                | self.read)  # fmt: skip


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON: {exc}") from exc


#: Two more ways TR-News writes its <dltime>: "11/28/2016" (US order) and "2016 Oct 10".
_US_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")
_YEAR_FIRST = re.compile(r"\b((?:19|20)\d{2})\s+([A-Za-z]{3,9})\.?\s+(\d{1,2})\b")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _dltime(text: str) -> str | None:
    """The calendar day in a <dltime> value, which carries clock times, zones and
    weekdays around it in a dozen layouts ("6:05 AM, Mar 2, 2018"); None if none."""
    day = parse_date(text)
    if day:
        return day
    for pattern in DATE_PATTERNS:
        m = pattern.search(text)
        if m:
            return parse_date(m.group(0))
    m = _US_DATE.search(text)
    if m:
        return _valid(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    m = _YEAR_FIRST.search(text)
    if m and m.group(2).lower() in MONTHS:
        return _valid(int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3)))
    return None


def _xml_stories(path: Path) -> dict[str, Story]:
    """The ``<article>`` elements of a TR-News / LGL-style XML file, by ``docid``.

    The text is ``<text>``'s ``element.text`` exactly as ElementTree gives it, not
    stripped, because the gold's offsets are counted in that string. ``<dltime>``
    is the day the corpus builders *downloaded* the page, not its publication
    day; it is the nearest date the file has, so it stands in for ``published``
    (TR-News pages were mostly fetched the day they appeared); an empty or
    unreadable one leaves ``published`` None.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"{path}: not well-formed XML: {exc}") from exc
    stories: dict[str, Story] = {}
    for n, article in enumerate(root.iter("article"), 1):
        story_id = (article.get("docid") or "").strip()
        text = article.find("text")
        if not story_id or text is None or text.text is None:
            raise ValueError(f"{path}: article {n} lacks a docid or a <text>")
        if story_id in stories:
            raise ValueError(f"{path}: article {n} repeats docid {story_id}")
        dltime = _dltime(article.findtext("dltime") or "")
        stories[story_id] = Story(story_id, text.text, dltime,
                                  _field(article.findtext("url")),
                                  _field(article.findtext("title")))  # fmt: skip
    if not stories:
        raise ValueError(f"{path}: no <article> elements")
    return stories


def _field(value: object) -> str | None:
    """A metadata string, stripped; None when absent or blank."""
    return value.strip() or None if isinstance(value, str) else None


#: The publication day in a PolNeAR file name ("breitbart_2016-03-11_activists-...").
_NAMED_DAY = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def load_stories(path: Path) -> dict[str, Story]:
    """Every story under ``path`` (a JSON Lines file, a TR-News / LGL-style
    ``*.xml`` file, a TimeML ``*.tml`` file, or a folder searched for ``*.jsonl``,
    ``*.tml``, ``documents.json`` and PolNeAR's ``text/*.txt``), by id."""
    if path.is_file() and path.suffix.lower() == ".xml":
        return _xml_stories(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and (p.suffix in (".jsonl", ".tml") or p.name == "documents.json"
                            or (p.suffix == ".txt" and p.parent.name == "text")))  # fmt: skip
    else:
        files = [path]
    stories: dict[str, Story] = {}
    for file in files:
        if file.suffix == ".tml":
            doc = read_timeml(file)  # a copy met twice (TBAQ's testpipeline) is one story
            stories.setdefault(doc.doc_id, Story(doc.doc_id, doc.text, doc.dct or None))
            continue
        if file.suffix == ".txt":
            day = _NAMED_DAY.search(file.stem)
            stories[file.stem] = Story(file.stem, file.read_text("utf-8"),
                                       day.group(1) if day else None)  # fmt: skip
            continue
        stories.update(_collection(file))
    return stories


def _collection(file: Path) -> dict[str, Story]:
    """The stories of one JSON Lines file, read as ingest reads a collection (the same
    ``with_collection_reference``, one JSON Lines file one collection): those with no
    date of their own carry the file's reference date."""
    found: dict[str, Story] = {}
    for record in _json_lines(file):
        story_id = str(record.get("id") or record.get("_id") or "")
        if not story_id or not isinstance(record.get("text"), str):
            raise ValueError(f"{file}: a story without id/_id or text")
        published = record.get("published")
        found[story_id] = Story(
            story_id,
            record["text"],
            parse_date(published) if isinstance(published, str) else None,
            _field(record.get("url")) or _field(record.get("sourceUrl")),
            _field(record.get("title")),
        )  # fmt: skip
    as_ingested = [Article(id=s.id, text=s.text, published=s.published, url=s.url,
                           title=s.title, origin=f"{file}:{n}", format="jsonl")
                   for n, s in enumerate(found.values(), 1)]  # fmt: skip
    for article in with_collection_reference(as_ingested):
        if isinstance(article, Article) and article.reference:
            found[article.id] = replace(found[article.id], reference=article.reference)
    return found


def _spans(record: dict[str, Any]) -> tuple[Span, ...]:
    return tuple((int(e["start"]), int(e["end"])) for e in record["evidence"])


def _names(value: Any) -> tuple[str, ...] | None:
    return tuple(str(v) for v in value) if value else None


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _event(r: dict[str, Any]) -> GoldEvent:
    loc = r.get("location")
    place = None
    if loc:
        place = GoldPlace(loc.get("name") or "", loc.get("country") or "",
                          _number(loc.get("lat")), _number(loc.get("lon")))  # fmt: skip
    return GoldEvent(
        str(r["story"]), _spans(r), r["acled_event"], r["acled_sub_event"],
        _names(r.get("actor1")), _names(r.get("actor2")), place, r.get("location_precision"),
        r.get("date") or None, r.get("date_from") or "text", bool(r.get("background")),
    )  # fmt: skip


def _claim(r: dict[str, Any]) -> GoldClaim:
    return GoldClaim(
        str(r["story"]), _spans(r), _number(r.get("value")), _number(r.get("lower")),
        _number(r.get("upper")), r.get("unit") or "count", r["measure"],
        _names(r.get("subject")), _names(r.get("source")), r.get("as_of") or None,
    )  # fmt: skip


def load_gold(path: Path) -> NewsGold:
    """``*.events.jsonl``, ``*.claims.jsonl`` and ``*.stories.jsonl`` in the folder ``path``."""
    if not path.is_dir():
        raise ValueError(f"{path}: expected a folder of *.events.jsonl / *.claims.jsonl")
    try:
        events = tuple(_event(r) for f in sorted(path.glob("*.events.jsonl"))
                       for r in _json_lines(f))  # fmt: skip
        claims = tuple(_claim(r) for f in sorted(path.glob("*.claims.jsonl"))
                       for r in _json_lines(f))  # fmt: skip
        read = frozenset(str(r["story"]) for f in sorted(path.glob("*.stories.jsonl"))
                         for r in _json_lines(f))  # fmt: skip
    except (KeyError, TypeError) as exc:
        raise ValueError(f"{path}: a gold record lacks a field: {exc!r}") from exc
    if not events and not claims:
        raise ValueError(f"{path}: no *.events.jsonl or *.claims.jsonl gold")
    return NewsGold(events, claims, read)
