"""A date that only measures how long after or before another clause the main clause
was: "the mayor wrote the day after a sniper killed seven", "she spoke the week before
the blast killed 15".

"The day after" says when the writing was, a day after the clause "after" opens; the
toll in that clause is of another day, which the sentence does not give. So such a date
does not date the toll: its own date, a well-known attack it names, or the report does.
A calendar date of the main clause ("Tuesday's raid came after a mine killed five")
still dates it, and a stretch ("two days after") is counted from that date by ``dates``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlines.model import TimeExpression

__all__ = ["offset_measure"]

#: Markers of a clause whose time the main clause is counted from.
_OFFSET = frozenset({"after", "before"})


def offset_measure(doc: Doc, time: TimeExpression, verb: Token) -> bool:
    """Whether ``time`` ends right before the "after" or "before" that opens ``verb``'s
    adverbial clause ("the day | after a sniper killed"): it measures the gap, it is no
    date of the clause."""
    if verb.dep_ != "advcl":
        return False
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "mark" and c.lower_ in _OFFSET
                                    and c.i == span.end for c in verb.children)  # fmt: skip
