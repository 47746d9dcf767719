"""HTML pages: trafilatura finds the article text, title, date and site name.

A page is measured before it is parsed: a tag bomb (millions of empty tags) takes
the parser minutes, and libxml2 silently drops the text of a page nested deeper
than about 255 levels, so both are refused with their size instead (a news page
has a few thousand tags and a depth of a few dozen).
"""

from __future__ import annotations

import re

import trafilatura

from frontlines.errors import InputError
from frontlines.ingest.wire import ArticleParts, split_dateline
from frontlines.vocab.dates import parse_date

__all__ = [
    "MAX_DEPTH",
    "MAX_TAGS",
    "check_html_shape",
    "parse_html",
]

MAX_TAGS = 200_000
#: libxml2 drops the text of elements deeper than about 255 levels: refuse, do not lose it.
MAX_DEPTH = 250
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*?(/?)>")
#: Elements that never hold others, or whose end tag pages routinely leave out.
_FLAT = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                   "option"})  # fmt: skip


def check_html_shape(html: str) -> None:
    """``InputError`` if the page has more tags or deeper nesting than a page needs."""
    tags = html.count("<")
    if tags > MAX_TAGS:
        raise InputError(f"too many tags: {tags:,} HTML tags exceeds the {MAX_TAGS:,} tag limit")
    depth = deepest = 0
    for m in _TAG.finditer(html):
        if m.group(3) or m.group(2).lower() in _FLAT:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    if deepest > MAX_DEPTH:
        raise InputError(f"too deeply nested: {deepest:,} levels of HTML exceeds the "
                         f"{MAX_DEPTH:,} level limit")  # fmt: skip


def parse_html(html: str, url: str | None = None) -> ArticleParts:
    check_html_shape(html)
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is None:
        return ArticleParts("", url=url)
    meta = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    title = meta.get("title")
    lines = (meta.get("text") or "").split("\n")
    # trafilatura repeats the <h1> headline as the first text line; it is not body.
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    body = "\n\n".join(line.strip() for line in lines if line.strip())
    dateline, agency, body = split_dateline(body)
    date = meta.get("date")
    return ArticleParts(
        body=body,
        title=title,
        published=parse_date(date) if date else None,
        source=meta.get("sitename") or agency or meta.get("author"),
        dateline=dateline,
        url=meta.get("url") or url,
    )
