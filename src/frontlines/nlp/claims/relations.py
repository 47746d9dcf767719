"""How a claim's date relates to its number: the "since", "by" or "until" that governs the
date, whether that phrase bounds the count itself, and whether a clause runs on to the
report ("have been killed", "has") so that a date before it is where the count starts.
Kept apart from ``dates.py``, which chooses the date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlines.model import TimeExpression
from frontlines.nlp.attribution.component import default_lexicon

__all__ = ["relation", "runs_from", "up_to_now"]


def _relation_token(doc: Doc, t: TimeExpression) -> Token | None:
    """The 'since', 'by' or 'until' governing the date, directly or through its clause
    ('since the offensive intensified in December')."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(4):
        for child in (token, *token.children):
            if child.lower_ in {"since", "by", "until"} and child.i < span.start:
                return child
        if token.head.i == token.i:
            break
        token = token.head
    return None


def relation(doc: Doc, t: TimeExpression) -> str:
    """'since', 'by' or 'until' governing the date, or ''."""
    found = _relation_token(doc, t)
    return found.lower_ if found is not None else ""


def runs_from(doc: Doc, t: TimeExpression, clause: set[int]) -> bool:
    """The date bounds the count itself: its 'since' / 'by' / 'until' phrase hangs off the
    number's own clause ("have fled since the offensive intensified in December", "lost
    65 % since 2014"), not off a clause about something else in the sentence ("3,000
    families stay in tents they have lived in since the floods of 2010": the tents'
    date, not the count's). A marker opening a clause ("since the offensive
    intensified") modifies what that clause hangs off."""
    marker = _relation_token(doc, t)
    if marker is None:
        return False
    head = marker.head.head if marker.dep_ == "mark" else marker.head
    return head.i in clause


def up_to_now(verb: Token | None) -> bool:
    """'have been killed', 'has': a clause in the present or present perfect, which runs
    on to the report; not one said under a past verb of saying ("the mayor said 40
    soldiers have died": the tense is held at when he said it, not at now)."""
    if verb is None or _said_in_the_past(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lemma_.lower() == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return True
    return not auxes and verb.tag_ in {"VBZ", "VBP"}


def _said_in_the_past(verb: Token) -> bool:
    """The clause hangs, through clauses it is said under, off a verb of saying in the
    past tense ("said", "told", "had reported")."""
    cues = default_lexicon().cue_verbs
    token = verb
    for _ in range(3):
        if token.dep_ not in {"ccomp", "conj", "parataxis"} or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in cues and (token.tag_ == "VBD" or any(
                c.dep_ == "aux" and c.tag_ == "VBD" for c in token.children)):  # fmt: skip
            return True
    return False
