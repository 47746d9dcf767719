"""As of a named attack: "nearly 3,000 people died on 9/11", "the San Bernardino attack,
which killed 14 people", "five officers killed in the Paris attacks".

Political news recalls the tolls of well-known attacks by name, with no date of their
own; read alone they would be as of the report (years later). The day of each such
attack is general knowledge (``data/named_history.toml``, ``date``; the month for one
that lasted several days). A toll takes it when its own clause, told as a finished
event (the simple past, or a participle on the counted noun), is tied to the name:

- the name is the clause's subject or the "by" of its passive ("The Paris attacks
  killed 130 people", "were killed by the Boston Marathon bombing");
- the name is the object of "in", "during", "on", "at" or "from" on the clause's verb or
  on the counted noun ("killed in the Charlie Hebdo attack", "nearly 3,000 lost on 9/11");
- the clause describes the name ("the San Bernardino attack, which killed 14 people").

Not after "since", "after" or "before" (a count since an attack is later than it), nor
through any other word ("in the wake of the Brussels bombings", "a plot like the 9/11
attacks"), nor in a story written within a month of the attack, whose toll may still
be rising and is as of the report.

A toll told on its own right after the attack is named (``named_before_date``: "... hours
after the Benghazi attack. Two Americans were killed at each location."; or its doer,
"The FBI had interviewed the Boston Marathon bomber. Three people were killed.") is that
attack's toll: its sentence is in the simple past and gives no date, no named attack and
no event of its own ("in a separate shooting"), in the same paragraph as the sentence
naming one attack, and not as a yardstick ("the deadliest since the Omagh bombing").

A toll the text dates only by a year or month, of an attack it spells out by its place
("the 2012 attacks that left four Americans dead in Benghazi", ``spelled_out``), is as of
that attack's day when the day lies in the year or month (``attack_day_in``).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.claims.dates import clause_verb, dated_in, simple_past
from frontlines.nlp.events.named_history import conflicts, named_in
from frontlines.nlp.events.spelled_out import spelled_in
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.words import words

__all__ = ["attack_day_in", "named_before_date", "named_event_date"]

#: Prepositions that put a toll inside the attack they govern.
_INSIDE = frozenset({"in", "during", "on", "at", "from"})
#: Days after an attack before its toll is final (read as of the attack, not the report).
_SETTLED_DAYS = 30
#: Measures an attack's toll is told in.
_TOLLS = frozenset({"killed", "wounded", "casualties"})
#: Prepositions that make a name a yardstick of another event, not what is told of.
_YARDSTICKS = frozenset({"since", "than", "unlike", "like"})
#: Nouns naming one event ("a shooting", "the blast"): one of the toll's own clause that is
#: not definite, or is set apart ("a separate attack"), tells another event than the named.
_EVENT_NOUNS = words("event", "general_event_nouns")
_DISTINCT = words("event", "distinct_event_words")


def _settled(day: str, now: str | None) -> bool:
    """The attack was over a month before the story was written."""
    if not now:
        return False
    try:
        then = date.fromisoformat(day if len(day) == 10 else f"{day[:7]}-01")
        written = date.fromisoformat(now[:10])
    except ValueError:
        return False
    return (written - then).days > _SETTLED_DAYS


def _participle_on(span: Span) -> Token | None:
    """'five officers killed in the Paris attacks': the participle after the counted noun."""
    root = span.root
    noun = root.head if root.dep_ == "nummod" else root
    return next((c for c in noun.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i), None)  # fmt: skip


def _tied(name: Span, verb: Token, counted: Token) -> bool:
    """Whether ``name`` is the subject, the agent or an inside-preposition's object of
    ``verb`` (or of the counted noun), or the noun ``verb``'s relative clause describes."""
    head = name.root
    if verb.dep_ in {"relcl", "acl"} and any(t.i == verb.head.i for t in name):
        return True  # "the San Bernardino attack, which killed 14"
    if head.dep_ in {"nsubj", "nsubjpass"}:
        return head.head.i == verb.i
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ == "by" and preposition.dep_ == "agent":
        return preposition.head.i == verb.i
    return preposition.lower_ in _INSIDE and preposition.head.i in {verb.i, counted.i}


def named_event_date(span: Span, now: str | None) -> tuple[str, str] | None:
    """The day (or month) of the named attack the number's clause is a toll of."""
    root = span.root
    counted = root.head if root.dep_ == "nummod" else root
    verbs = [v for v in (_participle_on(span), clause_verb(span, depth=5)) if v is not None]
    verbs = [v for v in verbs if (v.dep_ == "acl" and v.tag_ == "VBN") or simple_past(v)]
    if not verbs:
        return None
    sent = span.sent
    for start, end, conflict in named_in(sent.text):
        if conflict.date is None or not _settled(conflict.date, now):
            continue
        name = sent.char_span(start, end, alignment_mode="expand")
        if name is not None and any(_tied(name, v, counted) for v in verbs):
            return conflict.date, ""
    return None


def _own_event(verb: Token) -> bool:
    """The toll's clause names an event of its own: an event noun not definite ("in a
    shooting"), or one set apart ("in a separate attack"); "the attack" refers back."""
    for token in verb.subtree:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _EVENT_NOUNS:
            continue
        marks = {c.lower_ for c in token.children if c.dep_ in {"det", "amod", "poss"}}
        if marks & _DISTINCT or not marks & {"the", "this", "that", "these", "those"}:
            return True
    return False


def _yardstick(name: Span) -> bool:
    head = name.root
    return head.dep_ == "pobj" and head.head.lower_ in _YARDSTICKS


def named_before_date(span: Span, measure: str, times: list[TimeExpression],
                      now: str | None) -> tuple[str, str] | None:  # fmt: skip
    """The day of the one well-known attack the sentence before named (or named the doer
    of), for a toll told after it in the simple past with no date, name or event of its
    own (see the module docstring)."""
    if measure not in _TOLLS or not now:
        return None
    verb = clause_verb(span, depth=5)
    if verb is None or not simple_past(verb) or _own_event(verb):
        return None
    sent = span.sent
    if sent.start == 0 or named_in(sent.text) or dated_in(times, sent.start_char, sent.end_char):
        return None
    before = span.doc[sent.start - 1].sent
    between = doc_text(span.doc)[before.start_char : sent.start_char]
    if "\n" in between[len(between.rstrip()) :]:
        return None  # another paragraph
    days: set[str] = set()
    for start, end, conflict in named_in(before.text):
        name = before.char_span(start, end, alignment_mode="expand")
        if conflict.date is None or name is None or _yardstick(name):
            continue
        days.add(conflict.date)
    if len(days) != 1:
        return None  # none, or two attacks: whose toll is not told
    day = days.pop()
    return (day, "") if _settled(day, now) else None


def attack_day_in(span: Span, told: str) -> str | None:
    """The day of the listed attack the number's clause spells out by its place, when the
    clause dates it only by ``told``, a year or month the day lies in: the attack noun the
    clause describes ("the 2012 attacks that left four Americans dead in Benghazi") or
    that is its verb's subject or the object of "in", "during" or "by" on it ("were killed
    in the 2012 attacks in Benghazi"). One day only: two attacks leave it as told."""
    if len(told) not in {4, 7}:
        return None
    verb = clause_verb(span, depth=5)
    if verb is None:
        return None
    triggers = [verb]
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ == "NOUN":
        triggers.append(verb.head)
    days = {c.date for c in spelled_in(triggers, True, conflicts())
            if c.date and c.date.startswith(told)}  # fmt: skip
    return days.pop() if len(days) == 1 else None
