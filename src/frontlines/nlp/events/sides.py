"""The sides of a two-sided event: "fighting between A and B", "clashes with police".

Clashes, battles and confrontations name both their sides in their own phrase ("between
A and B"; "X clashed with Y", "X were hurt in clashes with Y"): who fell in them is one
side, the "with" phrase the other, not a victim. ``roles`` reads these beside the
one-sided arguments of an attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import actor_phrase

__all__ = ["RECIPROCAL", "between", "first_object", "opponent_in", "two_sided"]


#: Words of two-sided events: coordinated subjects of the verb ("A and B clashed") and
#: the "with" phrase of either ("clashed with police", "clashes with police") are sides.
RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "confrontation",
                         "fighting", "firefight", "gunfight", "gunbattle", "shootout",
                         "scuffle", "standoff", "brawl"})  # fmt: skip


def between(trigger: Token) -> tuple[EventActor, EventActor] | None:
    """The two sides of "fighting between the army and the RSF"."""
    heads = [trigger]
    if trigger.dep_ == "nsubj":  # "clashes broke out between ...": the verb carries it
        heads.append(trigger.head)
    prep = next((c for h in heads for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "between"), None)  # fmt: skip
    if prep is None:
        return None
    sides = [o for o in prep.children if o.dep_ == "pobj"]
    sides += [c for o in sides for c in o.children if c.dep_ == "conj"]
    found = [a for a in (actor_phrase(o, agent=True) for o in sides) if a is not None]
    return (found[0], found[1]) if len(found) >= 2 else None


def opponent_in(verb: Token) -> EventActor | None:
    """The other side of the two-sided event a verb happened "in" ("protesters were hurt
    in clashes with police": the police; who fell in it is the first side)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "during", "amid"}:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and two_sided(c)):
            found = next((first_object(w, agent=False) for w in noun.children
                          if w.dep_ == "prep" and w.lower_ == "with"), None)  # fmt: skip
            if found is not None:
                return found
    return None


def two_sided(noun: Token) -> bool:
    """Whether an event word takes its sides together ("clashes with police")."""
    return noun.lemma_.lower() in RECIPROCAL or noun.lower_ in RECIPROCAL


def first_object(preposition: Token, agent: bool) -> EventActor | None:
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return actor_phrase(objects[0], agent) if objects else None
