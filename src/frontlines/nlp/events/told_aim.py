"""Whom an event was aimed at, when its sentence only points back at it.

A story tells an attack once with its aim ("the twin bombings of the French consulates
in Niger and Mali") and then only by a definite noun ("The May 3 bombings killed more
than 90 people"). ACLED codes the side the attack was aimed at, the consulates' state,
not whoever fell; in the sentence itself the aim outranks the outcome's victims
(``participants.trigger_roles``), and it does across the story too. Read as places and
dates are read for such nouns (``where.told_place``, ``when.noun_dates``): the same noun,
made definite and naming no aim of its own, points back at the mention that names one,
told by the same noun or by another of the kind's own words ("the blasts" for "the
bombings"); "other bombings" or "no bombing" points at none.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Token

from frontlines.model import EventActor
from frontlines.nlp.events.harmed import OUTCOME_VERBS
from frontlines.nlp.events.memo import sentence
from frontlines.nlp.events.phrases import SITES
from frontlines.nlp.events.realis import definite
from frontlines.nlp.events.referents import is_people
from frontlines.nlp.events.roles import ONE_SIDED, aimed_at
from frontlines.nlp.events.sides import first_object
from frontlines.vocab.events import SUFFIXES, EventType

__all__ = ["told_aim"]

#: ACLED event types aimed at a side (a protest or an agreement is aimed at no one's site).
_AIMED = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
#: Prepositions by which an event noun names its aim ("the bombing of the embassy", "an
#: attack on police", "strikes against X", "the blast at the consulate").
_AIM_PREPS = frozenset({"of", "on", "against", "at", "outside", "inside", "targeting"})
#: Words making an event noun another event or none ("other bombings", "no bombing").
_OTHER = frozenset({"no", "other", "similar", "such", "another", "previous", "earlier",
                    "future", "more"})  # fmt: skip
#: Words opening a noun phrase that points back at something told.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Event nouns whose "of" phrase is who underwent them, not what they were aimed at.
_UNDERGONE = frozenset({"killing", "death", "murder", "assassination", "arrest",
                        "abduction", "kidnapping", "capture", "execution"})  # fmt: skip


def told_aim(triggers: Sequence[Token], kind: EventType, actor1: EventActor | None,
             actor2: EventActor | None = None) -> EventActor | None:  # fmt: skip
    """The aim the story gives elsewhere to a definite event noun of ``triggers`` that
    names none itself, for an event of a ``kind`` aimed at a side whose sentence names
    no side hit (``actor2``) but those who fell ("killed 90 people"): the nearest mention
    before the sentence that names one, else the first after it. None when no trigger is
    such a noun, or no mention names an aim that is not ``actor1``'s own side."""
    if kind.acled_event not in _AIMED or kind.acled_sub_event in ONE_SIDED:
        return None
    if actor2 is not None and triggers and not _fell(actor2, triggers[0]):
        return None  # "the bombings hit a police station": the sentence's own aim
    bare = [t for t in triggers if _points_back(t) and not _aims(t)]
    if not bare:
        return None
    lemmas = {t.lemma_.lower() for t in bare}
    sent = sentence(bare[0])
    doc = sent.doc
    mentions = [t for t in doc if t.pos_ == "NOUN"
                and (t.lemma_.lower() in lemmas or _of_kind(t, kind))
                and not sent.start <= t.i < sent.end
                and not any(c.lower_ in _OTHER for c in t.children)]  # fmt: skip
    before = [t for t in mentions if t.i < sent.start]
    after = [t for t in mentions if t.i >= sent.end]
    for noun in [*reversed(before), *after]:
        aim = _own_aim(noun)
        if aim is not None and not _overlaps(aim, actor1):
            return aim
    return None


def _of_kind(noun: Token, kind: EventType) -> bool:
    """Whether a noun is one of the kind's own one-word cues or one with an event ending
    (``SUFFIXES``): a story tells one bombing as "the blasts" here and "the bombings"
    there ("the August bombings" points at "the blasts at the two consulates"). Not a
    noun for people made from a cue ("the bombers", "the fighters")."""
    return noun.lemma_.lower() in _kind_forms(kind.cues) and not is_people(noun)


@cache
def _kind_forms(cues: tuple[str, ...]) -> frozenset[str]:
    """Every one-word cue of a kind with each event ending, made once per kind: the
    story's every noun is looked up in it (trying each cue and ending per noun was a
    tenth of the layer's time on news)."""
    return frozenset(cue.lower() + end for cue in cues if " " not in cue
                     for end in ("", *SUFFIXES))  # fmt: skip


def _fell(actor: EventActor, trigger: Token) -> bool:
    """Whether the sentence names ``actor`` as those an outcome verb says fell: its object
    ("killed 90 people") or its passive subject ("12 people were wounded")."""
    span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() in OUTCOME_VERBS


def _points_back(noun: Token) -> bool:
    """A definite event noun ("the bombings", "Friday's blasts", "The May 3 attack")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _UNDERGONE and (
        definite(noun) or noun.left_edge.lower_ in _DEFINITE)


def _aims(noun: Token) -> bool:
    """Whether the noun names an aim or a site of its own: a preposition of aim ("the
    bombing at the market") or a site modifying it ("the embassy bombings")."""
    return any((c.dep_ == "prep" and c.lower_ in _AIM_PREPS)
               or (c.dep_ == "compound" and c.lemma_.lower() in SITES)
               for c in noun.children)  # fmt: skip


def _own_aim(noun: Token) -> EventActor | None:
    """What one mention of the event says it was aimed at: the side ``roles.aimed_at``
    reads, else the side or site keeper its "of" phrase names ("the bombings of American
    embassies")."""
    aim = aimed_at(noun)
    if aim is not None:
        return aim
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return first_object(prep, agent=False)
    return None


def _overlaps(aim: EventActor, actor1: EventActor | None) -> bool:
    """Whether the aim is the doer's own phrase, or names its words."""
    if actor1 is None:
        return False
    if aim.start < actor1.end and actor1.start < aim.end:
        return True
    return aim.text.casefold() == actor1.text.casefold()
