"""A bare number standing for the refugees of the count just before it.

"The ministry said 70,000 refugees came in this year. Next year, 90,000 will be
admitted.": the second number names nothing it counts; as the subject of a verb of taking
people in (``admission_verbs``) it stands for a noun left out, the one the claim just before
counted. A coder codes it on that claim's measure, as "as many as 4,000 of them" is coded
on the measure it is a part of.

Narrow on purpose: the number must be the whole subject (nothing counted after it, no unit),
its verb one of admission, and the claim it refers to must stand in the sentence just before
or in its own. Other verbs say too little ("twelve were released" after an arrest count is no
count of the detained), and for other measures the verb names the measure itself.
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.model import Quantity

__all__ = ["SUBJECT_DEPS", "stands_for_previous"]

#: Dependencies of a number that is the subject of its own clause ("100,000 would be
#: accepted", "12 were released").
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

#: Words before a bare number that mark it as the same people again or as more of them.
_DETERMINERS = {"all", "another", "some", "about", "around", "nearly", "almost", "roughly",
                "only", "just", "at", "least", "more", "than", "over", "up", "to", "the"}


def stands_for_previous(span: Span, q: Quantity, previous: Quantity,
                        verbs: frozenset[str]) -> bool:
    """Whether the bare count ``q`` (at ``span``) is the subject of one of ``verbs`` and the
    count ``previous`` is in the sentence before it or its own."""
    if q.concept is not None or q.unit not in {"", "count"}:
        return False
    head = span.root
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in verbs:
        return False
    if any(c.dep_ in {"dobj", "attr", "acomp"} for c in verb.children):
        return False  # "300 took part": taking something, no one taken in
    if any(t.dep_ not in {"advmod", "quantmod", "det", "nummod", "compound"}
           and t.lower_ not in _DETERMINERS for t in head.children):
        return False  # "100,000 of the tickets", "12 who signed": it says what it counts
    sent = span.sent
    doc = span.doc
    if previous.start >= sent.start_char:
        return True
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and before.start_char <= previous.start
