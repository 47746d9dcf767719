"""What goes into the resolver and what comes out: a toponym with its offsets, and the
place chosen for it with how sure the choice is."""

from __future__ import annotations

from dataclasses import dataclass

from frontlines.resolve.place.gazetteer import Place

__all__ = ["Resolved", "Toponym"]


@dataclass(frozen=True)
class Toponym:
    """A place name in a text; offsets let the resolver see "Paris, Texas". ``embedded``:
    the name was found inside an organisation's name ("the Lake Geneva Police
    Department"), so words around it (a "the" before it) are the organisation's."""

    text: str
    start: int = -1
    end: int = -1
    embedded: bool = False


@dataclass(frozen=True)
class Resolved:
    """A toponym's chosen place and how sure the choice is (0.5: a coin toss between two
    readings; 1.0: the only reading)."""

    place: Place | None
    confidence: float
