"""Whose aid or materiel handed over is: the receiver's. "The army handed 50 rifles to
the village guards", "a gift of 50 tonnes of medicine to the clinics": the things are
counted for the side or people they go to (what the number tells about them), not the
giver, who is the verb's subject. Read only on measures of things handed over
(``RECEIVED_MEASURES``) and only through a "to" phrase on a word of handing over into
another's hands, or on the counted phrase under it: a verb of moving things ("sent 40
tanks to the army", "shipped", "airlifted") does not say they changed hands, troops are
never given this way, and "supplies reached the town" names no receiver. The "to" phrase
must name someone who can hold things: a person, organisation, nationality or country by
name, or a noun of a side, of people or of a body (``actor_nouns`` and ``receiver_nouns``
in ``data/event_words.toml``); a place or a time is where or until when the things went
("delivered 20 tanks to the front line", "has delivered 4,000 tonnes to date").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.events.phrases import names_a_country
from frontlines.vocab.words import words

__all__ = ["RECEIVED_MEASURES", "receiver"]

#: Measures of things that change hands when given.
RECEIVED_MEASURES = frozenset({"aid_supplies", "aid_funding", "aid_deliveries", "materiel"})
#: Verbs and nouns of handing over (``giving_words`` in ``data/event_words.toml``).
_GIVING = words("event", "giving_words")
#: How many heads above the number the giving word may be.
_DEPTH = 5
#: Nouns of those who can receive things: sides, people, bodies.
_HOLDERS = words("event", "actor_nouns") | words("event", "receiver_nouns")
#: Entity labels of those who can receive things by name (a country is checked apart: a
#: GPE may be a town, where things go rather than whose they become).
_HOLDER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
#: Dependents of the receiver's noun that describe it rather than name it.
_DESCRIBING = frozenset({"relcl", "acl", "appos"})


def _holds(phrase: Span, head: Token) -> bool:
    """The phrase names someone things can be handed to."""
    if head.ent_type_ in _HOLDER_LABELS or names_a_country(phrase):
        return True
    return head.pos_ in {"NOUN", "PROPN"} and not head.ent_type_ and (
        head.lemma_.lower() in _HOLDERS or head.lower_ in _HOLDERS)


def _to_phrase(token: Token) -> Span | None:
    for child in token.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                phrase = _phrase(objects[0])
                return phrase if _holds(phrase, objects[0]) else None
    return None


def _phrase(head: Token) -> Span:
    """The receiver's words: the object's phrase up to a clause or apposition describing
    it ("to the clinics, which treat the wounded": "the clinics")."""
    tokens = list(head.subtree)
    end = tokens[-1].i + 1
    cuts = [c.left_edge.i for c in head.rights if c.dep_ in _DESCRIBING]
    if cuts:
        end = min(cuts)
    while end > head.i + 1 and head.doc[end - 1].is_punct:
        end -= 1
    return head.doc[tokens[0].i : end]


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
