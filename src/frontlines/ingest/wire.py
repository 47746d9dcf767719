"""Recover the metadata that plain-text wire copy carries around its body.

Copy pasted or scraped from wire services opens with a header block in no
fixed order: a headline (often printed twice), a standfirst, a read-time
badge ("2 min read"), a publication date in any of several forms, a photo
caption with its credit ("... [Getty]", "... | AFP-JIJI"), an agency line,
and then the body, whose first paragraph may start with a dateline
("BEIRUT - "). We classify the first few lines, keep the metadata and return
the body exactly as it will be stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.vocab.dates import leading_date, parse_date
from frontlines.vocab.titles import DATELINE, MAX_TITLE_CHARS, title_line

__all__ = [
    "AGENCY_LINE",
    "ArticleParts",
    "BOILERPLATE",
    "BYLINE",
    "CAPTION",
    "CREDIT_FILLERS",
    "DATELINE",
    "HEADER_LINES",
    "MAX_TITLE_CHARS",
    "READ_TIME",
    "parse_wire_text",
    "split_dateline",
    "title_line",
]

CREDIT_FILLERS = frozenset({"of", "the", "and", "&", "de", "for"})
HEADER_LINES = 10  # only the first few non-empty lines can be header material

READ_TIME = re.compile(r"^\d+\s*(?:min(?:ute)?s?)\.?\s+read$", re.I)
BOILERPLATE = re.compile(
    r"^(?:advertisement|share|share this( article)?|listen to this article|read more|"
    r"copy link|print|email|comments?|font size|follow us.*|subscribe.*|"
    r"image \d+ of \d+|\d+ shares?)$",
    re.I,
)
CAPTION = re.compile(
    r"(?:\[(?:getty|afp|reuters|ap|epa|anadolu|file|photo)[^\]]{0,40}\]\s*$)"
    r"|(?:\|\s*[A-Z][A-Za-z\-/&. ]{1,30}$)"
    r"|(?:^(?:photo|image|picture|file photo|caption)\s*[:\-])"
    r"|(?:\((?:photo|image|picture)\s*:[^)]*\)\s*$)",
    re.I,
)
# A line that is only an agency or byline credit: "AFP-JIJI", "REUTERS", "By Jane Roe".
AGENCY_LINE = re.compile(r"^(?:[A-Z][A-Z0-9&]*(?:[-/ ][A-Z][A-Z0-9&]*){0,3})$")
BYLINE = re.compile(
    r"^by\s+(?P<who>[A-Z][\w.'\- ]{1,60}?)(?:\s*[,|]\s*(?P<org>[\w .\-]{2,40}))?$", re.I
)


@dataclass(frozen=True)
class ArticleParts:
    """What a format parser recovers: the body to store and its metadata."""

    body: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    dateline: str | None = None
    summary: str | None = None
    url: str | None = None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def split_dateline(body: str) -> tuple[str | None, str | None, str]:
    """Return ``(dateline, agency, body_without_dateline)``."""
    m = DATELINE.match(body)
    if not m:
        return None, None, body
    return m.group("place").strip(), m.group("agency"), body[m.end() :]


def parse_wire_text(text: str) -> ArticleParts:
    """Split plain wire copy into metadata and the body that offsets refer to."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines: list[tuple[int, str]] = []  # (offset, stripped line) for non-empty lines
    offset = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((offset, raw.strip()))
        offset += len(raw) + 1

    title: str | None = None
    published: str | None = None
    source: str | None = None
    text_lines: list[int] = []  # indices of lines that look like prose
    last_header = -1
    for i, (_, line) in enumerate(lines[:HEADER_LINES]):
        kind = _classify(line, title, has_more=i + 1 < len(lines))
        if kind == "date":
            published = published or parse_date(line)
        elif kind == "dated-caption":
            glued = leading_date(line)
            published = published or (glued[0] if glued else None)
        elif kind == "byline":
            source = source or _credit(line)
        elif kind == "title":
            title = line
        elif kind == "text":
            text_lines.append(i)
            continue
        last_header = i

    body_index = next((i for i in text_lines if i > last_header), None)
    if body_index is None:
        body_index = last_header + 1 if last_header + 1 < len(lines) else 0
        if body_index == 0:
            title = None  # nothing but a header: keep everything as body
    summary_lines = [lines[i][1] for i in text_lines if i < body_index]

    body = text[lines[body_index][0] :].rstrip() if lines else ""
    dateline, agency, body = split_dateline(body)
    return ArticleParts(
        body=body,
        title=title,
        published=published,
        source=source or agency,
        dateline=dateline,
        summary=" ".join(summary_lines) or None,
    )


def _classify(line: str, title: str | None, has_more: bool) -> str:
    if parse_date(line):
        return "date"
    glued = leading_date(line)
    if glued and glued[1]:
        return "dated-caption"
    if READ_TIME.match(line) or BOILERPLATE.match(line):
        return "boilerplate"
    if title is not None and _same(line, title):
        return "duplicate-title"
    if len(line) <= 60 and BYLINE.match(line):
        return "byline"
    if CAPTION.search(line) and not DATELINE.match(line):
        return "caption"
    if len(line) <= 40 and (AGENCY_LINE.match(line) or (title is not None and _is_credit(line))):
        return "byline"
    if title is None and has_more and title_line(line):
        return "title"
    return "text"


def _is_credit(line: str) -> bool:
    """A short all-capitalised name with no sentence punctuation: "Levant Desk"."""
    words = line.split()
    return (
        1 <= len(words) <= 5
        and not any(ch in line for ch in '.,;:!?"')
        and all(w[0].isupper() or w.lower() in CREDIT_FILLERS for w in words)
    )


def _credit(line: str) -> str:
    m = BYLINE.match(line)
    if m:
        return (m.group("org") or m.group("who")).strip()
    return line.strip()
