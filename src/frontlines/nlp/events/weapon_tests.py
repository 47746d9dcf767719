"""A weapon tested is coded only when the test is the clause's own deed, read on the parse:
asked by ``senses.py`` for the ``weapons_test`` type.

A test word is mentioned far more often than a test is told: a protest "against the
nuclear test", a strike with a missile "it had test-fired last year", a test "scheduled
for Friday" and postponed, a rocket engine a space firm "test-fired". So the noun
("nuclear test", "missile tests") counts only as the object of a verb of holding it
("conducted", "carried out", "staged"), in its own clause or in a relative clause of its
own ("the tests that Iran carried out"), with a weapon word beside it and no word of a
plan or a call-off; the verb ("test-fired", "test-launched") only as a clause's main
predicate (not a relative clause or participle of another noun) whose object is a
weapon (a missile, a warhead; not an engine or a rocket, which space firms test too).
A test only mentioned reads as a wrong participant (``MENTIONED``), so the
sentence's other types are still asked; a test-firing of no weapon or a test planned is
off sense.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.anterior import perfect_infinitive

__all__ = ["MENTIONED", "test_reason"]

#: A test told of another noun or only mentioned: another type of the sentence (the
#: protest against it, the strike with a missile once tested) may still be its deed.
OF_ANOTHER = "a test told of another noun"
NOT_HELD = "a test mentioned, not held"
MENTIONED = frozenset({OF_ANOTHER, NOT_HELD})

#: Words that name a weapon test with "test" ("nuclear test", "missile tests").
_TESTED = frozenset({"nuclear", "missile", "weapon", "weapons", "atomic", "bomb", "ballistic"})
#: Verbs that hold a test ("conducted", "carried out", "staged").
_HOLDING = frozenset({"conduct", "carry", "stage", "perform", "hold", "undertake"})
#: Weapons a test-firing fires (its object or the object's modifiers).
_FIRED = frozenset({"missile", "missiles", "warhead", "warheads", "icbm", "icbms", "ballistic",
                    "weapon", "weapons", "projectile", "projectiles", "torpedo", "torpedoes"})
#: Words of a test planned or called off ("the test scheduled for Friday was postponed").
_PLANNED = frozenset({"plan", "schedule", "postpone", "cancel", "delay", "call", "propose",
                      "expect", "set", "suspend", "scrap", "abandon"})
#: Clauses of another noun: what they tell is said of that noun, not asserted.
_ASIDES = frozenset({"relcl", "acl", "advcl", "amod", "compound", "pcomp", "xcomp"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def test_reason(trigger: Token) -> str:
    """Why ``trigger``, a word of a weapons test, does not tell a test held here, or ""."""
    verb = trigger if _lemma(trigger) in {"fire", "launch"} else None
    if verb is None and _lemma(trigger) == "test" and _lemma(trigger.head) in {"fire", "launch"} \
            and trigger.dep_ in {"npadvmod", "nsubj", "compound", "amod"}:  # fmt: skip
        verb = trigger.head  # "test-fired", "test fired"
    if verb is not None:
        return _fired_reason(verb)
    if _lemma(trigger) != "test":
        return "not a test"
    return _held_reason(trigger)


def _fired_reason(verb: Token) -> str:
    if verb.pos_ != "VERB" or verb.dep_ in _ASIDES:
        return OF_ANOTHER  # "a missile it had test-fired last year"
    thing = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if thing is None:
        return "nothing fired"
    named = {_lemma(thing), thing.lower_, *(_lemma(c) for c in thing.children
                                            if c.dep_ in {"compound", "amod"})}  # fmt: skip
    return "" if named & _FIRED else "no weapon fired"  # "test-fired the engine"


def _held_reason(test: Token) -> str:
    if not any(_lemma(c) in _TESTED for c in _weapon_words(test)):
        return "not a weapon test"
    if any(_lemma(c) in _PLANNED for c in test.children if c.dep_ in {"acl", "amod", "relcl"}):
        return "a test planned or called off"
    held = test.head if test.dep_ in {"dobj", "nsubjpass"} else None
    if held is not None and _lemma(held) in _HOLDING and (
            held.dep_ not in _ASIDES - {"xcomp"} or _told_after(held) or _of_holder(held)
            or perfect_infinitive(held)):  # "its claim to have conducted a test": done
        return ""  # "conducted its sixth nuclear test", "a nuclear test was carried out"
    if _owned_and_dated(test):
        return ""  # "Pyongyang's nuclear test on Sunday drew condemnation"
    if any(c.dep_ == "relcl" and _lemma(c) in _HOLDING for c in test.children):
        return ""  # "the missile tests that Iran carried out last week"
    return NOT_HELD


def _weapon_words(test: Token) -> list[Token]:
    """The words that may name what ``test`` tested: its modifiers ("nuclear test"), or
    an "of" phrase's noun and that noun's modifiers ("a test of a long-range rocket")."""
    words = [c for c in test.children if c.dep_ in {"compound", "amod"}]
    for prep in (c for c in test.children if c.dep_ == "prep" and c.lower_ == "of"):
        for thing in (c for c in prep.children if c.dep_ == "pobj"):
            words += [thing, *(c for c in thing.children if c.dep_ in {"compound", "amod"})]
    return words


def _of_holder(held: Token) -> bool:
    """A relative clause of a named state or group ("Ostland, which has conducted a
    nuclear test, ..."): it tells the holder's deed as the main clause would."""
    return held.dep_ == "relcl" and held.head.ent_type_ in _HOLDERS


#: Markers of a clause that tells what happened before its main clause's news.
_BEFORE_NEWS = frozenset({"after", "when", "since"})
#: Named holders of a weapon test (a state or an armed group).
_HOLDERS = frozenset({"GPE", "NORP", "ORG"})


def _told_after(held: Token) -> bool:
    """A clause of time that tells the test as done: "markets fell after Pyongyang
    conducted a nuclear test"."""
    return held.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _BEFORE_NEWS for c in held.children)


def _owned_and_dated(test: Token) -> bool:
    """A state's or group's one test on a named day: "the country's nuclear test on
    Sunday" is a test held; "Iran's missile tests" (no day) may be a habit."""
    owned = any(c.dep_ == "poss" and c.ent_type_ in _HOLDERS for c in test.children)
    dated = any(t.ent_type_ == "DATE" for t in test.subtree if t is not test)
    return owned and dated and test.tag_ == "NN"
