"""An event dated by its distance from another: "X came two days after Y".

News dates a new event by the one it follows or precedes: "Friday's blast came three
days after a car bomb wounded nine guards" tells that the wounding was three days before
Friday; "the raid came a week before Friday's vote" that the raid was a week
before Friday. A date in the sentence belongs to one side of the "after" / "before", the
event to the other, and the span between ("two days", "a day", "a week") moves the date
across.

Only the plain construction counts: a clause or phrase introduced by "after" or "before"
with its span of days or weeks, the date on one side and the event's words on the other;
on the other side, where the event is inside the clause, its words outside must be the
subject of a verb that only places it in time ("came", "followed", "happened"): the
anchor, not a second event of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Span, Token

from frontlines.nlp.events.memo import sentence
from frontlines.vocab.numbers import words_to_number

__all__ = ["days_apart", "moved"]

#: Which way each word moves from the anchor to what it introduces ("after Y": Y earlier).
_SIGNS = {"after": -1, "before": 1}
#: Spans of time a distance is told in, in days.
_UNITS = {"day": 1, "week": 7}
#: Verbs that only place their subject in time ("the blast came two days after ...").
_PLACING = frozenset({"come", "follow", "happen", "occur", "take", "be"})


def days_apart(date_span: Span, triggers: Sequence[Token]) -> int:
    """Days to add to the date ``date_span`` names to get the event's date: 0 unless the
    sentence puts the event and the date on two sides of "N days after / before"."""
    for word in sentence(date_span):
        if word.lower_ not in _SIGNS or word.dep_ not in {"mark", "prep"}:
            continue
        clause = word.head if word.dep_ == "mark" else word
        span = _distance(word)
        if span is None:
            continue
        inside = {t.i for t in clause.subtree} - {t.i for t in span.subtree}
        date_inside = all(t.i in inside for t in date_span)
        if any(t.i in inside for t in date_span) and not date_inside:
            continue  # the date straddles the clause: a parse to leave alone
        within = [t for t in triggers if t.i in inside]
        without = [t for t in triggers if t.i not in inside]
        days = _days(span) * _SIGNS[word.lower_]
        if within and not date_inside and all(_anchor(t, clause) for t in without):
            return days  # "Friday's blast came three days after [a bomb wounded nine]"
        if without and not within and date_inside:
            return -days  # "[the raid] came a day after [Friday's vote]"
    return 0


def moved(value: str, days: int) -> str:
    """``value`` (a TIMEX3 date) moved by ``days``; a value that names no single day stays."""
    if not days or len(value) != len("YYYY-MM-DD"):
        return value
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def _distance(word: Token) -> Token | None:
    """The "two days" / "a week" span that ``word`` ("after", "before") is measured by:
    on the word itself ("two days after the vote") or on the clause it introduces ("two
    days after bombs killed ...")."""
    for holder in (word, word.head):
        for child in holder.children:
            if child.dep_ == "npadvmod" and child.lemma_.lower() in _UNITS and child.i < word.i:
                return child
    return None


def _days(span: Token) -> int:
    """How many days "two days", "a day", "a week" are."""
    count = next((c for c in span.children if c.dep_ == "nummod"), None)
    number = words_to_number([count.text]) if count is not None else 1
    return int(number or 1) * _UNITS[span.lemma_.lower()]


def _anchor(trigger: Token, clause: Token) -> bool:
    """Whether an event word outside the clause only anchors it: the subject of the verb
    that places it in time ("the explosion came two days after ...")."""
    verb = clause.head if clause.dep_ in {"advcl", "prep"} else clause
    return (trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == verb.i
            and verb.lemma_.lower() in _PLACING)  # fmt: skip
