"""The lines of a bulleted list, read as text: release lists of strikes put each item on
its own line under a dated lead, with headings between ("North", "Near Kalbor"), and an
undated item takes the lead's date (``dates.list_date``)."""

from __future__ import annotations

import re

__all__ = ["bulleted", "heading", "lines_back"]

#: A line opening with a bullet mark: "-", "•", "*", or the "." a lost bullet glyph leaves.
_BULLET = re.compile(r"^[ \t\u00a0]*[.\-\u2013\u2022*\u00b7\u25aa][ \t\u00a0]+\S")
#: A heading inside a list ("Syria", "Northern front"): a short line with no full stop.
_HEADING_WORDS = 5


def bulleted(line: str) -> bool:
    """Whether the line opens with a bullet mark."""
    return _BULLET.match(line) is not None


def heading(line: str) -> bool:
    """Whether a (stripped, non-empty) line is a heading between items, not a lead."""
    return len(line.split()) <= _HEADING_WORDS and line[-1] not in ".!?"


def lines_back(text: str, end: int, limit: int = 60) -> list[tuple[int, int]]:
    """The (start, end) of the lines before the one starting at ``end``, nearest first."""
    found: list[tuple[int, int]] = []
    while end > 0 and len(found) < limit:
        start = text.rfind("\n", 0, end - 1) + 1
        found.append((start, end - 1))
        end = start
    return found
