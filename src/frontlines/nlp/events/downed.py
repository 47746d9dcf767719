"""An aircraft shot down was the target, not the striker.

A sentence that tells of a warplane or a helicopter "shot down" names an aircraft, and the
lexicon's cues of an air strike ("helicopter", "warplane") or of an attack ("shot") fire
on it; but the aircraft was what was hit. Crewed military aircraft are an armed side, so
ACLED's reading is a battle between the side that fired and the air force (an armed
clash), not an air strike and not violence against civilians. Drones are left alone: a
drone brought down may be coded as a disrupted weapon, and that is no clear reading.
Nor is a civilian flight an armed side: "a Red Cross helicopter", "a medical plane", "a
helicopter carrying aid workers" (``civilian_aircraft_modifiers`` and
``aircraft_load_verbs`` in ``data/event_words.toml``).

Only a verb of downing whose own object (or passive subject) is an aircraft counts: "shot
down a warplane", "the helicopter was brought down", "militants downed an army jet". And
only when it is what the event's own words tell: each of its trigger words is the verb
of downing, a word it governs (the aircraft, "killing its crew") or a noun it describes
("the attack that downed a jet"). A downing told in another clause of the sentence is
another deed: "warplanes bombed the market, two days after rebels shot down a
helicopter" is still an air strike, and its later clause does not retype it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.nlp.events.civilians_hit import CIVILIAN_NOUNS
from frontlines.vocab.events import ATTACK_ON_FORCES, EventLexicon, EventMatch
from frontlines.vocab.words import word_list

__all__ = ["AIRCRAFT", "aircraft_downed"]

#: Crewed military aircraft (``data/event_words.toml``): one downed is an armed side hit.
AIRCRAFT = frozenset(word_list("event", "downed_aircraft"))
#: Words of any aircraft, and the modifiers that make one military ("a fighter jet").
_ANY_AIRCRAFT = frozenset(word_list("event", "downed_any_aircraft"))
_MILITARY = frozenset(word_list("event", "military_aircraft_modifiers"))
#: Modifiers of a civilian aircraft, and the verbs of what it carries ("carrying patients").
_CIVILIAN = frozenset(word_list("event", "civilian_aircraft_modifiers"))
_LOAD_VERBS = frozenset(word_list("event", "aircraft_load_verbs"))
#: Verbs that take "down" for bringing an aircraft out of the sky.
_DOWNING = frozenset({"shoot", "bring", "knock"})
#: The event types the aircraft's words or a verb of shooting may have given.
_STRIKER_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
#: Dependencies of a clause that tells a deed of its own ("after warplanes bombed ...").
_OWN_CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis", "xcomp", "relcl", "acl"})


def aircraft_downed(match: EventMatch, words: list[Token], sent: Span,
                    lexicon: EventLexicon) -> EventMatch:  # fmt: skip
    """``match`` as an armed clash when its trigger ``words`` tell of an aircraft downed in
    ``sent`` (see the module's docstring); otherwise unchanged."""
    if match.type.acled_event not in _STRIKER_TYPES or not words:
        return match
    downings = [t for t in sent if _downs(t)]
    if not all(any(_told_by(w, d) for d in downings) for w in words):
        return match
    return replace(match, type=lexicon.get(ATTACK_ON_FORCES))


def _told_by(word: Token, downing: Token) -> bool:
    """Whether the trigger ``word`` is part of what ``downing`` tells: the verb itself, a
    word it governs that is not a clause of its own ("shot down a warplane", "downed a
    jet, killing its crew"), or a noun it describes ("the attack that downed a jet")."""
    if word.i == downing.i:
        return True
    if word.head.i == downing.i:
        return word.dep_ not in _OWN_CLAUSES or (word.tag_ == "VBG" and not any(
            c.dep_ == "mark" for c in word.children))  # fmt: skip
    return downing.head.i == word.i and downing.dep_ in {"relcl", "acl"}


def _downs(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    downing = lemma == "down" or (lemma in _DOWNING and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children))  # fmt: skip
    if not downing:
        return False
    return any(c.dep_ in {"dobj", "nsubjpass"} and _aircraft(c) for c in verb.children)


def _aircraft(noun: Token) -> bool:
    """Whether ``noun`` names a crewed military aircraft ("a warplane", "an army
    helicopter", "a fighter jet"), not a person ("a suicide bomber"), an airliner ("a
    passenger jet") nor a civilian flight ("a Red Cross helicopter", "a helicopter
    carrying patients")."""
    words = {noun.lemma_.lower(), noun.lower_}
    modifiers = {w.lower_ for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}
                 for w in c.subtree}  # fmt: skip
    military = bool(modifiers & _MILITARY)
    if (modifiers & _CIVILIAN and not military) or _carries_civilians(noun):
        return False  # "a military charter plane" stays a military one
    if words & _ANY_AIRCRAFT:
        return military
    return bool(words & AIRCRAFT) and "suicide" not in modifiers


def _carries_civilians(noun: Token) -> bool:
    """ "a helicopter carrying aid workers", "a plane flying pilgrims home": its load is
    people named as civilians (``civilian_nouns``)."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _LOAD_VERBS:
            continue
        for load in verb.children:
            if load.dep_ != "dobj":
                continue
            compounds = [c.lower_ for c in load.children if c.dep_ == "compound"]
            said = {load.lower_, load.lemma_.lower(), *(f"{c} {load.lemma_.lower()}"
                                                       for c in compounds)}  # fmt: skip
            if said & CIVILIAN_NOUNS:
                return True
    return False
