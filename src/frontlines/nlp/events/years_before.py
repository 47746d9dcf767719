"""History told as the yardstick of another event: "... three years after the militants
overran the city" puts the overrunning a year or more before what it dates, so it is
background even when the story gives it no date of its own (``when`` re-exports it); so
does a stretch of years spent since it ("spent 12 years in prison after he was
arrested")."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from frontlines.model import Event
from frontlines.nlp.events.realis import predicate_of

__all__ = ["counted_back", "told_as_years_before", "year_back_from", "years_back"]

#: Units of "<N> <unit> after/before X" that put X a year or more away from what it dates.
_YEAR_UNITS = frozenset({"year", "decade", "century"})


def told_as_years_before(trigger: Token) -> bool:
    """ "... came three years after the militants overran the city": the event is told
    as the yardstick of another, a year or more earlier, so it is history even when the
    story gives it no date of its own."""
    for holder, near in _after_clauses(trigger):
        if any(c.dep_ == "npadvmod" and _years_apart(c) for c in near):
            return True
        if holder.dep_ == "advcl" and _spent_years(holder.head):
            return True  # "spent 12 years in prison after he was arrested"
    return _remembered_years_later(trigger)


def _after_clauses(trigger: Token) -> Iterator[tuple[Token, tuple[Token, ...]]]:
    """Each "after"/"since" clause or phrase the trigger is told in, as the word that
    holds it and the words that may measure the gap ("three years" after)."""
    predicate = predicate_of(trigger)
    for word, head in ((predicate, predicate), (trigger, trigger.head)):
        markers = [c for c in word.children if c.dep_ == "mark"] if word is head else [head]
        afters = [m for m in markers if m.lower_ in {"after", "since"}]
        if afters:
            holder = word if word is head else head.head
            yield holder, (*holder.children, *(c for m in afters for c in m.children))


#: Number words a stretch of years is counted in ("three and a half years").
_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0,
            "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0,
            "eleven": 11.0, "twelve": 12.0, "fifteen": 15.0, "twenty": 20.0,
            "thirty": 30.0, "forty": 40.0, "fifty": 50.0}  # fmt: skip
_UNIT_YEARS = {"year": 1.0, "decade": 10.0, "century": 100.0}


def years_back(trigger: Token) -> float | None:
    """How many years before what it dates the trigger's event is told ("three and a
    half years after the militants overran the city": 3.5), when the sentence counts
    them; None when it does not ("years after", "spent years in prison after")."""
    for _holder, near in _after_clauses(trigger):
        for unit in near:
            if unit.dep_ == "npadvmod" and _years_apart(unit):
                return _counted(unit)
    return None


def _counted(unit: Token) -> float | None:
    """The count of a stretch of years ("three and a half years": 3.5, "a decade": 10)."""
    per = _UNIT_YEARS.get(unit.lemma_.lower())
    doc = unit.doc
    total = 0.0
    for word in (t for t in unit.subtree if t.i < unit.i):
        text = word.lower_
        if text == "half":
            total += 0.5
        elif text.replace(".", "", 1).isdigit():
            total += float(text)
        elif text in _NUMBERS and text not in {"a", "an"}:
            total += _NUMBERS[text]
        elif text in {"a", "an"} and total == 0 and doc[word.i + 1].lower_ != "half":
            total = 1.0  # "a year", not the "a" of "and a half"
    return total * per if per and total else None


#: Where an event's date came from when no words of the story dated it.
_STAND_INS = frozenset({"published", "latest", "collection", "title", "ingested", "story"})


def counted_back(event: Event, trigger: Token | None, now: str | None) -> Event:
    """``event`` dated to the year its sentence counts back to from the story's day
    ("three and a half years after the militants overran the city", told in December
    2017: 2014), when nothing else dated it (the publication day it would otherwise get
    is years off: the timeline would show old history as the day's news) or the date it
    got is that of the story's year, which is the clause it is counted from."""
    if trigger is None or not now:
        return event
    if event.date_source in _STAND_INS:
        base = now
    elif event.date and event.date[:4] == now[:4]:  # "On Monday, two years after rebels
        base = event.date  # seized the town, ...": the day of what it is counted from
    else:
        return event  # "... after rebels seized the town in June 2015": its own date
    years = years_back(trigger)
    year = year_back_from(base, years) if years else None
    if year is None:
        return event
    return replace(event, date=year, date_precision=3, date_source="text")


def year_back_from(reference: str, years: float) -> str | None:
    """The year (``YYYY``) that lies ``years`` before the ``reference`` day (or month)."""
    try:
        day = date.fromisoformat(reference[:10] if len(reference) >= 10 else reference[:7] + "-15")
    except ValueError:
        return None
    at = day.year + (day.timetuple().tm_yday - 1) / 365.25 - years
    return f"{math.floor(at):04d}" if at >= 1 else None


def _spent_years(verb: Token) -> bool:
    """Whether ``verb`` spends a stretch of years ("spent 12 years in prison", "has lived
    in exile for decades"): what it follows is that many years back."""
    for child in verb.children:
        if child.dep_ in {"dobj", "npadvmod"} and _years_apart(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                c.dep_ == "pobj" and _years_apart(c) for c in child.children):  # fmt: skip
            return True
    return False


def _years_apart(unit: Token) -> bool:
    """Whether ``unit`` counts a stretch of years ("three years", "a decade", "years"),
    not names one ("last year", "this year": the date of the event, which ``background``
    weighs against the publication day)."""
    if unit.lemma_.lower() not in _YEAR_UNITS:
        return False
    if unit.tag_ in {"NNS", "NNPS"}:
        return True
    return any(c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"a", "an", "one"}
               for c in unit.children)  # fmt: skip


def _remembered_years_later(trigger: Token) -> bool:
    """ "the harbour raid, an attack that even five years later stays divisive": an event noun
    whose own relative clause looks back on it from years on is history. (A clause of its
    own, "Three years later, militants attacked again", dates from another event: not
    read here.)"""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    clauses = [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
    return any(t.lower_ == "later" and any(c.dep_ == "npadvmod" and c.lemma_.lower()
               in _YEAR_UNITS for c in t.children)
               for clause in clauses for t in clause.subtree)  # fmt: skip
