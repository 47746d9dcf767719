"""The other places of a mention that tells a coded event again: "a week after the twin
truck bombings outside the consulates in Accra and Lome", once the story told the Accra
bombing.

A definite event noun the realis reading drops (the setting of another clause, a
reference, "tied the truck bombs outside the consulates in A and B to a cell") tells no new
event on its own: it is one more evidence sentence of the event it refers back to
(``component._evidence_of_told``). But ACLED codes one event per place, and a noun whose
own place is a coordination of places ("the bombings in A and B", ``spread``) names one
event in each. When one of those places is an event the story already told, the
reference is anchored: the noun's event happened, and so did its twin in the other
place, which the story may never tell again in a sentence of its own. A mention that
meets no told event adds nothing (a cause, a kind, a setting stays no event).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from frontlines.model import Event
from frontlines.nlp.events.confidence import event_features
from frontlines.nlp.events.factuality import RealisModel, realis_probability
from frontlines.nlp.events.named import told_before
from frontlines.nlp.events.story import background
from frontlines.vocab.events import EventMatch

__all__ = ["told_places", "told_siblings", "twin_day"]


def told_places(spots: Sequence[Event], triggers: list[Token], events: Sequence[Event],
                ) -> list[int | None]:  # fmt: skip
    """The index of the told event each of ``spots`` tells again (None: none); the other
    places of the same mention cannot be the same event ("the blasts in A and B")."""
    found: list[int | None] = []
    for spot in spots:
        found.append(told_before(spot, triggers, list(events), [i for i in found if i is not None]))
    return found


def told_siblings(spots: Sequence[Event], told: Sequence[int | None], trigger: Token,
                  match: EventMatch, context: tuple[int, str | None, Any],
                  realis: RealisModel | None, events: Sequence[Event] = (),
                  ) -> list[tuple[Event, dict[str, float]]]:  # fmt: skip
    """The events of ``spots`` (one mention spread over its places) that no told event
    is (``told``: the index of the event each one tells again, else None, in ``events``),
    each with its confidence features, when another spot of the same mention is a told
    event; ``context`` is the sentence's index, the publication day and the story's "now".
    A twin the mention gives no day of its own takes the day the story gave the told
    event (``twin_day``)."""
    if len(spots) < 2 or all(i is None for i in told):
        return []
    index, published, now = context
    p = realis_probability(trigger, realis)
    twin = next((events[i] for i in told if i is not None and i < len(events)), None)
    found = []
    for spot, earlier in zip(spots, told, strict=True):
        if earlier is not None:
            continue
        event = twin_day(spot, twin)
        event = replace(event, background=background(event, now))
        found.append((event, event_features(event, trigger, match, index, published, p)))
    return found


def twin_day(spot: Event, twin: Event | None) -> Event:
    """``spot`` on the day of ``twin``, the told event of the same mention, when only the
    publication (or nothing) dated ``spot`` and the text dated ``twin``: one mention of
    "the bombings in A and B" tells one day ("Aug. 7" for A, told before), which is B's
    too (as ``retold.one_day`` gives the places of one mention one day)."""
    if twin is None or spot.date_source == "text" or twin.date_source != "text":
        return spot
    return replace(spot, date=twin.date, date_precision=twin.date_precision,
                   date_source=twin.date_source)  # fmt: skip
