"""Who hit a mine was hit by it: "their truck struck a landmine", "a soldier stepped on
an explosive device".

The subject of "hit", "strike" or "step on" is who acts in most sentences ("a drone
struck the convoy"), but a vehicle or a person that runs into a buried device is the
side the device hit, and whoever planted it ("a mine planted by the rebels") is the
side that attacked. Read by the verb's arguments alone, such a sentence makes the
victims their own attackers.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import actor_phrase, person_phrase
from frontlines.vocab.words import word_list

__all__ = ["met_device"]

#: Buried or hidden devices something may run into.
_DEVICES = frozenset(word_list("event", "explosive_devices"))
#: Verbs whose subject runs into their object, and the prepositions that hold the object
#: when it is no direct object ("stepped on a mine", "drove over a bomb").
_MEETING = {"hit": (), "strike": (), "trigger": (), "step": ("on",), "drive": ("over", "into"),
            "run": ("over", "into")}  # fmt: skip


def met_device(verb: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """(planter, victim) when ``verb`` says its subject ran into an explosive device
    ("the patrol hit a roadside bomb planted by X": X, the patrol); None when it does
    not. The victim is the subject where it names a side or people (a vehicle names its
    owner where the phrase says whose it is: "their truck"), else None."""
    preps = _MEETING.get(verb.lemma_.lower())
    if preps is None or verb.pos_ != "VERB":
        return None
    device = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if device is None and preps:
        device = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                       for o in p.children if o.dep_ == "pobj"), None)  # fmt: skip
    if device is None or not {device.lemma_.lower(), device.lower_} & _DEVICES:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    victim = None
    if subject is not None:
        victim = actor_phrase(subject, agent=False) or person_phrase(subject)
    return _planter(device), victim


def _planter(device: Token) -> EventActor | None:
    """Who the device's own participle says placed it ("a mine planted by the rebels")."""
    for clause in (c for c in device.children if c.dep_ == "acl"):
        for agent in (c for c in clause.children if c.dep_ == "agent"):
            held = next((o for o in agent.children if o.dep_ == "pobj"), None)
            found = actor_phrase(held, agent=True) if held is not None else None
            if found is not None:
                return found
    return None
