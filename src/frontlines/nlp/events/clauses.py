"""Two deeds told in clauses joined by "and": what one clause leaves unasserted, the other
may still assert.

The realis reading (``asserted.realis_match``) reads the lexicon's types best first, and
a first type whose words the sentence does not assert (a threat, a plan, a negation)
stops the search: "the army said it would strike the town" tells no event, and a weaker
type's word in the same clause ("would strike the town with troops") does not make it one.
But a sentence often coordinates two clauses: "The country had moved troops into the
region and said it would strike unless ...". The moving is told as done; only the
striking is a threat. The deed of a clause coordinated apart from the unasserted word
stays an event; this module says when two words are in such clauses, on the parse.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.events.factuality import judged
from frontlines.nlp.events.scope import told_as_past
from frontlines.nlp.events.triggers import triggers, unasserted
from frontlines.vocab.events import EventMatch

__all__ = ["coordinated_apart", "threatened_kind"]

#: The parts of speech of a clause's verb (the deed a clause tells).
_VERBS = frozenset({"VERB", "AUX"})


def coordinated_apart(deed: Token, other: Token) -> bool:
    """Whether the verb ``deed`` and ``other`` sit in two clauses coordinated by "and"
    ("moved troops ... and said it would strike": ``moved`` and ``strike``), neither
    holding the other. Their paths up the parse meet at a word one of them reaches by a
    "conj" link between verbs; a word reached through objects, complements or modifiers
    only is in the same clause or one the other governs ("moved troops to strike").
    ``other`` may not be where they meet: the conjuncts of an unasserted verb share its
    modal or negation ("would strike and move troops": the moving is no more told), unless
    the deed's clause is one of time or cause told in the past (``scope.told_as_past``)."""
    if deed.pos_ not in _VERBS or deed.i == other.i:
        return False
    up = _path(deed)
    meet = next((t for t in _path(other) if t in up), None)
    if meet is None:
        return False
    if any(told_as_past(t) for t in up[: up.index(meet)]):
        return True  # "could pull out, as they did when rebels shelled the town": told
    if meet.i == other.i:
        return False
    return _enters_by_conj(deed, meet) or _enters_by_conj(other, meet)


def _path(token: Token) -> list[Token]:
    """``token`` and its heads up to the root."""
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _enters_by_conj(token: Token, meet: Token) -> bool:
    """Whether the path from ``token`` reaches ``meet`` by a "conj" link from a verb."""
    last = next((t for t in _path(token) if t.head.i == meet.i and t.i != meet.i), None)
    return (last is not None and last.dep_ == "conj" and last.pos_ in _VERBS
            and meet.pos_ in _VERBS)  # fmt: skip


def threatened_kind(
    sent: Span, kind: EventMatch, asserted: EventMatch, matches: list[EventMatch]
) -> bool:
    """Whether the type ``kind`` the classifier reads is one whose own cue words (its
    lexicon match among ``matches``) the sentence holds only unasserted ("moved troops
    ... and said it would strike": no strike was told): the classifier types an event
    the realis reading found, it does not make a threat or a plan the event. A type with
    no word of its own here, or the asserted type itself, may still be read."""
    if kind.type.id == asserted.type.id:
        return False
    own = next((m for m in matches if m.type.id == kind.type.id), None)
    words = triggers(sent, own) if own is not None else []
    return bool(words) and all(unasserted(judged(t)[0]) for t in words)
