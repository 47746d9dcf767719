"""A compass word joined to the next name shares that name's head.

Why: "North and South Korea", "Eastern and Southern Europe", "Central and South America"
name two places, the first by its compass word alone. Read alone "North" or "Eastern" is
no place (``never_alone`` in ``data/place_words.toml``) or a namesake district; the writer
means "North Korea", "Eastern Europe". A reader carries the second name's head over to
the first. The evidence is the conjunction and the compass words, never a list of names.
It reads given spans: the recogniser (``nlp/``) gives "North and South Korea" as one
span, or "North and" alone, so end to end the check does not fire yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from frontlines.resolve.place.reading import Toponym

__all__ = ["shared_heads"]

#: A compass word, as a name's first word: "North", "South-East", "Western", "Central".
_COMPASS = re.compile(r"^(?:(?:North|South)(?:-?(?:[Ee]ast|[Ww]est))?|East|West|Central)(?:ern)?$")
#: What joins the two: " and ", " or ", " & ".
_JOIN = re.compile(r"^\s+(?:and|or|&)\s+$")


def shared_heads(toponyms: Sequence[Toponym], text: str | None) -> list[Toponym]:
    """The toponyms, each that is a compass word alone and joined by "and" / "or" to a
    next one that opens with a compass word ("North" and "South Korea") read as the
    compass word and that next one's head ("North Korea"); offsets stay the mention's."""
    found = list(toponyms)
    if text is None:
        return found
    for i, (here, there) in enumerate(zip(toponyms, toponyms[1:], strict=False)):
        words = there.text.split()
        if not (_COMPASS.match(here.text) and len(words) >= 2 and _COMPASS.match(words[0])):
            continue
        if here.end < 0 or there.start < here.end or not _JOIN.match(text[here.end : there.start]):
            continue
        found[i] = replace(here, text=" ".join([here.text, *words[1:]]))
    return found
