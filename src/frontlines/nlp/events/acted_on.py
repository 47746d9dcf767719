"""Dates that are not when an event happened but bound it: the day someone acted on
the event a noun names ("Iran on Saturday condemned the bombing", "was charged Thursday
in the slaying": the bombing and the slaying were earlier), and the time a "when" clause
hangs on, which is the event's own ("raised after 1982, when the fighting stopped": the
fighting stopped in 1982, whatever "after" does to the raising), as is the date of an
event noun whose relative clause tells the event ("the 1994 genocide, in which militias
killed ...").

A day someone acted on the event is no date for it, but it tells when the event was at
the latest: acted on more than a year before the story ("In 2014, the senator worked out
an accord"), the event is history however the verb is read (``long_before``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.events.kinds import kind_of
from frontlines.nlp.events.realis import ATTACK_VERBS, predicate_of
from frontlines.nlp.events.story import BACKGROUND_DAYS
from frontlines.vocab.timespan import day_span
from frontlines.vocab.words import word_list

__all__ = ["CARRYING", "acted_on", "hung_on", "long_before", "relative_of_another",
           "when_clauses"]

#: Verbs that carry out or inflict the event their object names ("launched an attack on
#: Friday", "killed in the blast Friday"): their date is the event's.
CARRYING = frozenset(word_list("event", "carrier_verbs")) | ATTACK_VERBS


def acted_on(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date is when someone acted on the event the triggers name, not when
    it happened: every trigger is a noun the date's verb takes as object, directly or by
    a preposition ("Iran on Saturday condemned the bombing", "was charged Thursday in
    the slaying"), and that verb neither is a trigger nor carries the event out. Only a
    date before the noun's phrase is surely the verb's: one after it may be the noun's
    own, whatever the parse says ("denounced the seizure of the port on May 9")."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span) or not triggers:
        return False
    verb = span.root.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in CARRYING:
        return False
    heads = [t for t in triggers if t.dep_ not in {"compound", "amod"}]  # "air" of "air raid"
    return bool(heads) and all(t.i != verb.i and t.pos_ in {"NOUN", "PROPN"} and (
        (_object_of(t, verb) and span.end <= t.left_edge.i)
        or _echoed_by(t, verb, span)) for t in heads)  # fmt: skip


#: Verbs that tell how an event was received, not what it did ("the attack resonated
#: across the world", "the bombing drew condemnation"): their day is the reception's.
_ECHO_VERBS = frozenset({
    "resonate", "reverberate", "echo", "draw", "prompt", "spark", "provoke", "trigger",
    "shock", "stun", "horrify", "outrage", "galvanize", "galvanise", "dominate", "haunt",
    "overshadow", "highlight", "underscore", "renew", "revive", "rekindle", "fuel",
})  # fmt: skip


def _echoed_by(noun: Token, verb: Token, span: Span) -> bool:
    """Whether the event noun is the subject of a verb that tells how it was received,
    dated after the noun's phrase ("the attack in Florida resonated across the world on
    Monday": the day it resonated, not the day of the attack). What an event did ("the
    blast wrecked the mosque the day before") keeps its day."""
    return (noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.i == verb.i
            and span.start > noun.right_edge.i and verb.lemma_.lower() in _ECHO_VERBS)  # fmt: skip


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is ``verb``'s object, or the object of a preposition of it."""
    if noun.dep_ in {"dobj", "attr", "oprd"}:
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


def long_before(value: str, now: str | None) -> bool:
    """Whether the date ``value`` ended more than ``BACKGROUND_DAYS`` before ``now``."""
    span, reference = day_span(value), day_span(now) if now else None
    if span is None or reference is None:
        return False
    return (reference.first - span.last).days > BACKGROUND_DAYS


def when_clauses(head: Token) -> list[Token]:
    """The clauses that tell what happened at ``head``, a date or a time's noun ("1982,
    when the fighting stopped", "the late years of the war, when the commandos raided"):
    relative or adverbial clauses introduced by "when"."""
    return [c for c in head.children if c.dep_ in {"relcl", "advcl"}
            and any(w.lower_ == "when" and w.dep_ in {"advmod", "mark"} for w in c.children)]


def hung_on(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether a trigger is told in a "when" clause of the date ``time`` (its own date,
    even after "since" or "after": "raised after 1982, when the fighting stopped"), or in a
    clause that tells the event noun the date names ("the 1994 genocide, in which militias
    killed ...", "the 2012 raid, which killed four")."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verbs = {predicate_of(t).i for t in triggers} | {t.i for t in triggers}
    clauses = [*when_clauses(span.root), *_telling(_dated_event_noun(span))]
    return any(t.i in verbs for v in clauses for t in v.subtree)


#: Arcs by which a date names an event noun's time ("the 1994 genocide", "Tuesday's raid").
_DATING = frozenset({"nummod", "compound", "amod", "nmod", "npadvmod", "poss"})

#: Prepositions of a relative pronoun that put a clause inside the noun's event ("in
#: which", "during which"), unlike "after which" or "since which".
_INSIDE_WHICH = frozenset({"in", "during", "amid"})


#: Nouns of a conflict as a whole, which the event lexicon types as no single event.
_CONFLICT_NOUNS = frozenset({
    "war", "genocide", "conflict", "uprising", "revolution", "rebellion", "insurgency",
    "crackdown", "coup", "siege", "occupation", "riot", "intifada", "purge", "pogrom",
})  # fmt: skip


def _dated_event_noun(span: Span) -> Token | None:
    """The event noun (one the lexicon reads as an event type) ``span`` dates."""
    token = span.root
    if token.dep_ not in _DATING or token.head.i == token.i:
        return None
    noun = token.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (kind_of(lemma) is None and lemma not in _CONFLICT_NOUNS):
        return None
    return noun


def _telling(noun: Token | None) -> list[Token]:
    """The relative clauses of ``noun`` that tell its event: "which killed four" (the
    noun's own subject), "in which militias killed ..."."""
    if noun is None:
        return []
    out = []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        pronouns = [t for t in clause.subtree if t.lower_ in {"which", "that"}]
        if any(p.dep_ == "nsubj" and p.head.i == clause.i for p in pronouns) or any(
                p.dep_ == "pobj" and p.head.lower_ in _INSIDE_WHICH for p in pronouns):  # fmt: skip
            out.append(clause)
    return out


def relative_of_another(word: Token, trigger: Token) -> bool:
    """Whether ``word`` sits in a relative clause or participle of a noun other than the
    trigger, inside the trigger's phrase: "veterans of the war that ended 30 years ago
    gathered on Wednesday" dates the war there, not the gathering (a relative clause of
    the trigger noun itself, "the raid that began on Monday", still dates it)."""
    node = word
    while node.i != trigger.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"} and node.head.i != trigger.i:
            return True
        node = node.head
    return False
