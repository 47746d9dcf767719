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

A known toll recalls its attack by the place alone (``known_toll_date``): "the 20 children
shot dead at a Newtown school", "a vigil for the 14 shot dead in San Bernardino". A death
toll equal to one the attack is known by (``tolls``), in a sentence naming a place it is
remembered by (``places``), is as of the attack in a story written over a month after it
(before then, as above, the toll is as of the report); a year the clause gives ("the 2012
raid in Benghazi in which four Americans died") is refined to the attack's day when it holds
it. The place alone is not enough ("two people were killed in Orlando" is news), nor a toll
of anything else than the dead, nor a place named only in the sentence before: a new
attack's story recalls an old one there ("on the anniversary of the Boston Marathon bombing.
Three were killed ...").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from frontlines.model import Quantity
from frontlines.nlp.claims.dates import clause_verb, simple_past
from frontlines.nlp.events.named_history import NamedConflict, conflicts, named_in

__all__ = ["known_toll_date", "named_event_date"]

#: Prepositions that put a toll inside the attack they govern.
_INSIDE = frozenset({"in", "during", "on", "at", "from"})
#: Days after an attack before its toll is final (read as of the attack, not the report).
_SETTLED_DAYS = 30


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


@cache
def _known_tolls() -> dict[int, tuple[tuple[re.Pattern[str], NamedConflict], ...]]:
    """Each known death toll, with the pattern of its attack's places and the attack."""
    found: dict[int, list[tuple[re.Pattern[str], NamedConflict]]] = {}
    for conflict in conflicts():
        if conflict.date is None or conflict.actor or not conflict.places:
            continue
        places = "|".join(re.escape(p) for p in sorted(conflict.places, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{places})(?![\w-])")
        for toll in conflict.tolls:
            found.setdefault(toll, []).append((pattern, conflict))
    return {toll: tuple(known) for toll, known in found.items()}


def known_toll_date(
    span: Span, q: Quantity, measure: str, now: str | None
) -> tuple[str, str] | None:
    """The day (or month) of the listed attack whose known death toll ``q`` states, when the
    number's sentence names a place the attack is remembered by and the story was written
    over a month after the attack ("a memorial to the 49 slain in Orlando")."""
    if measure != "killed" or not now:
        return None
    number = q.value if q.value is not None else (q.lower if q.upper is None else None)
    if number is None or number != int(number):
        return None
    for pattern, conflict in _known_tolls().get(int(number), ()):
        day = conflict.date or ""
        if _settled(day, now) and pattern.search(span.sent.text):
            return day, ""
    return None

