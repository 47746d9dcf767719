"""HTML pages: trafilatura finds the article text, title, date and site name."""

from __future__ import annotations

import trafilatura

from frontlines.ingest.wire import ArticleParts, split_dateline
from frontlines.vocab.dates import parse_date

__all__ = [
    "parse_html",
]


def parse_html(html: str, url: str | None = None) -> ArticleParts:
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
