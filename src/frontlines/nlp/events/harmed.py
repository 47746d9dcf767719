"""Who an event harmed or took: people named by what was done to them.

Some verbs are only done to people ("a lawyer was kidnapped", "shot a shop owner"), so
whatever noun phrase they take there is a person hit by the event, not only the nouns
the actor vocabulary lists; and "took X hostage" says what the taking made of X, not
who the hostages were. ``roles`` reads these beside an event's other arguments.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.frames import dealt_to_person
from frontlines.nlp.events.phrases import actor_phrase, noun_phrase, person_phrase
from frontlines.nlp.events.sides import first_object
from frontlines.vocab.words import word_list

__all__ = ["CAPTIVE_NOUNS", "DYING", "FIRED", "HARMING_VERBS", "HITTING", "OUTCOME_VERBS", "THOSE",
           "UNDERGONE_VERBS", "bare_undergone", "headline_passive",
           "described_roles", "gapped_passive", "is_passive", "lives_taken", "outcome_victims",
           "relative_target", "taken_as", "undergoer", "who_fell"]

#: Event nouns naming the people an event holds ("holding 12 hostages"): its actor2.
CAPTIVE_NOUNS = frozenset(word_list("event", "captive_nouns"))
#: Verbs whose object or passive subject can only be people ("a lawyer was kidnapped"):
#: any noun phrase there that is no place, site or thing is who the event hit.
HARMING_VERBS = frozenset({"kill", "murder", "assassinate", "kidnap", "abduct", "stab",
                           "wound", "injure", "behead", "torture", "rape", "shoot", "slay",
                           "lynch", "arrest", "detain", "maim"})  # fmt: skip
#: Verbs that make a captive of their object ("took X hostage", "was held captive").
_TAKING = frozenset({"take", "hold", "keep", "seize"})
#: What is fired or thrown: the one who fired it did what it did ("the shots that killed").
FIRED = frozenset({"shot", "bullet", "round", "shell", "projectile", "grenade", "bomb",
                    "rocket", "missile", "mortar", "explosive", "device"})  # fmt: skip


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def gapped_passive(verb: Token) -> bool:
    """Whether a past participle shares the passive of the verb it is coordinated with,
    having no auxiliary of its own ("six guards were killed and many more hurt"):
    the parse calls its subject an active one, but the dozens were injured, they did not
    injure anyone."""
    return (verb.tag_ == "VBN" and verb.dep_ == "conj" and is_passive(verb.head)
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children))


#: Verbs of blows and attacks a person undergoes, besides ``HARMING_VERBS``: a headline's
#: bare participle of one tells what was done to its subject ("Teen pepper-sprayed").
UNDERGONE_VERBS = HARMING_VERBS | {"attack", "assault", "beat", "punch", "kick", "slap",
                                   "shove", "spray", "pepper-spray", "execute", "yank",
                                   "choke", "strangle", "pummel", "stomp"}  # fmt: skip


def headline_passive(verb: Token) -> bool:
    """Whether a verb with a subject is a passive told without its auxiliary, the way
    headlines tell harm ("Three soldiers killed in ambush", "Aid worker kidnapped in
    Mali", "Journalist shot dead"): a past participle of a verb people undergo, with no
    auxiliary and no object, or a past form with "dead" and no object. Active, the verb
    would need its object ("gunmen killed three soldiers"); without one, the subject is
    who underwent it."""
    if verb.lemma_.lower() not in UNDERGONE_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "dative", "ccomp"} for c in verb.children):
        return False
    dead = any(c.lower_ == "dead" and c.dep_ in {"acomp", "oprd"} for c in verb.children)
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and dead)


def bare_undergone(verb: Token) -> bool:
    """Whether a past participle hanging on the noun that heads the sentence is a
    headline's passive ("Teen pepper-sprayed in scuffle"): a verb people undergo with no
    object; a finite verb the parser took for a participle ("Thousands of students
    protested") is none of those."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in UNDERGONE_VERBS
            and not any(c.dep_ == "dobj" for c in verb.children))  # fmt: skip


def undergoer(subject: Token, verb: Token, guess: bool = True) -> EventActor | None:
    """Who a passive verb's subject names: a person where only people undergo it
    (``guess=False``: a listed noun for one, see ``person_phrase``)."""
    if verb.lemma_.lower() in HARMING_VERBS or dealt_to_person(verb):
        return person_phrase(subject, guess)
    return actor_phrase(subject, agent=False)


def taken_as(trigger: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """The sides of "took a shop owner hostage", "a man they held captive", "was taken
    hostage": the captive noun says what the taking made of someone, so who was taken is
    the verb's other object, its passive subject or the noun its clause describes, and
    who took them is its subject. None where the noun names the captives themselves
    ("holding 12 hostages")."""
    verb = trigger.head
    if (verb.lemma_.lower() not in _TAKING or verb.pos_ not in {"VERB", "AUX"}
            or trigger.tag_ != "NN" or trigger.lemma_.lower() not in CAPTIVE_NOUNS
            or any(c.dep_ in {"nummod", "amod", "poss"} for c in trigger.children)):
        return None
    taker = next((actor_phrase(c, agent=True) for c in verb.children if c.dep_ == "nsubj"),
                 None)  # fmt: skip
    taker = taker or next((first_object(c, agent=True) for c in verb.children
                           if c.dep_ == "agent"), None)  # fmt: skip
    held = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
                 and c.i != trigger.i), None)  # fmt: skip
    if held is None and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        held = verb.head
    if held is not None:
        return taker, person_phrase(held)
    named = [c for c in trigger.children if c.dep_ in {"compound", "nmod"}]
    if named:  # "took a shop owner hostage", parsed as one noun: the words before it
        start = min(c.left_edge.i for c in named)
        span = trigger.doc[start:trigger.i]
        return taker, EventActor(text=span.text, actor=None, start=span.start_char,
                                 end=span.end_char)  # fmt: skip
    if any(c.dep_ == "det" for c in trigger.children):
        return None  # "took the hostage to a camp": the hostage was taken
    return taker, None


