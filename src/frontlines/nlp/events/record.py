"""An event record from one sentence's reading: its type, sides, place, date and toll.

Why a module of its own: the event layer decides what a sentence tells
(``component.EventCoder``); this only writes the typed frozen ``Event`` that crosses the
stage boundary, with its provenance (offsets, sentence, extractor) and the toll a
"killed" claim of the same sentence gives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from frontlines.model import (
    Event,
    EventActor,
    Extractor,
    PlaceMention,
    as_acled_precision,
    as_date_source,
)
from frontlines.nlp.events.roles import ONE_SIDED
from frontlines.nlp.events.tokens import _text
from frontlines.nlp.events.when import EventDate
from frontlines.nlp.extensions import items
from frontlines.vocab.events import EventMatch

__all__ = ["MOVED", "event_record", "kept_actor2"]

#: The PLOVER mode of forces moved or formed: one side only, as ACLED codes a group's change.
MOVED = "troops"


def kept_actor2(match: EventMatch, actor2: EventActor | None) -> EventActor | None:
    """The second side an event of ``match``'s type keeps: none for one-sided types and
    troop movements. Read before the event's place is chosen too, so that a side the
    record drops ("exercises ringing Japan") does not keep its name from being where."""
    t = match.type
    return None if t.acled_sub_event in ONE_SIDED or t.plover_mode == MOVED else actor2


def event_record(
    doc: Doc,
    sent: Span,
    match: EventMatch,
    actors: tuple[EventActor | None, EventActor | None],
    place: PlaceMention | None,
    when: EventDate,
    extractor: Extractor,
) -> Event:
    """The ``Event`` a sentence tells: one-sided types and troop movements keep no actor2."""
    actor1, actor2 = actors
    killed = [
        c for c in items(doc, "claims")
        if c.measure == "killed" and sent.start_char <= c.start < sent.end_char
    ]  # fmt: skip
    fatalities = next((int(c.value) for c in killed if c.value is not None), None)
    t = match.type  # its PLOVER type the lexicon's until the story is read (typed_events)
    return Event(
        type=t.recorded_id,
        acled_event=t.acled_event,
        acled_sub_event=t.acled_sub_event,
        case_label=t.case,
        plover=t.plover,
        plover_mode=t.plover_mode,
        actor1=actor1,
        actor2=kept_actor2(match, actor2),
        place=place,
        date=when.value,
        date_precision=as_acled_precision(when.precision),
        date_source=as_date_source(when.source),
        fatalities=fatalities,
        cues=match.cues,
        start=sent.start_char,
        end=sent.end_char,
        text=_text(sent),
        extractor=extractor,
    )
