"""Where news says something happened "in <name>": the city, when a division bears its name.

Why: "The protest happened in New York" means the city, while the ranker, weighing a
state's population and rank, reads the state. A reader takes "in" before a name that a
state and its big city share as the city, unless the text points at the state: the word
"state" beside the name ("New York state", "the state of New York"), or a part of the
state before it ("upstate New York", "western New York"). The evidence is the preposition
and those words, and the gazetteer's (a city of ``WORLD_CITY`` inside the division, same
name), never a list of names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.resolve.place.qualified import LIST_JOINS
from frontlines.resolve.place.reading import Toponym

__all__ = ["cities_where_events_happen"]

#: "in" right before the name: where an event happens.
_IN_BEFORE = re.compile(r"(?:^|[^\w-])in\s+$")
#: Words before the name that point at the state: "state of", "upstate", "western", ...
_STATE_BEFORE = re.compile(
    r"(?:\bstate\s+of|\bstates?\b|\b(?:up|down)state|\b(?:north|south|east|west)(?:ern)?"
    r"|\bcentral|\brural|\bgovernor\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words after the name that point at the state: "New York state", "New York State's".
_STATE_AFTER = re.compile(r"^\s+state\b", re.IGNORECASE)


def _listed(toponyms: Sequence[Toponym], i: int, text: str) -> bool:
    """The name is joined to the next one by a list's comma or "and"."""
    if i + 1 >= len(toponyms) or toponyms[i + 1].start < toponyms[i].end:
        return False
    return bool(LIST_JOINS.match(text[toponyms[i].end : toponyms[i + 1].start]))


#: Words one of which ``_STATE_BEFORE`` needs (in any case): text without one is read
#: with no regular expression.
_STATE_WORDS = ("state", "north", "south", "east", "west", "central", "rural", "governor")


def _state_before(before: str) -> bool:
    """``_STATE_BEFORE`` searched in ``before``; an ASCII text holding none of its words
    (whose letters the expression's case-blind match reads only as themselves) is passed
    over without it: asked of every mention of every story."""
    if before.isascii():
        lowered = before.lower()
        if not any(w in lowered for w in _STATE_WORDS):
            return False
    return bool(_STATE_BEFORE.search(before))


def cities_where_events_happen(
    toponyms: Sequence[Toponym], keys: Sequence[str], text: str
) -> set[str]:
    """The name keys with a mention right after "in" that opens no list, and no mention
    with a word that points at a state: their divisions give way to the big city of the same name
    (namesakes.cities_over_divisions)."""
    found: set[str] = set()
    state: set[str] = set()
    for i, (t, key) in enumerate(zip(toponyms, keys, strict=True)):
        if t.start < 0:
            continue
        if _listed(toponyms, i, text):
            continue  # "in New York and Ohio": a list takes its kind from its items
        before = text[max(0, t.start - 30) : t.start]
        if _state_before(before) or _STATE_AFTER.match(text[t.end : t.end + 12]):
            state.add(key)
        elif _IN_BEFORE.search(before):
            found.add(key)
    return found - state