#: Verbs that say what violence did to people: their object is the event's actor2.
OUTCOME_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


#: Verbs whose subject is who fell ("12 civilians died when a shell hit their home").
DYING = frozenset({"die", "perish", "drown", "burn"})


def who_fell(outcome: Token) -> EventActor | None:
    """Who the main clause an event's clause explains says fell: the passive subject of
    "were killed / wounded", the subject of "died"."""
    lemma = outcome.lemma_.lower()
    role = "nsubjpass" if lemma in OUTCOME_VERBS else "nsubj" if lemma in DYING else ""
    return next((actor_phrase(c, agent=False) for c in outcome.children if c.dep_ == role),
                None)  # fmt: skip


def lives_taken(verb: Token) -> EventActor | None:
    """Whose lives a verb took ("took the lives of 12 shoppers", "claimed the lives of
    30 soldiers"): the "of" phrase of its object "lives" are the people it killed, whatever
    noun names them (only people have lives to take: "12 mall goers"); the lives
    themselves name no one."""
    for life in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"):
        for prep in (p for p in life.children if p.dep_ == "prep" and p.lower_ == "of"):
            for whose in (o for o in prep.children if o.dep_ == "pobj"):
                found = actor_phrase(whose, agent=False)
                if found is None and whose.pos_ == "NOUN" and not whose.ent_type_:
                    start, end = noun_phrase(whose)
                    span = whose.doc[start:end]
                    found = EventActor(text=span.text, actor=None, start=span.start_char,
                                       end=span.end_char)  # fmt: skip
                if found is not None:
                    return found
    return None


