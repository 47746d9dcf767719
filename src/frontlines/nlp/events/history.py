"""History told on: a story that turns to an old event ("the attack on the consulate,
three years ago ...") goes on to tell it sentence by sentence ("the guard woke to shots
... the staff drove out of the compound ... the consul moved to the capital"), and those
sentences give no date of their own. Read alone each one falls back
on the publication day and looks like news; a coder reads it in the narrative it belongs
to, which is history.

So an event with no date of its own (``date_source`` is the publication day) told right
after a background event of the story is background too, unless its sentence moves
elsewhere: it names a place in another country than the background event's. The chain
carries on through the narrative (each event so made background lends it to the next)
and stops at the first event the story dates itself, or one it places abroad.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from frontlines.model import Event
from frontlines.nlp.events.story import names_a_place

__all__ = ["history_told_on", "undated"]

#: The date source of an event whose sentence gave it no date: the publication day.
_NO_DATE_OF_ITS_OWN = "published"


def history_told_on(events: list[Event], doc: Doc) -> list[Event]:
    """``events`` (in story order) where the undated ones that go on telling a background
    event are background too (see the module's docstring)."""
    out: list[Event] = []
    for event in events:
        before = out[-1] if out else None
        if before is not None and before.background and _told_on(event, before, doc):
            event = replace(event, background=True)
        out.append(event)
    return out


def _told_on(event: Event, history: Event, doc: Doc) -> bool:
    """Whether ``event``, told after the background event ``history``, goes on telling
    it: no date of its own, and no place of its own in another country."""
    if event.background or event.date_source != _NO_DATE_OF_ITS_OWN:
        return False
    if event.start < history.start:
        return False  # not told after it
    sent = doc.char_span(event.start, event.end, alignment_mode="expand")
    if sent is None or not names_a_place(sent):
        return True  # its place, if any, is only the story's carried over
    if event.place is None or history.place is None:
        return False
    return bool(event.place.country) and event.place.country == history.place.country


#: Entity labels of the time expressions that date an event.
_DATE_LABELS = frozenset({"DATE", "TIME"})


def undated(events: list[Event], doc: Doc) -> set[int]:
    """Starts of the events whose sentence names no date or time: whatever date they hold
    the story carried over to them (``story.carried_over``), not their own words."""
    out: set[int] = set()
    for event in events:
        sent = doc.char_span(event.start, event.end, alignment_mode="expand")
        if sent is not None and not any(e.label_ in _DATE_LABELS for e in sent.ents):
            out.add(event.start)
    return out
