"""Whose aid or materiel handed over is: the receiver's. "The coalition provided 24,000
masks to the militia", "a gift of 50 tonnes of medicine to the clinics": the things are
counted for the side or people they go to (what the number tells about them), not the
giver, who is the verb's subject. Read only on measures of things handed over
(``RECEIVED_MEASURES``) and only through a "to" phrase on a word of handing over into
another's hands, or on the counted phrase under it: a verb of moving things ("sent 40
tanks to the army", "shipped", "airlifted") does not say they changed hands, troops are
never given this way, and "supplies reached the town" names no receiver.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.vocab.words import words

__all__ = ["RECEIVED_MEASURES", "receiver"]

#: Measures of things that change hands when given.
RECEIVED_MEASURES = frozenset({"aid_supplies", "aid_funding", "aid_deliveries", "materiel"})
#: Verbs and nouns of handing over (``giving_words`` in ``data/event_words.toml``).
_GIVING = words("event", "giving_words")
#: How many heads above the number the giving word may be.
_DEPTH = 5


def _to_phrase(token: Token) -> Span | None:
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                tokens = list(objects[0].subtree)
                return token.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def receiver(span: Span, measure: str) -> Span | None:
    """The "to" phrase naming who the counted things were handed to, or None."""
    if measure not in RECEIVED_MEASURES:
        return None
    token = span.root
    path: list[Token] = []
    for _ in range(_DEPTH):
        path.append(token)
        if token.lemma_.lower() in _GIVING:
            break
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return None  # a verb of another kind governs the count
        token = token.head
    else:
        return None
    for step in reversed(path):  # the giving word's own "to" first
        found = _to_phrase(step)
        if found is not None:
            return found
    return None