def outcome_victims(verb: Token) -> EventActor | None:
    """Who the event hit when it names no object of its own: the object of a participle
    telling its outcome ("detonated a bomb near the convoy, killing four soldiers"), or
    driving someone from ground ("recaptured the town, driving the rebels from it"), or
    whose lives it took ("..., taking the lives of 12 guests")."""
    for child in verb.children:
        if child.dep_ in {"advcl", "conj", "xcomp"} and (lost := lives_taken(child)):
            return lost
        if child.dep_ in {"advcl", "conj", "xcomp"} and (
                child.lemma_.lower() in OUTCOME_VERBS or _ousting(child)):
            objects = [c for c in child.children if c.dep_ == "dobj"]
            if objects:
                return actor_phrase(objects[0], agent=False)
    return None


#: Verbs that drive a side off ground when they say whence ("pushing X out of", "drove
#: X from"): the side driven off is the one the event was fought against.
_OUSTING = frozenset({"push", "drive", "force", "expel", "oust", "dislodge", "flush", "chase"})


def _ousting(verb: Token) -> bool:
    return verb.lemma_.lower() in _OUSTING and any(
        c.lower_ in {"out", "from", "away"} and c.dep_ in {"prt", "prep", "advmod"}
        for c in verb.children)  # fmt: skip


def relative_target(verb: Token, by_preposition: bool = True) -> EventActor | None:
    """Whom a clause on an event noun says it hit: "the bombing, which killed 12
    soldiers", "the blast that tore through a crowded mosque" (``by_preposition``: a
    relative clause's "on/at/through" phrase counts; "attacks blamed on X" is no aim)."""
    if verb.lemma_.lower() in OUTCOME_VERBS or verb.lemma_.lower() in HITTING:
        target = next((actor_phrase(c, agent=False) for c in verb.children
                       if c.dep_ == "dobj"), None)  # fmt: skip
        if target is not None:
            return target
    lost = lives_taken(verb)  # "the bombing, which claimed the lives of 30 soldiers"
    if lost is not None:
        return lost
    for child in verb.children if by_preposition else ():
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "at", "through"}:
            found = first_object(child, agent=False)
            if found is not None:
                return found
    return outcome_victims(verb)


#: Verbs whose object is what an event hit ("the strike that hit a school").
HITTING = frozenset({"hit", "target", "strike", "destroy", "damage", "attack", "rip", "tear"})


def described_roles(verb: Token) -> tuple[EventActor | None, EventActor | None] | None:
    """The roles of a participle describing a noun: the noun does an "-ing" act
    ("gunmen attacking the village") and undergoes an "-ed" one ("civilians killed in
    the raid"), unless the noun heads the whole sentence, where the parser took a finite
    verb for a participle ("Thousands of students protested in Dhaka")."""
    noun = verb.head
    if verb.tag_ == "VBG" or (noun.dep_ == "ROOT" and not bare_undergone(verb)):
        victim = next((actor_phrase(c, agent=False) for c in verb.children if c.dep_ == "dobj"),
                      None)  # fmt: skip
        return actor_phrase(noun, agent=True), victim
    if verb.tag_ == "VBN":
        doer = next((first_object(c, agent=True) for c in verb.children
                     if c.dep_ == "agent"), None)  # fmt: skip
        return doer, undergoer(noun, verb, guess=False) or _those_undergoing(noun, verb)
        # "the lawyers arrested last week": a verb only people undergo makes a listed
        # noun for people who they are; "the tanker detained by ..." is still a ship
    return None


#: Pronouns that a participle after them makes the people who underwent it ("those
#: arrested", "those killed in the raid").
THOSE = frozenset({"those", "anyone", "everyone", "all"})


def _those_undergoing(noun: Token, verb: Token) -> EventActor | None:
    """"those arrested": the people the participle says underwent the event, named by
    the pronoun and the participle together (the pronoun alone names no one)."""
    if noun.lower_ not in THOSE or verb.i != noun.i + 1:
        return None
    span = noun.doc[noun.i : verb.i + 1]
    return EventActor(text=span.text, actor=None, start=span.start_char, end=span.end_char)
