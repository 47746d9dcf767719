"""One march, told sentence by sentence: a story about a demonstration follows the crowd
("Hundreds of teachers marched through the capital on Friday ... Waving flags, the crowd
-- which gathered at the station -- ... As they passed the ministry, they chanted ...").
Each sentence holds a protest word and reads as a protest of its own, but the doer of the
later ones only points back at the crowd already told: a pronoun ("they") or a definite
common noun ("the crowd", "the marchers"). ``retold`` joins a definite event noun told
again ("the march"); this joins a crowd event whose doer is such a reference.

A later mention joins the latest earlier event of the same sub-event type (a protest, a
riot) when its sentence gives no date of its own (a new day is a new event: "On Monday
the protesters returned") and names no place apart from the earlier one's (the crowd
that "also rallied in Lyon" is another protest). A named doer ("Farmers' unions
demonstrated ...") is a new crowd, not a reference.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, TextSpan
from frontlines.nlp.events.memo import entities
from frontlines.nlp.events.roles import cue_words
from frontlines.nlp.events.story import same_or_inside

__all__ = ["crowd_told_again"]

#: ACLED event types whose doer is a crowd.
_CROWD_EVENTS = frozenset({"Protests", "Riots"})
#: Determiners of a reference back ("the crowd", "those marchers").
_DEFINITE = frozenset({"the", "these", "those"})
#: Relative pronouns: the doer of "the crowd, which rallied ..." is the noun they hang on.
_RELATIVES = frozenset({"which", "who", "that"})
#: Entity labels of the time expressions that date an event.
_DATE_LABELS = frozenset({"DATE", "TIME"})
#: Subject relations.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def crowd_told_again(events: list[Event], doc: Doc, gone: Collection[int] = ()) -> list[int]:
    """Indices of the crowd events that only tell again the crowd of an earlier one,
    each merged into it as evidence, in place (``events`` is changed)."""
    merged: list[int] = []
    for j, later in enumerate(events):
        if j in gone or later.acled_event not in _CROWD_EVENTS:
            continue
        sent = doc.char_span(later.start, later.end, alignment_mode="expand")
        if sent is None or _dated(sent) or not _referring_doer(sent, later):
            continue
        for i in range(j - 1, -1, -1):
            earlier = events[i]
            if i in gone or i in merged or earlier.start == later.start:
                continue
            if earlier.acled_sub_event != later.acled_sub_event:
                continue
            if not _places_meet(later, earlier):
                break  # the latest crowd of the kind is elsewhere: a crowd of its own
            spans = (TextSpan(later.start, later.end, later.text), *later.evidence)
            events[i] = replace(earlier, evidence=(*earlier.evidence, *spans))
            merged.append(j)
            break
    return merged


def _dated(sent: Span) -> bool:
    """Whether the sentence gives a date or time of its own."""
    return any(e.label_ in _DATE_LABELS for e in entities(sent))


def _referring_doer(sent: Span, event: Event) -> bool:
    """Whether the doer of the event's verb in ``sent`` points back at a crowd told
    before: a pronoun, or a common noun under a definite determiner with no name in its
    phrase ("the crowd", not "the Paris crowd" nor "the farmers' union")."""
    verbs = [t for t in cue_words(sent, event.cues) if t.pos_ == "VERB"]
    if not verbs:
        return False
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            subject = verb.head  # "the crowd, which rallied ...": the crowd
        if subject is None or not _points_back(subject):
            return False
    return True


def _points_back(word: Token) -> bool:
    if word.pos_ == "PRON":
        return word.lower_ in {"they", "them", "we"}
    if word.pos_ != "NOUN":
        return False
    phrase = [t for t in word.subtree if t.i < word.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss" for t in phrase):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in word.children)


def _places_meet(later: Event, earlier: Event) -> bool:
    """Whether the two mentions may be in one place: a place the later sentence names
    itself must be the earlier event's or inside it (or hold it); a place it only
    carried over from the story tells nothing."""
    a, b = later.place, earlier.place
    if a is None or b is None or not later.start <= a.start < later.end:
        return True
    return same_or_inside(a, b) or same_or_inside(b, a)
