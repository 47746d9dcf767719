"""The sides a later mention of an event names, given to the event it refers back to.

A story often tells an event first without its sides and names them when it tells the
event again: "A bomb exploded in Kano. ... Officials allege the bombing was plotted by
X", "... The blast hit an army checkpoint". Once a mention is judged to tell an event
already coded (``named.told_before``, ``retold``), what its trigger's own arguments say
of the sides is the event's, where the event names none; the story's claimant comes
first (``story.owned``), the kind of side the event noun names ("the terrorist attack")
after. Only the trigger's arguments count (``roles.actors_of``): a name the mention's
sentence holds elsewhere is no side ("X condemned the bombing"), and a story-wide
"nearest actor" was tried before and cost precision. A mention the pipeline codes as an
event of its own gives only whom it hit: the doer such a retelling names cost the dev
check half one event's actor1 for two PolNeAR tune ones (README, "Who did it").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from frontlines.model import Event, EventActor
from frontlines.nlp.events.memo import entities
from frontlines.nlp.events.participants import is_speaker, trigger_roles
from frontlines.nlp.events.roles import ONE_SIDED

__all__ = ["Sides", "own_sides", "told_sides"]

#: An event's two sides, either unnamed.
Sides = tuple[EventActor | None, EventActor | None]


def own_sides(triggers: list[Token]) -> Sides:
    """The sides a mention's trigger words name by their own arguments, without the
    sentence's other names; a side that only tells of the event is none of them."""
    if not triggers:
        return None, None
    one, two = trigger_roles(triggers, None, None)
    return _kept(one, triggers[0]), _kept(two, triggers[0])


def _kept(side: EventActor | None, trigger: Token) -> EventActor | None:
    """``side`` unless it only tells of the event ("X said the bombing ...") or is a
    country or town named beside the event word rather than doing it ("the Kenya
    bombing", "Iraq's offensive equipment", "a treaty between A and B"): a place is a
    doer only as the subject of the verb or after "by"."""
    if side is None or is_speaker(side, trigger):
        return None
    span = trigger.doc.char_span(side.start, side.end, alignment_mode="expand")
    if span is None or not (ents := entities(span)) or any(e.label_ not in _PLACES for e in ents):
        return side
    root = span.root
    acts = root.dep_ == "nsubj" or (root.dep_ == "pobj" and root.head.dep_ == "agent")
    return side if acts else None


#: ACLED event types a story tells again by the same words ("the attack", "the
#: protests"); an agreement, an arrest or a campaign's "fight" named again is more often
#: another one, or no event at all, and its sentence's sides are another story's.
_TOLD_AGAIN = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians",
                         "Protests", "Riots"})  # fmt: skip
#: Entity labels of places.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def told_sides(event: Event, sides: Sides) -> Event:
    """``event`` with the sides a later mention of it names where it names none; a side
    never becomes both, and a one-sided event (a peaceful protest) takes no second."""
    one, two = sides
    changes: dict[str, EventActor] = {}
    if event.acled_event not in _TOLD_AGAIN:
        return event
    if event.actor1 is None and one is not None and not _same(one, event.actor2):
        changes["actor1"] = one
    first = changes.get("actor1", event.actor1)
    if (event.actor2 is None and two is not None and event.acled_sub_event not in ONE_SIDED
            and not _same(two, first)):  # fmt: skip
        changes["actor2"] = two
    return replace(event, **changes) if changes else event  # type: ignore[arg-type]


def _same(a: EventActor, b: EventActor | None) -> bool:
    """Whether two actors name one side: one dictionary actor, or words one holds whole."""
    if b is None:
        return False
    if a.actor is not None and a.actor == b.actor:
        return True
    x, y = a.text.casefold().split(), b.text.casefold().split()
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))
