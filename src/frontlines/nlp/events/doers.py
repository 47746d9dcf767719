"""Who did it, where the actor vocabulary does not list the noun: the subject or "by"
agent of an event's own verb is its doer by the argument structure alone ("specialists
defused it", "was defused by a technician", "federal agents took the child in a raid"),
when the verb acts on a person or a thing of war; a figurative use acts on neither ("the
senators killed the bill"). Whose home an event was aimed at is its side hit too ("a
raid on the family's home"). ``roles`` reads these after the vocabulary's own nouns.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.harmed import FIRED
from frontlines.nlp.events.phrases import THINGS, actor_phrase, doer_phrase, person_phrase

__all__ = ["doer", "dwellers", "on_arms_or_someone"]


def doer(verb: Token) -> EventActor | None:
    """Who does what ``verb`` says: its subject, the subject of the verb it is
    coordinated with, or the noun a participle describes ("hundreds of people, many
    waving flags, massed outside the embassy")."""
    for _ in range(4):  # clauses nest shallowly; a bound against cyclic parses
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = actor_phrase(subject, agent=True) if subject is not None else None
        if found is None and subject is not None and _on_someone(verb):
            found = doer_phrase(subject)  # "federal agents took the child in a raid"
        if found is not None:
            return found
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return actor_phrase(verb.head, agent=True)
        if verb.dep_ != "conj" or subject is not None:
            return None
        verb = verb.head
    return None


def _on_someone(verb: Token) -> bool:
    """Whether a verb's object is a person ("took the child", "seized two men"): its
    subject acts on someone, not only tells or mourns ("paid tribute to ...")."""
    return any(c.dep_ == "dobj" and person_phrase(c) is not None for c in verb.children)


def on_arms_or_someone(verb: Token) -> bool:
    """Whether an event verb acts on a person, a weapon or a thing of war, or on what a
    pronoun stands for ("specialists defused it", "the device was defused by a
    technician"): a noun for people of any trade is its doer; "the senators killed the
    bill" acts on no one."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    arms = THINGS | FIRED  # "the device", "the shell"
    return bool(objects) and all(o.pos_ == "PRON" or o.lower_ in arms
                                 or o.lemma_.lower() in arms or person_phrase(o) is not None
                                 for o in objects)  # fmt: skip


#: Homes: who owns one is who a raid or an attack on it was aimed at.
_HOMES = frozenset({"home", "house", "residence", "apartment", "flat", "homes", "houses"})


def dwellers(prep: Token) -> EventActor | None:
    """Whose home an event's "on" / "against" phrase names ("a raid on the family's
    home", "an attack on the journalist's house"): the people who live there were its
    aim; a home alone is where it happened."""
    if prep.lower_ not in {"on", "against"}:
        return None
    for home in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in _HOMES):
        owner = next((c for c in home.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is not None and person_phrase(owner) is not None:
            span = owner.doc[owner.left_edge.i : owner.i + 1]  # without the "'s"
            return EventActor(text=span.text, actor=None, start=span.start_char,
                              end=span.end_char)  # fmt: skip
    return None
