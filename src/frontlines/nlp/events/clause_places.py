"""One sentence, two clauses, two places: "gunmen killed four villagers in Gao and
attacked a police post in Timbuktu", "in Lyon students rallied at the town hall, while
in Grenoble the march ended at the prefecture".

ACLED codes one event per place and day, so a deed told in a clause of its own with a
place of its own is another event, even when it is of the same kind as the sentence's
event. The coder reads one event per sentence and ``spread`` splits it only over places
coordinated inside one phrase ("in A and B"); a second clause that repeats the kind
with its own locative phrase was a miss. The parse says when a clause is the event's
own second clause: a verb coordinated with the predicate of the event's trigger, or an
adverbial clause of it opened by "while", "as" or "whereas" (a contrast told side by
side, not a cause or a time). The clause must hold a cue of a recorded type of the same
ACLED sub-event type whose predicate is that clause's verb, kept by the same realis and
sense readings as the event's own words (``asserted``), and a place of its own: the
object of a locative preposition hanging on the clause's verb, on the cue, or on the
verb's object ("attacked a post in Timbuktu", "pushed the militants out of B"), and no
cue of another ACLED event type ("..., and a roadside bomb killed two soldiers in B" is
a deed of its own kind, which ``second`` reads). A place that is the event's, inside it
or around it, tells the same event again. The event's own place must be in the sentence
and outside the clause: otherwise the clause's place is already the event's.

The new event keeps the first one's type, doer, day and sentence; whom it hit is the
clause's own object, and a count of victims stays with the clause that gave it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.model import Event, PlaceMention
from frontlines.nlp.events.frames import frame_heads
from frontlines.nlp.events.participants import trigger_roles
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.story import same_or_inside
from frontlines.nlp.events.triggers import triggers as cue_tokens
from frontlines.nlp.events.where_roles import LOCATIVE_PREPOSITIONS
from frontlines.vocab.events import EventMatch

__all__ = ["clause_events", "joined_clauses"]

#: Subordinators of an adverbial clause told beside the main one ("..., while in B ...").
_BESIDE = frozenset({"while", "as", "whereas"})
#: How a place hangs from the verb through its object ("attacked a post in B").
_OBJECTS = frozenset({"dobj", "nsubjpass", "nsubj"})


def joined_clauses(predicate: Token) -> list[Token]:
    """The verbs of clauses told beside ``predicate``'s: its coordinated verbs (both
    ways), and its adverbial clauses opened by "while", "as" or "whereas"."""
    found: list[Token] = []
    for child in predicate.children:
        if child.pos_ not in {"VERB", "AUX"}:
            continue
        if child.dep_ == "conj" or (child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _BESIDE for c in child.children)):  # fmt: skip
            found.append(child)
    if predicate.dep_ == "conj" and predicate.head.pos_ in {"VERB", "AUX"}:
        found.append(predicate.head)
    return found


def clause_events(event: Event, sent: Span, words: Sequence[Token],
                  matches: Sequence[EventMatch], places: Sequence[PlaceMention],
                  asserted: Callable[[Token, str], bool],
                  told: Sequence[PlaceMention | None] = ()) -> list[Event]:  # fmt: skip
    """Copies of ``event``, one per clause joined to its trigger's that tells a deed of
    the same ACLED event type at a place of its own (none when there is no such clause).
    ``words``: the event's triggers, the first its own (others may be the clause's);
    ``asserted(token, type_id)``: whether the realis and
    sense readings keep a word as an event of that type; ``told``: the places the event
    was already split over ("in A and B", ``spread``), which no clause tells again."""
    where = event.place
    if where is None or not words or not sent.start_char <= where.start < sent.end_char:
        return []
    inside = [p for p in places if p.role == "location"
              and sent.start_char <= p.start < sent.end_char]  # fmt: skip
    recorded = [m for m in matches if m.type.record]
    cues = {t.i: m for m in recorded if m.type.acled_sub_event == event.acled_sub_event
            for t in _words_of(sent, m)}  # fmt: skip
    alien = {t.i for m in recorded if m.type.acled_event != event.acled_event
             for t in _words_of(sent, m)} - cues.keys()  # another kind's only: ``second``'s
    first = predicate_of(words[0])
    own = {w.i for w in words if predicate_of(w).i == first.i}  # the event's clause's
    taken = [where, *(p for p in told if p is not None)]
    found: list[Event] = []
    for clause in joined_clauses(first):
        span = {t.i for t in _clause_tokens(clause)}
        if span & own or any(where.start <= sent.doc[i].idx < where.end for i in span):
            continue  # the event's own words or place are in it: the event's clause
        if span & alien:
            continue  # "... and a roadside bomb killed two in B": a deed of another kind
        cue = next((sent.doc[i] for i in sorted(cues) if i in span
                    and predicate_of(sent.doc[i]).i == clause.i
                    and asserted(sent.doc[i], cues[i].type.id)), None)  # fmt: skip
        if cue is None:
            continue
        place = _own_place(clause, cue, inside)
        if place is None or any(same_or_inside(place, p) for p in taken):
            continue
        taken.append(place)
        _, hit = trigger_roles([cue], None, None)
        found.append(replace(event, place=place, fatalities=None, actor2=hit))
    return found


def _words_of(sent: Span, match: EventMatch) -> list[Token]:
    """The words of ``match`` in ``sent``: its cues, and the heads of split phrases that
    stand for them ("pushed the militants out of B", ``frames``)."""
    return [*cue_tokens(sent, match), *frame_heads(sent, match.cues)]


def _clause_tokens(clause: Token) -> list[Token]:
    """The clause's words without the clauses coordinated after it (its own ``conj``
    verbs are further clauses)."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if not (token.i == clause.i and c.dep_ in {
            "conj", "cc"} and c.pos_ in {"VERB", "AUX", "CCONJ"}))
    return out


def _own_place(clause: Token, cue: Token, inside: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place of a locative phrase on the clause's verb, its cue or the verb's object
    ("in B", "near B", "out of B")."""
    holders = [clause, cue, *(c for c in clause.children if c.dep_ in _OBJECTS)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPOSITIONS | {"out"}:
                continue
            outs = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
            for obj in (c for p in (outs if prep.lower_ == "out" else [prep])
                        for c in p.children):  # fmt: skip
                if obj.dep_ != "pobj":
                    continue
                place = next((p for p in inside if p.start <= obj.idx < p.end), None)
                if place is not None:
                    return place
    return None
