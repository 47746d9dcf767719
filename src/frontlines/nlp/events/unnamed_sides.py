"""The side an event's own type names when the sentence names no one for it.

ACLED codes some sides by what the event is, not by what the sentence says:

* violence against civilians (an attack, an abduction, sexual violence) has civilians as
  its second side by definition: the type is "against civilians". A mention that names no
  victim ("the shootings in the capital", "after the massacre") still has them, coded
  "Civilians";
* an arrest is the state's deed: a passive "was arrested", "has been detained in X" with
  no agent is the police's ("Police Forces of" the country, in ACLED's names, where the
  event is placed in a country as a whole; else the generic police).

Each generic side stands at the event's own word (its text is the generic name, its
offsets the word's), so a reader sees where it was read from; a side the sentence or the
story names always wins, since this runs last, on the sides left empty.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from frontlines.model import Event, EventActor
from frontlines.nlp.events.roles import cue_words

__all__ = ["ARRESTING_SIDE", "VICTIM_SIDE", "unnamed_sides"]

#: ACLED's sub-event types of violence against civilians: their second side is civilians.
_AGAINST_CIVILIANS = frozenset({"Attack", "Abduction/forced disappearance",
                                "Sexual violence"})  # fmt: skip
#: The generic second side of violence against civilians.
VICTIM_SIDE = "civilians"
#: The generic first side of an arrest no one is said to have made.
ARRESTING_SIDE = "police"


def unnamed_sides(events: list[Event], doc: Doc) -> list[Event]:
    """``events`` with the sides their type names filled in where none was read."""
    done = []
    for event in events:
        if event.acled_sub_event in _AGAINST_CIVILIANS and event.actor2 is None:
            side = _at_word(event, doc, VICTIM_SIDE)
            event = replace(event, actor2=side) if side is not None else event
        elif event.acled_sub_event == "Arrests" and event.actor1 is None:
            side = _at_word(event, doc, _arresting(event, doc))
            event = replace(event, actor1=side) if side is not None else event
        done.append(event)
    return done


#: GeoNames feature codes of a country (independent, dependent, semi-independent, ...).
_COUNTRY_CODES = "PCL"


def _arresting(event: Event, doc: Doc) -> str:
    """The police an unattributed arrest is coded to: ACLED's "Police Forces of" the
    country where it was made, when the place the event is told at names a country as
    a whole ("has been detained in Turkey", however the story narrows it down later),
    else the generic police."""
    place = event.place
    if place is None:
        return ARRESTING_SIDE
    mentions = doc._.places if doc.has_extension("places") and doc._.places else []
    country = next((p.name for p in (place, *mentions) if p.start == place.start and p.name
                    and (p.feature_code or "").startswith(_COUNTRY_CODES)), None)  # fmt: skip
    return ARRESTING_SIDE if country is None else f"Police Forces of {country}"


def _at_word(event: Event, doc: Doc, name: str) -> EventActor | None:
    """The generic side ``name`` standing at the event's first word in its sentence;
    None where no word of its cues is there (nothing to point at)."""
    sent = doc.char_span(event.start, event.end, alignment_mode="expand")
    words = cue_words(sent, event.cues) if sent is not None else []
    if not words:
        return None
    word = words[0]
    return EventActor(text=name, actor=None, start=word.idx, end=word.idx + len(word.text))
