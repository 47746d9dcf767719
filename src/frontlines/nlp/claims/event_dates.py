"""As of the event a toll is of: "The truck bomb blast at the ministry killed 88 people",
told after "the March 3 bombings in the capital", is as of March 3, not of the report.

Moved out of ``dates.py`` (which reads a claim's own clause and the sentences next to it)
because it reaches back across the story to an earlier date said of an event noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.model import Claim, Quantity, TimeExpression
from frontlines.nlp.claims.dates import (
    clause_verb,
    dated_in,
    month_of_week,
    paragraph_of,
    simple_past,
)
from frontlines.vocab.words import words

__all__ = ["EVENT_NOUNS", "EVENT_VERBS", "event_date", "toll_told_before"]

#: Nouns naming one event ("the attack", "the bombings"), whose toll is as of the event.
EVENT_NOUNS = words("event", "general_event_nouns")
#: Verbs telling one such event ("attacked the compound on May 4"): their date is its date.
EVENT_VERBS = words("event", "general_event_verbs")


def _event_noun(token: Token | None) -> bool:
    return token is not None and token.pos_ == "NOUN" and token.lemma_.lower() in EVENT_NOUNS


#: Words telling another event than one told before ("a separate attack", "another blast").
_DISTINCT = words("event", "distinct_event_words")


def _told_before(noun: Token) -> bool:
    """An event noun that can be an event told before: not "a separate attack"."""
    return _event_noun(noun) and not any(c.lower_ in _DISTINCT for c in noun.children)


def _tolled_event(verb: Token) -> set[str] | None:
    """The number's clause tells what an event did ("The truck bomb blast killed 88
    people", "Eleven people died in the blast", "the 4 Americans killed in the attack"):
    its subject, or the object of a preposition on its verb, is an event noun; a verb
    coordinated with another shares its subject ("killed 88 and injured 300"). Returns
    the event nouns' lemmas, or None."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    found: set[str] = set()
    for child in (c for v in verbs for c in v.children):
        if child.dep_ in {"nsubj", "nsubjpass"} and _told_before(child):
            found.add(child.lemma_.lower())
        agent = child.dep_ == "agent"
        if agent or child.dep_ == "prep" and child.lower_ in {"in", "during", "by"}:
            found |= {g.lemma_.lower() for g in child.children
                      if (agent or g.dep_ == "pobj") and _told_before(g)}  # fmt: skip
    return found or None


def _event_dated(doc: Doc, t: TimeExpression) -> str | None:
    """What the date is said of: "" for an event noun ("the March 3 bombings", "bombings
    at two ministries on March 3"), the verb's lemma for a clause telling an event by its
    verb ("gunmen attacked the compound on May 4"); None for any other clause ("the army
    said on Monday")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            return None
        if token.head.pos_ in {"VERB", "AUX"}:
            return _event_verb(token.head)
        token = token.head
        if _event_noun(token):
            return ""
    return None


#: Conjunctions of a clause that happens at the time of the clause it hangs off.
_AT_THE_TIME = {"as", "when", "while"}


def _event_verb(verb: Token) -> str | None:
    """The lemma of the event verb a date on ``verb``'s clause dates: the verb itself
    ("attacked the compound on May 4"), or one in a clause of the same time hanging off
    it ("Even as gunmen attacked the compound, on May 4, the ministry was warned"), which
    the date dates as well whichever of the two the parser hung it on; "" when the
    clause's subject is an event noun ("the blast killed 30 on May 4"), which it dates
    as a date on that noun would."""
    lemma = verb.lemma_.lower()
    if verb.pos_ == "VERB" and lemma in EVENT_VERBS:
        return lemma
    if verb.dep_ == "relcl" and _event_noun(verb.head) or any(
        c.dep_ == "nsubj" and _event_noun(c) for c in verb.children
    ):
        return ""  # "the bombings, which killed 30 people on May 4": the event's own date
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.lemma_.lower() in EVENT_VERBS and any(
            m.dep_ == "mark" and m.lower_ in _AT_THE_TIME for m in clause.children
        ):
            return clause.lemma_.lower()
    return None


def _told_by(verb: str, nouns: set[str]) -> bool:
    """'attacked' tells "the attack", 'bombed' "the bombing": a date on an event verb dates
    a toll only of the event its own noun names (not "the shooting" after "was raided in
    1969")."""
    return any(n.startswith(verb) for n in nouns)


def _participle_on(span: Span) -> Token | None:
    """'the six officers killed in the attack were buried': the participle after the
    counted noun tells what befell them; the clause's own verb ("were buried") does not."""
    root = span.root
    noun = root.head if root.dep_ == "nummod" else root
    return next((c for c in noun.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)  # fmt: skip


def event_date(span: Span, times: list[TimeExpression]) -> tuple[str, str] | None:
    """The date of the event whose toll an undated sentence tells: an earlier sentence
    dated the event with a date on an event noun ("the March 3 bombings in the
    capital"), and this one, in the simple past, tells what an event did ("The truck bomb
    blast at the ministry killed 88 people"). The toll is as of that event, not of the
    report. The latest such date before the sentence wins, given as precisely as any
    earlier date on an event says it."""
    sent = span.sent
    doc = sent.doc
    if dated_in(times, *paragraph_of(span)):
        return None
    nouns = None
    for verb in (_participle_on(span), clause_verb(span, depth=5)):
        if verb is None:
            continue
        participle = verb.tag_ == "VBN" and verb.dep_ == "acl"  # "4 Americans killed in it"
        nouns = _tolled_event(verb) if participle or simple_past(verb) else None
        if nouns is not None:
            break
    if nouns is None:
        return None
    dated = [t for t in dated_in(times, 0, sent.start_char)
             if (told := _event_dated(doc, t)) == "" or (told and _told_by(told, nouns))]
    if not dated:
        return None
    chosen = dated[-1].value
    # "the 2003 bombings" after "the March 3, 2003 bombings": the same event, more precisely
    finer = [t.value for t in dated if t.value.startswith(chosen) and len(t.value) > len(chosen)]
    return month_of_week(finer[-1] if finer else chosen), ""


#: Measures of an event's toll: fixed once the event is over.
_TOLLS = {"killed", "wounded", "casualties"}


def toll_told_before(q: Quantity, measure: str, earlier: list[Claim]) -> tuple[str, str] | None:
    """'The gunman killed 38 people at the club on March 3' ... 'Many carried pictures of
    the 38 victims': a toll told again later in the story, with no date of its own, is the
    same event's toll and as of its date. Only a toll of three or more (one or two dead
    are too common to be the same) whose earlier telling had a date of its own (not its
    report's, not a running total's "since")."""
    if measure not in _TOLLS or q.value is None or q.value < 3 or q.lower or q.upper:
        return None
    for claim in reversed(earlier):
        if (claim.measure == measure and claim.value == q.value and claim.as_of
                and claim.as_of != claim.reported and claim.as_of_relation != "since"):  # fmt: skip
            return claim.as_of, ""
    return None
