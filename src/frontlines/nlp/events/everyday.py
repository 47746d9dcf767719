"""Harm and blast words in the news of weather, sport, film and markets: asked by
``offbeat.offbeat_reason`` for the types of killing, striking and exploding.

"Hurricane Ana struck the island", "lightning hit a house" are disasters; "she shot 68 in
the final round", "fired a shot past the keeper" are sport; "the sequel bombed at the box
office" is a film that failed; "shares exploded" is a market. What gives each away is a
participant no attack has: a natural hazard as the doer (``hazard_nouns``), a score as
what is shot (a number written in figures, as scores are: people shot are "five people"
or "five"), a goal or a goalkeeper as where a shot goes (``sport_targets``), a work shown
to an audience that "bombs" (``work_nouns``), an amount that "explodes" (``amount_nouns``).
Harm told in the sentence ("killing a guard") keeps a shot an attack; a hazard that kills
is a disaster all the same.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.speakers import harm_told
from frontlines.vocab.words import words

__all__ = ["everyday_reason"]

HAZARDS = words("sense", "hazard_nouns")
WORKS = words("sense", "work_nouns")
AMOUNTS = words("sense", "amount_nouns")
SPORT_TARGETS = words("sense", "sport_targets")
#: Verbs by which a hazard harms ("struck", "hit", "killed", "tore through").
_HAZARD_VERBS = frozenset({"strike", "hit", "kill", "destroy", "slam", "batter", "pound",
                           "ravage", "devastate", "wreck", "tear", "lash", "sweep", "rip",
                           "flatten", "injure", "wound", "damage"})  # fmt: skip
#: Verbs of shooting and firing a shot.
_SHOOTING = frozenset({"shoot", "fire", "hit", "strike", "blast", "rifle", "drill"})
#: Verbs of a work failing ("the film bombed").
_FLOPPING = frozenset({"bomb", "flop", "tank", "crash"})
#: Verbs of an amount rising or falling.
_SURGING = frozenset({"explode", "blow", "crash", "bomb", "collapse"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _doer(verb: Token) -> Token | None:
    """The verb's subject, or the object of "by" of a passive ("was struck by lightning")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


#: Words that open the name of a storm ("Hurricane Ana", "Typhoon Rai"); "Storm" is not
#: one: weapons are named so too ("a Storm Shadow missile").
_STORM_TITLES = frozenset({"hurricane", "typhoon", "cyclone", "tropical"})


def _a_hazard(word: Token) -> bool:
    """A natural hazard: the word itself ("the quake"), not a figure of speech for many
    of something ("a storm of shells"), or a named one ("Hurricane Ana", "Typhoon Rai":
    a storm title opening a proper name)."""
    if _lemma(word) in HAZARDS:
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    return word.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < word.i and _lemma(c) in _STORM_TITLES
        for c in word.children)  # fmt: skip


def hazard_struck(trigger: Token) -> bool:
    """ "An earthquake struck the region", "Cyclone Ida hit the coast, killing nine",
    "the house was struck by lightning": a natural hazard doing the harm is a disaster."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _HAZARD_VERBS:
        return False
    doer = _doer(trigger)
    return doer is not None and _a_hazard(doer)


def _figures(word: Token) -> bool:
    """A number written in figures ("68", "5"), as scores are."""
    return word.tag_ == "CD" and word.text.replace(",", "").isdigit()


#: Words of a game around a score ("in the final round", "on the 18th hole", "5 of 12
#: from the field"): news writes people shot in figures too ("police shot 12").
_SCORE_CONTEXT = frozenset({"round", "hole", "par", "birdie", "bogey", "eagle", "course",
                            "tournament", "championship", "game", "match", "quarter",
                            "season", "field", "point", "under", "over"})  # fmt: skip


def a_score(trigger: Token) -> bool:
    """ "She shot 68 in the final round", "shot a 3-under 69", "he shot 5 of 12 from the
    field": a shot whose object is a number in figures, in a sentence that speaks of a
    game, with no noun of people shot, is a score."""
    if trigger.pos_ != "VERB" or _lemma(trigger) != "shoot" or harm_told_besides(trigger):
        return False
    if not any(_lemma(t) in _SCORE_CONTEXT or t.lower_.endswith("-under")
               for t in sentence(trigger)):  # fmt: skip
        return False
    return any(c.dep_ == "dobj" and _figures(c) for c in trigger.children)


def harm_told_besides(trigger: Token) -> bool:
    """Harm told in the sentence by a word other than the trigger itself ("shot" is one of
    ``speakers.harm_told``'s words)."""
    return any(t.i != trigger.i and _lemma(t) in {"kill", "wound", "injure", "die", "dead",
                                                   "hospital", "hurt", "bleed", "stab"}
               for t in sentence(trigger))  # fmt: skip


def at_a_goal(trigger: Token) -> bool:
    """ "fired a shot past the keeper", "shot wide of the net", "hit the crossbar": a shot
    whose own phrase names what a game's shots are aimed at is sport."""
    if _lemma(trigger) not in _SHOOTING and _lemma(trigger) != "shot":
        return False
    if harm_told_besides(trigger):
        return False
    near = [c for c in trigger.children]
    near += [g for c in near for g in c.children]
    near += [g for c in near if c.dep_ == "prep" for g in c.children]
    return any(_lemma(w) in SPORT_TARGETS for w in near)


def a_work_failed(trigger: Token) -> bool:
    """ "The sequel bombed at the box office", "her album flopped": a work shown to an
    audience that "bombs" with nothing bombed failed."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _FLOPPING:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    office = any(p.dep_ == "prep" and any(o.lower_ == "office" for o in p.children)
                 for p in trigger.children)  # fmt: skip
    return office or (subject is not None and _lemma(subject) in WORKS)


def an_amount_surged(trigger: Token) -> bool:
    """ "Shares of the firm exploded", "prices blew up": an amount that explodes grew."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _SURGING or harm_told(trigger):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return subject is not None and _lemma(subject) in AMOUNTS


def everyday_reason(trigger: Token) -> str:
    """Why a harm or blast word ``trigger`` is in the sense of weather, sport, film or
    markets, or ""."""
    if hazard_struck(trigger):
        return "a natural disaster"
    if a_score(trigger) or at_a_goal(trigger):
        return "a shot in a game"
    if a_work_failed(trigger):
        return "a work that failed"
    if an_amount_surged(trigger):
        return "an amount that grew"
    return ""
