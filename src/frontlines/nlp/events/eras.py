"""History told by its era, not by a date: "In the 1970s, rebels attacked the village",
"Decades ago, gunmen kidnapped his father", "As a teenager, he was beaten by police at a
protest", "When she was a child, soldiers burned her village". Political news recalls a
person's past this way; the sentence gives no date an event can take (a decade or a
century is no day, "years ago" has no value), so the event would fall back on the
publication day and be shown as news.

An event with no date of its own (the publication day, or an undated story's guess at
when it was written: ``NO_DATE_OF_ITS_OWN``) is background when its own clause, or a clause it is
coordinated with or adverbial to ("seized the men and shot them", "before they
fled"), is modified by

- a decade or century (TIMEX3 ``197``, ``18``) that ended more than a year before the
  story;
- a stretch of years back with no number ("years ago", "a few years ago", "decades ago",
  "long ago"): at least two years;
- a stage of life ("as a child", "as a young soldier", "in his youth", "when he was a
  boy").

Only the event's own clauses count: a relative clause is not climbed out of ("the badge
that soldiers wore in the 1940s" does not date today's verb), nor is a clause about
something else read ("the village, which was founded in the 1970s").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from frontlines.model import NO_DATE_OF_ITS_OWN, Event, TimeExpression
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.story import BACKGROUND_DAYS
from frontlines.vocab.timespan import day_span

__all__ = ["told_in_an_era"]

#: Arcs by which a clause tells the same stretch of time as the clause it hangs on.
_SAME_TIME = frozenset({"conj", "advcl", "xcomp"})

#: A TIMEX3 value of a decade ("197") or a century ("18").
_ERA_VALUE = re.compile(r"\d{2,3}")

#: "years ago", "a few decades ago", "many years ago", "long ago": no number, so no value.
_BARE_AGO = re.compile(
    r"(?:(?:a few|several|some|many|so many|two|three) )?(?:years|decades|centuries|generations)"
    r" ago|(?:long|long, long) ago|a (?:generation|lifetime) ago",
    re.IGNORECASE,
)

#: People at a stage of life an adult looks back on ("as a child", "when he was a boy").
_LIFE_STAGES = frozenset({
    "child", "boy", "girl", "teenager", "teen", "youngster", "kid", "schoolboy",
    "schoolgirl", "toddler", "infant", "baby", "adolescent", "youth",
})  # fmt: skip

#: Stretches of a life one tells as "in his youth", "in her childhood".
_LIFE_SPANS = frozenset({
    "youth", "childhood", "boyhood", "girlhood", "adolescence", "teens", "infancy",
})  # fmt: skip

#: Adjectives that make any person noun a stage of life ("as a young soldier").
_YOUNG = frozenset({"young", "little"})


def told_in_an_era(event: Event, sent: Span, triggers: Sequence[Token],
                   times: Sequence[TimeExpression], now: str | None) -> bool:  # fmt: skip
    """Whether ``event``, with no date of its own, is told in a clause set in a past era
    (see the module docstring); ``now`` is the story's date. A date of the event's own
    ("as a teenager, on May 3, 2015") is weighed by ``background`` instead."""
    if not triggers or event.date_source not in NO_DATE_OF_ITS_OWN:
        return False
    clauses = _clauses(triggers)
    ids = {t.i for t in clauses} | {t.i for t in triggers}
    return (_era_date(sent, ids, times, now)
            or any(_life_stage(c) for c in clauses))  # fmt: skip


def _clauses(triggers: Sequence[Token]) -> list[Token]:
    """The verbs of the clauses that tell the event: each trigger's predicate and the
    clauses it is coordinated with or adverbial to, up to a relative clause or a
    complement clause (another story: "X said that ...", "the badge that ...")."""
    out: list[Token] = []
    for trigger in triggers:
        verb = predicate_of(trigger)
        out.append(verb)
        while verb.dep_ in _SAME_TIME and verb.head.i != verb.i:
            verb = verb.head
            out.append(verb)
    return out


def _era_date(sent: Span, ids: set[int], times: Sequence[TimeExpression],
              now: str | None) -> bool:  # fmt: skip
    """Whether a decade or century that ended over a year before ``now``, or a bare
    "years ago", modifies one of the clauses ``ids``."""
    reference = day_span(now) if now else None
    for time in times:
        if time.type != "DATE" or not sent.start_char <= time.start < sent.end_char:
            continue
        span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or not len(span) or _clause_of(span.root) not in ids:
            continue
        if _BARE_AGO.fullmatch(time.text.strip()):
            return True
        if reference is None or not _ERA_VALUE.fullmatch(time.value):
            continue
        era = day_span(time.value + "9" * (4 - len(time.value)))  # its last year
        if era is not None and (reference.first - era.last).days > BACKGROUND_DAYS:
            return True
    return False


def _clause_of(token: Token) -> int:
    """The index of the verb (or event noun's head) a modifier hangs on: up through
    prepositions and nouns to the first verb."""
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return token.i
        token = token.head
    return token.i


def _life_stage(verb: Token) -> bool:
    """Whether ``verb`` is told of a stage of the subject's life: "as a child", "as a
    young soldier", "in his youth", "when he was a boy"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            if any(_young_person(n) for n in child.children if n.dep_ == "pobj"):
                return True
        elif child.dep_ == "prep" and child.lower_ == "in":
            if any(n.lemma_.lower() in _LIFE_SPANS and any(p.dep_ == "poss" for p in n.children)
                   for n in child.children if n.dep_ == "pobj"):  # fmt: skip
                return True
        elif child.dep_ == "advcl" and any(c.lower_ == "when" and c.dep_ in {"advmod", "mark"}
                                           for c in child.children):  # fmt: skip
            said = [c for c in child.children if c.dep_ in {"attr", "acomp"}]
            if any(_young_person(n) or n.lower_ in _YOUNG for n in said):
                return True
    return False


def _young_person(noun: Token) -> bool:
    """A child, or any person noun called young ("a young soldier")."""
    if noun.lemma_.lower() in _LIFE_STAGES:
        return True
    return noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _YOUNG
                                       for c in noun.children)  # fmt: skip
