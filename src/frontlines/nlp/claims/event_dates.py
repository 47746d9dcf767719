"""As of the event a toll is of: "The truck bomb blast at the ministry killed 88 people",
told after "the March 3 bombings in the capital", is as of March 3, not of the report.

Moved out of ``dates.py`` (which reads a claim's own clause and the sentences next to it)
because it reaches back across the story to an earlier date said of an event noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.claims.dates import (
    clause_verb,
    dated_in,
    month_of_week,
    paragraph_of,
    simple_past,
)
from frontlines.vocab.words import words

__all__ = ["EVENT_NOUNS", "event_date"]

#: Nouns naming one event ("the attack", "the bombings"), whose toll is as of the event.
EVENT_NOUNS = words("event", "general_event_nouns")


def _event_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in EVENT_NOUNS


def _tolled_event(verb: Token) -> bool:
    """The number's clause tells what an event did ("The truck bomb blast killed 88
    people", "Eleven people died in the blast", "the 4 Americans killed in the attack"):
    its subject, or the object of a preposition on its verb, is an event noun; a verb
    coordinated with another shares its subject ("killed 88 and injured 300")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for child in (c for v in verbs for c in v.children):
        if child.dep_ in {"nsubj", "nsubjpass"} and _event_noun(child):
            return True
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "by"} and any(
            g.dep_ == "pobj" and _event_noun(g) for g in child.children
        ):
            return True
        if child.dep_ == "agent" and any(_event_noun(g) for g in child.children):
            return True
    return False


def _dates_an_event(doc: Doc, t: TimeExpression) -> bool:
    """The date is said of an event noun ("the March 3 bombings", "bombings at two
    ministries on March 3"), not of a clause ("the army said on Monday")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(3):
        if token.head.i == token.i or token.head.pos_ in {"VERB", "AUX"}:
            return False
        token = token.head
        if _event_noun(token):
            return True
    return False


def event_date(span: Span, times: list[TimeExpression]) -> tuple[str, str] | None:
    """The date of the event whose toll an undated sentence tells: an earlier sentence
    dated the event with a date on an event noun ("the March 3 bombings in the
    capital"), and this one, in the simple past, tells what an event did ("The truck bomb
    blast at the ministry killed 88 people"). The toll is as of that event, not of the
    report. The latest such date before the sentence wins, given as precisely as any
    earlier date on an event says it."""
    sent = span.sent
    doc = sent.doc
    verb = clause_verb(span, depth=5)
    if verb is None or dated_in(times, *paragraph_of(span)):
        return None
    participle = verb.tag_ == "VBN" and verb.dep_ == "acl"  # "4 Americans killed in the attack"
    if not (participle or simple_past(verb)) or not _tolled_event(verb):
        return None
    dated = [t for t in dated_in(times, 0, sent.start_char) if _dates_an_event(doc, t)]
    if not dated:
        return None
    chosen = dated[-1].value
    # "the 2003 bombings" after "the March 3, 2003 bombings": the same event, more precisely
    finer = [t.value for t in dated if t.value.startswith(chosen) and len(t.value) > len(chosen)]
    return month_of_week(finer[-1] if finer else chosen), ""
