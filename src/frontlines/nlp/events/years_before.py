"""History told as the yardstick of another event: "... three years after the militants
overran the city" puts the overrunning a year or more before what it dates, so it is
background even when the story gives it no date of its own (``when`` re-exports it); so
does a stretch of years spent since it ("spent 12 years in prison after he was
arrested")."""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.realis import predicate_of

__all__ = ["told_as_years_before"]

#: Units of "<N> <unit> after/before X" that put X a year or more away from what it dates.
_YEAR_UNITS = frozenset({"year", "decade", "century"})


def told_as_years_before(trigger: Token) -> bool:
    """ "... came three years after the militants overran the city": the event is told
    as the yardstick of another, a year or more earlier, so it is history even when the
    story gives it no date of its own."""
    predicate = predicate_of(trigger)
    for word, head in ((predicate, predicate), (trigger, trigger.head)):
        markers = [c for c in word.children if c.dep_ == "mark"] if word is head else [head]
        afters = [m for m in markers if m.lower_ in {"after", "since"}]
        if not afters:
            continue
        holder = word if word is head else head.head
        near = (*holder.children, *(c for m in afters for c in m.children))
        if any(c.dep_ == "npadvmod" and _years_apart(c) for c in near):
            return True
        if holder.dep_ == "advcl" and _spent_years(holder.head):
            return True  # "spent 12 years in prison after he was arrested"
    return _remembered_years_later(trigger)


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
