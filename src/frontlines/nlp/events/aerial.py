"""An air or drone strike needs something in the air: a story naming no aircraft codes none.

ACLED's "Air/drone strike" is violence from aircraft or drones. The lexicon reads a bare
"strike" as one (the word a coalition's strike reports use), and the learned sub-event
classifier may choose it from a sentence's other words ("killed"); in a story about a
sniper, or about gunmen who "struck" a crowded hall, neither the word nor the killing
came from the air. What tells an air war apart is the rest of the story: a report of air
strikes names the aircraft, the drones, the bombers, the air force or the missiles at
least once. An event typed as an air strike in a story naming none of them is told as
the attack it is (``Violence against civilians / Attack``, the lexicon's ``attack``);
the wrong type would be a false event and a missed one. A sentence counting "strikes"
(the noun of a strike report: "three strikes hit two fighting positions") keeps its
air strike: that is how air wars are reported even where the aircraft go unnamed.

The words are the lexicon's own air-strike cues (``data/events.toml``) and a short list
of aerial weapons (``data/sense_words.toml``), not words of any story.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from frontlines.model import Event
from frontlines.vocab.events import EventLexicon, EventType
from frontlines.vocab.words import words

__all__ = ["AIR_SUB_EVENT", "AIR_TYPE", "GROUND_TYPE", "grounded", "names_aircraft"]

#: The ACLED sub-event type of violence from the air.
AIR_SUB_EVENT = "Air/drone strike"
#: The lexicon type whose cues name aircraft, drones and air raids.
AIR_TYPE = "air_strike"
#: The lexicon type an air strike with nothing in the air is told as.
GROUND_TYPE = "attack"
#: The noun a strike report counts its sorties by ("three strikes hit ISIL positions"):
#: a sentence that uses it is the air war's own genre, aircraft named or not; the verb
#: ("gunmen struck a hall") and other words ("killed") are not.
_STRIKES = re.compile(r"\bstrikes?\b", re.I)
#: PLOVER mode of violence from the air: a retyped event takes its new type's mode.
_AERIAL_MODE = "aerial"


@cache
def _aerial_pattern(lexicon: EventLexicon) -> re.Pattern[str]:
    cues = {c.lower() for t in lexicon.types if t.id == AIR_TYPE for c in t.cues}
    found = sorted(cues | words("sense", "aerial_words"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in found) + r")s?\b", re.I)


def names_aircraft(text: str, lexicon: EventLexicon) -> bool:
    """Whether ``text`` (a whole story) names an aircraft, a drone, an air raid or a missile."""
    return _aerial_pattern(lexicon).search(text) is not None


def grounded(events: list[Event], text: str, lexicon: EventLexicon) -> list[Event]:
    """``events`` with each air strike of a story (``text``) that names nothing in the
    air told as an attack; the others unchanged."""
    if not any(e.acled_sub_event == AIR_SUB_EVENT for e in events) or names_aircraft(
            text, lexicon):  # fmt: skip
        return events
    ground = next((t for t in lexicon.types if t.id == GROUND_TYPE), None)
    if ground is None:
        return events
    return [_as(e, ground) if e.acled_sub_event == AIR_SUB_EVENT and not _STRIKES.search(e.text)
            else e for e in events]  # fmt: skip


def _as(event: Event, kind: EventType) -> Event:
    aerial = event.plover_mode == _AERIAL_MODE
    return replace(event, type=kind.recorded_id, acled_event=kind.acled_event,
                   acled_sub_event=kind.acled_sub_event, case_label=kind.case,
                   plover=kind.plover if aerial else event.plover,
                   plover_mode=kind.plover_mode if aerial else event.plover_mode)  # fmt: skip
