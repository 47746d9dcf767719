"""Whom an event hit, told by the noun its word qualifies rather than by its arguments.

News names who fell in an event by a noun for them of which the event word is only the
qualifier: "the victims of the nightclub shooting" (the victims), "the shooting deaths of
12 people" (the 12 people: the deaths' "of" phrase names who died, the event word how).
Neither is an argument of the event word, so ``roles`` reads these last, where the
event's own phrase names no one it hit; they beat the generic "civilians" a type implies
(``unnamed_sides``), since the sentence says who.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import actor_phrase, noun_phrase, person_phrase

__all__ = ["victims_maker", "victims_named"]

#: Nouns for the people an event hit: "the victims of the bombing".
_VICTIM_NOUNS = frozenset({"victim", "casualty"})
#: Nouns for deaths an event word can qualify: "the shooting deaths of 12 people".
_DEATH_NOUNS = frozenset({"death", "killing", "murder", "slaying"})
#: Dependencies by which an event word qualifies a noun ("shooting deaths").
_QUALIFYING = frozenset({"amod", "compound", "nmod"})


def victims_named(trigger: Token) -> EventActor | None:
    """Who fell in the event ``trigger`` tells, as the noun it qualifies names them:
    "the victims of the attack" (the victims, with their count or kind: "the 12
    victims"), "the shooting deaths of six soldiers" (the six soldiers); None for any
    other construction, a victim noun with no event ("the victims' families") or deaths
    of no one named. A possessor of the victims is who made them ("the gang's victims of
    the raid"), not one of them; a copula's subject is whom the victims are ("the
    farmers were victims of the raid")."""
    head = trigger.head
    noun = _victim_noun(trigger)
    if noun is not None:
        named = _named_as(noun)  # "the fighters were victims of the airstrike"
        if named is not None:
            return named
        start, _ = noun_phrase(noun)
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            start = max(start, owner.right_edge.i + 1)  # "ISIS's victims": who did it
        span = noun.doc[start : noun.i + 1]  # without its "of" phrase: the event itself
        return EventActor(text=span.text, actor=None, start=span.start_char,
                          end=span.end_char)  # fmt: skip
    if trigger.dep_ in _QUALIFYING and head.lemma_.lower() in _DEATH_NOUNS:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            dead = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if dead is not None:
                return person_phrase(dead)
    return None


#: Verbs that make their subject what the victim noun after them says.
_COPULAS = frozenset({"be", "become"})


def _named_as(noun: Token) -> EventActor | None:
    """The people a victim noun after a copula says the subject is ("three farmers were
    victims of the raid": the farmers), not the bare "victims"."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in _COPULAS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return person_phrase(subject) if subject is not None else None


def _victim_noun(trigger: Token) -> Token | None:
    """The victim noun whose "of" phrase ``trigger`` is ("the victims of the raid")."""
    head = trigger.head
    if (trigger.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" and head.lower_ == "of"
            and head.head.lemma_.lower() in _VICTIM_NOUNS and head.head.pos_ == "NOUN"):
        return head.head
    return None


def victims_maker(trigger: Token) -> EventActor | None:
    """Who made the victims of the event ``trigger`` tells, as their possessor names it
    ("the gang's victims of the raid": the gang); None for any other construction."""
    noun = _victim_noun(trigger)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun else None
    return actor_phrase(owner, agent=True) if owner is not None else None
