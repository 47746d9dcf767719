"""What a headline looks like by its form alone, shared by ingest and the event layer.

Why here: ingest reads a wire story's header block with it (``ingest.wire``) and the event
layer reads a story's first line with the same test (``nlp.events.headline``); the layers
may only import downwards, so the one definition lives in the ground layer.
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "MAX_TITLE_CHARS", "title_line"]

#: Longer than this, a line is a paragraph, not a headline.
MAX_TITLE_CHARS = 200

#: A dateline opening a body's first paragraph: "BEIRUT - ", "KYIV, Ukraine (AP) - ".
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'.\-]{2,}(?:\s+[A-Z][A-Z'.\-]+){0,3}(?:,\s*[A-Z][A-Za-z.\-]+(?:\s+[A-Z][A-Za-z.\-]+){0,2})?)"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z\-/ ]{1,30})\))?\s*(?:[-\u2013\u2014:]+)\s+"
)


def title_line(line: str) -> bool:
    """Whether a line can be a headline by its form: short, no full stop at its end
    (headlines carry none; lead sentences do) and no dateline opening it."""
    line = line.strip()
    return (
        bool(line)
        and len(line) <= MAX_TITLE_CHARS
        and not line.endswith(".")
        and not DATELINE.match(line)
    )
