"""Who an event is laid at the door of: the one a verb holds to account for it.

News often names an attacker only by what happened to them after: "X was charged with
the murder", "police arrested X over the bombing", "the attack was blamed on X". The
construction itself says who did it, so the phrase need not be a noun for a side
("a former colleague"); ``roles`` reads these where the event's own arguments name no
one. The charge's other phrase may name who was hurt ("charged with murder in the
slaying of X").
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.phrases import (
    PLACE_NOUNS,
    SITES,
    actor_phrase,
    names_no_one,
    noun_phrase,
    person_phrase,
)
from frontlines.nlp.events.sides import first_object
from frontlines.vocab.words import word_list

__all__ = ["ACCUSING_VERBS", "BLAMING_VERBS", "accused", "accused_victim", "any_phrase",
           "at_hands", "blamed", "blaming_participle", "by_hands"]


#: Verbs that hold someone to account for an event ("charged with", "arrested over").
ACCUSING_VERBS = frozenset(word_list("event", "accusing_verbs"))
#: Verbs that name who did an event in an "on" / "to" phrase ("blamed the attack on X").
BLAMING_VERBS = frozenset(word_list("event", "blaming_verbs"))
#: Prepositions by which an accusing verb names the event ("charged with", "jailed for",
#: "convicted of", "arrested over"); "linked to" for the linking verbs; "in" for a court's
#: verbs only ("charged in the bombing"; "arrested in a raid" was not the raid's doer).
_ACCOUNT_PREPS = frozenset({"with", "of", "for", "over"})
_COURT_VERBS = frozenset({"charge", "convict", "indict", "sentence", "try", "prosecute",
                          "implicate", "suspect", "accuse"})  # fmt: skip
_LINKING = frozenset({"link", "tie", "implicate", "connect"})
#: Verbs whose passive subject took part in the event of their "in" phrase ("the network
#: had been involved in last year's failed coup"): one of its doers, not what it hit.
_TAKING_PART = frozenset({"involve"})


def accused(word: Token) -> EventActor | None:
    """Who a verb holding someone to account for the event names: the passive subject of
    "X was charged with the murder", the object of "police arrested X over the bombing",
    "accused X of the attack" (also "in connection with the attack"). The construction
    says they did it, so any noun phrase counts, not only a noun for a side."""
    prep = word.head
    if word.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep":
        return None
    connected = prep.lower_ == "with" and prep.head.lower_ == "connection"
    if connected and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "arrested in connection with the bombing"
    verb = prep.head
    charged = _charged_object(prep)
    if charged is not None:  # "accused the army and its allies of shelling the town"
        found = any_phrase(charged)
        if found is None or found.end <= prep.idx:
            return found
        doc = prep.doc  # the phrase ends where the "of" phrase of the deed begins
        span = doc.char_span(found.start, doc[prep.i - 1].idx + len(doc[prep.i - 1]))
        return found if span is None else EventActor(
            text=span.text, actor=found.actor, start=span.start_char, end=span.end_char)
    lemma = verb.lemma_.lower()
    if lemma in _TAKING_PART and prep.lower_ == "in" and verb.pos_ == "VERB":
        held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return any_phrase(held) if held is not None else None  # "X was involved in it"
    if lemma not in ACCUSING_VERBS or verb.pos_ != "VERB":
        return None
    linked = connected or (prep.lower_ == "to" and lemma in _LINKING)
    if prep.lower_ not in _ACCOUNT_PREPS and not linked and not (
            prep.lower_ == "in" and lemma in _COURT_VERBS):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    role = "nsubjpass" if passive else "dobj"
    held = next((c for c in verb.children if c.dep_ == role), None)
    return any_phrase(held) if held is not None else None


#: Event nouns whose "of" phrase is who died or was hurt ("the killing of a guard").
_DEATHS = frozenset({"killing", "slaying", "death", "murder", "shooting", "stabbing",
                     "beating", "assassination", "wounding", "kidnapping",
                     "abduction"})  # fmt: skip


def accused_victim(word: Token) -> EventActor | None:
    """Whom the charge names as hurt, in the other phrase of the accusing verb: "X was
    charged with murder in the stabbing of a nurse", "convicted of manslaughter over the
    death of two hikers": the "of" phrase of that event noun is the victim."""
    prep = word.head
    verb = prep.head
    if word.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ != "VERB" or (
            verb.lemma_.lower() not in ACCUSING_VERBS):
        return None
    for other in verb.children:
        if other.dep_ != "prep" or other.i == prep.i or other.lower_ not in {"in", "over", "for"}:
            continue
        for noun in (o for o in other.children if o.dep_ == "pobj"):
            if noun.lemma_.lower() not in _DEATHS and noun.lower_ not in _DEATHS:
                continue
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            hurt = next((o for o in of.children if o.dep_ == "pobj"), None) if of else None
            if hurt is not None:
                return person_phrase(hurt)
    return None


