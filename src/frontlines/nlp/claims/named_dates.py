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
attacks"), nor in a story written within two weeks of the attack (``SETTLED_DAYS``), whose toll
may still be rising and is as of the report.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from frontlines.nlp.claims.dates import clause_verb, simple_past
from frontlines.nlp.events.named_history import named_in

__all__ = ["SETTLED_DAYS", "finer_day", "named_event_date"]

#: Prepositions that put a toll inside the attack they govern.
_INSIDE = frozenset({"in", "during", "on", "at", "from"})
#: Days after an attack before its toll is told as the attack's, not the report's: a toll
#: is counted within days; two weeks on, a story recalls it.
SETTLED_DAYS = 14


def _settled(day: str, now: str | None) -> bool:
    """The attack was at least ``SETTLED_DAYS`` before the story was written."""
    if not now:
        return False
    try:
        then = date.fromisoformat(day if len(day) == 10 else f"{day[:7]}-01")
        written = date.fromisoformat(now[:10])
    except ValueError:
        return False
    return (written - then).days >= SETTLED_DAYS


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


def finer_day(as_of: str | None, relation: str, span: Span, now: str | None) -> str | None:
    """A year of the toll's own made the day of the named attack its clause is a toll of,
    when that day lies in it ("the 2015 Paris attacks left 130 dead"); not a year that
    bounds a count ("since 2012"). Only the listed name dates a toll: the attack's town
    ("the bombing in Beirut") or "the attack" taking up a name told before would date
    new attacks in old attacks' towns to the old day (tried in session 29, taken back)."""
    if as_of is None or len(as_of) != 4 or relation:
        return as_of
    day = named_event_date(span, now)
    return day[0] if day is not None and day[0].startswith(as_of) else as_of
