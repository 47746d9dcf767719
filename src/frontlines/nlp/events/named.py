"""An event the story names by its place: "the Orlando attacks", "the California
shootings", "the attack in Florida".

A story about something else (a campaign, a debate, a policy) keeps coming back to a
famous attack by the name of its place, in any sentence and with any verb around it
("celebrated the attacks", "the second town hall since the Nevada shootings"). A coder
codes the attack once, with every mention as evidence: the name is what ties the
mentions, not the nearest sentence, the sentence's verb or the date of what the sentence
says about it ("the attack in Ohio echoed across the country on Friday" tells when it
echoed). ``mentions.same_event`` keeps apart what the story's words keep apart; a
definite event noun named by a place the story already gave a violent event is that
event, wherever in the story it comes.

When the mentions type the event differently ("the attacks", then "the bombings"), the
event takes the most specific type the story gives it. Two ways of delivering explosives
that one deed seldom combines keep two mentions apart, whatever place or definite noun
they share: a bomber's own body ("the suicide bombing") is mostly no strike from afar told
again ("shelling of the north", "an air raid on the district"). A story about a war tells
both kinds, often in one district; merged, the bombing took the shelling's type and was
lost. Known limit: a complex attack does combine them (a bomber blows open a base's gate
and fighters then fire mortars at it), and its later "the shelling of the base" is read
as an event of its own.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Token

from frontlines.model import Event, PlaceMention, TextSpan
from frontlines.nlp.events.mentions import DISTINCT_WORDS, same_event, same_or_inside
from frontlines.nlp.events.realis import definite
from frontlines.nlp.events.story import VIOLENT_TYPES
from frontlines.nlp.extensions import items

__all__ = ["GENERAL_SUB_EVENTS", "merged", "name_place", "named_reference", "never_one",
           "told_before"]

#: Sub-event types a story's plainer word gives ("attack", "fighting"): a later mention
#: that says more ("bombing", "suicide bomber") is the more specific type.
GENERAL_SUB_EVENTS = frozenset({"Attack", "Armed clash"})
#: Sub-event types of a bomb carried to its target by the attacker's body.
_CARRIED = frozenset({"Suicide bomb"})
#: Sub-event types of explosives sent from afar (aircraft, guns, rockets).
_FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: Dependencies by which a place names the noun it modifies ("the Paris attacks").
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Prepositions by which a place names the event noun ("the attack in Florida").
_NAME_PREPS = frozenset({"in", "at"})


def name_place(trigger: Token) -> PlaceMention | None:
    """The place that names a definite event noun: a modifier ("the Orlando attacks", "the
    San Bernardino shooting") or "in"/"at" right on the noun ("the attack in Florida",
    "the attack at the embassy in Nairobi"),
    as the places layer resolved it; None for a verb, an indefinite noun ("a shooting in
    Ohio" may be a new event) or a noun no place names."""
    if not definite(trigger):
        return None
    named = [c for c in trigger.children if c.dep_ in _NAME_DEPS]
    named += _located(trigger)
    named += [o for site in _located(trigger) for o in _located(site)]  # "at the embassy in X"
    for token in named:
        place = _place_at(trigger.doc, token)
        if place is not None:
            return place
    return None


def _located(token: Token) -> list[Token]:
    """The objects of "in"/"at" right on ``token`` ("the attack in Florida")."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in _NAME_PREPS
            for o in p.children if o.dep_ == "pobj"]  # fmt: skip


def _place_at(doc: Doc, token: Token) -> PlaceMention | None:
    """The resolved place mention covering ``token``, if any."""
    start = token.idx
    for place in items(doc, "places"):
        if place.start <= start < place.end and (place.geonames_id is not None or place.name):
            return place
    return None


def named_reference(event: Event, triggers: list[Token], earlier: Event) -> bool:
    """Whether the mention names ``earlier`` by its place: a violent event noun named by a
    place that is the earlier violent event's place or lies in it, or contains it ("the
    attack in Florida" after "the Orlando massacre"), unless the story calls it another
    one ("the other Paris attack")."""
    if event.acled_event not in VIOLENT_TYPES or earlier.acled_event not in VIOLENT_TYPES:
        return False
    if earlier.place is None:
        return False
    for trigger in triggers:
        if any(c.lower_ in DISTINCT_WORDS for c in trigger.children):
            return False
        place = name_place(trigger)
        if place is not None and same_or_inside(place, earlier.place):
            return True
    return False


def told_before(event: Event, triggers: list[Token], events: list[Event],
                skip: Collection[int] = ()) -> int | None:  # fmt: skip
    """Index of the event of ``events`` the mention tells again: one it names by its place,
    anywhere in the story, else the first ``same_event`` finds. ``skip``: events that
    cannot be it (the other places of the same mention: "the blasts in A and B")."""
    skip = {*skip, *(i for i, e in enumerate(events) if never_one(event, e))}
    named = next((i for i, e in enumerate(events)
                  if i not in skip and named_reference(event, triggers, e)), None)  # fmt: skip
    if named is not None:
        return named
    return next((i for i, e in enumerate(events)
                 if i not in skip and same_event(event, triggers, e)), None)  # fmt: skip


def never_one(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` deliver explosives in ways one deed seldom combines: one
    carried by a bomber, the other sent from afar (see the module's docstring, and its
    known limit: a complex attack that does combine them)."""
    kinds = {a.acled_sub_event, b.acled_sub_event}
    return bool(kinds & _CARRIED) and bool(kinds & _FROM_AFAR)


def merged(earlier: Event, event: Event, evidence: TextSpan) -> Event:
    """``earlier`` with the mention's sentence as evidence, and the more specific type when
    the mention gives one (a bombing the story first called an attack). A date of its own
    stays: a later mention's date is often of what the sentence says about the event; a
    date only the publication gave comes from the mention that names one ("The bombings
    ... frightened travelers. ... since the Aug. 7 bombings"). The sides stay: a side
    named only later is often a claim's, read over the whole story (``_owned``)."""
    changes: dict[str, object] = {"evidence": (*earlier.evidence, evidence)}
    if earlier.date_source != "text" and event.date_source == "text":
        changes |= {"date": event.date, "date_precision": event.date_precision,
                    "date_source": event.date_source}  # only the mention dates it
    if (earlier.acled_sub_event in GENERAL_SUB_EVENTS and event.acled_event in VIOLENT_TYPES
            and event.acled_sub_event not in GENERAL_SUB_EVENTS):  # fmt: skip
        changes |= {"type": event.type, "acled_event": event.acled_event,
                    "acled_sub_event": event.acled_sub_event, "case_label": event.case_label,
                    "plover": event.plover, "plover_mode": event.plover_mode}  # fmt: skip
    return replace(earlier, **changes)  # type: ignore[arg-type]