def _charged_object(prep: Token) -> Token | None:
    """The object of an accusing verb whose "of" phrase the parse hung on that object
    instead of the verb ("accused [the army and allied militias] [of indiscriminate
    shelling]" is read "militias of indiscriminate shelling"): the object, first of its
    coordinated ones, is who the verb says did it."""
    noun = prep.head
    if prep.lower_ != "of" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in ACCUSING_VERBS:
        return None
    return noun


def blamed(slot: Token) -> EventActor | None:
    """Whom "the attack was blamed on X" / "officials attributed the bombing to X" names
    as the doer: the "on" / "to" phrase of a blaming verb the event is the object of,
    or of a participle on the event's noun ("a mortar attack blamed on X"); never the
    blamer ("the attack, blamed by residents on bandits": the bandits), never the event
    noun's own aim ("an attack on a convoy, blamed by officials": no one)."""
    verb = slot.head
    participle = blaming_participle(slot)
    if participle is not None:
        verb = participle
    elif slot.dep_ not in {"nsubjpass", "dobj"} or verb.lemma_.lower() not in BLAMING_VERBS:
        return None
    blamers = [o for a in verb.children if a.dep_ == "agent" for o in a.children
               if o.dep_ == "pobj"]  # "blamed by residents on bandits": the parse may
    # hang the "on" phrase on the blamer; "blamed the attack on X": on the object noun
    owners = [verb, *blamers, *([slot] if slot.dep_ == "dobj" and participle is None else [])]
    prep = next((c for o in owners for c in o.children
                 if c.dep_ == "prep" and c.lower_ in {"on", "to"}), None)  # fmt: skip
    held = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None
    return any_phrase(held) if held is not None else None


def blaming_participle(slot: Token) -> Token | None:
    """The participle of a blaming verb on an event noun ("an attack blamed on X",
    "the bombing, attributed by the army to Y"), else None."""
    return next((c for c in slot.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in BLAMING_VERBS), None)  # fmt: skip


def any_phrase(head: Token) -> EventActor | None:
    """What ``head`` names where the construction itself makes it the doer: an actor
    phrase, else the plain noun phrase of a noun ("a former colleague"); a pronoun left
    unresolved, a place or a thing names no one."""
    found = actor_phrase(head, agent=True)
    if found is not None or head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_:
        return found
    if names_no_one(head) or head.lemma_.lower() in PLACE_NOUNS or head.lemma_.lower() in SITES:
        return None
    start, end = noun_phrase(head)
    span = head.doc[start:end]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)


def at_hands(prep: Token) -> Token | None:
    """The "of" of "at the hands of X" (X is the agent), when ``prep`` is its "at"."""
    if prep.dep_ != "prep" or prep.lower_ != "at":
        return None
    hands = next((o for o in prep.children if o.dep_ == "pobj" and o.lower_ == "hands"), None)
    if hands is None:
        return None
    return next((p for p in hands.children if p.dep_ == "prep" and p.lower_ == "of"), None)


def by_hands(of: Token) -> EventActor | None:
    """Who "at the hands of X" names: the construction says X did it, so any noun phrase
    counts ("a former colleague"), not only a noun for a side; a pronoun does not."""
    found = first_object(of, agent=True)
    if found is not None:
        return found
    noun = next((o for o in of.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}),
                None)  # fmt: skip
    if noun is None:
        return None
    start, end = noun_phrase(noun)
    span = noun.doc[start:end]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)
