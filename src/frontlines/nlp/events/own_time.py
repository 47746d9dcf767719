"""Whether an event the text gives no date keeps a time of its own all the same, so that
it must not take the day of an earlier event (``story.carried_over``).

A strike list tells the day once and its lines carry it ("On Jan. 8, aircraft conducted
34 strikes ... Near Raqqah, one strike destroyed a tank"). But two kinds of undated
sentence are not told at that earlier time:

- the present perfect ("Britain has sent most of the planes so far", "His
  men have held the fort against repeated attacks") tells a state reaching up to the
  time of writing, not a deed of the day told before it;
- a clock time of the publication day ("the camps struck overnight", "at 10 p.m.") dates
  the event to that day, though it names no other day than the fallback's
  (``when._day_of`` reads it as no date, so that it does not count as read from the text);
- a stretch up to the time of writing ("in the last 24 hours", "over the past week",
  ``UP_TO_NOW``) on the event's own words is its own time, as it is for the news day
  (``news_day._undated``): the deeds it counts are not those of the day told before.
  One on another noun ("a bridge, the first target hit in the past year") dates that
  noun, not the deed; "the previous two days" counts back from a day the story told,
  not from the time of writing, so it is no such stretch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from frontlines.model import TimeExpression
from frontlines.nlp.events.realis import predicate_of

__all__ = ["CLOCK_DAY", "UP_TO_NOW", "keeps_own_time"]

#: A TIMEX3 TIME value that starts with its day ("1998-02-11T22:00", "1998-08-20TNI").
CLOCK_DAY = re.compile(r"\d{4}-\d{2}-\d{2}T")
#: Words that make a length a stretch reaching up to the time of writing ("the last 24
#: hours", "the past two weeks", "in recent days"); "next" and "coming" reach ahead, and
#: "previous" ("in the previous two days") back from a day told before, not from now.
UP_TO_NOW = frozenset({"last", "past", "recent"})


def keeps_own_time(sent: Span, triggers: Sequence[Token], times: Sequence[TimeExpression],
                   published: str | None) -> bool:  # fmt: skip
    """Whether the event ``triggers`` assert in ``sent`` has a time of its own that is
    no earlier event's: its verb is in the present perfect, or a clock time of the
    publication day stands in the trigger's own phrase or on its verb, or a stretch up
    to the time of writing hangs on the trigger or its verb."""
    return any(_present_perfect(predicate_of(t)) for t in triggers) or any(
        _clock_of_the_day(sent, t, triggers, published) or _up_to_now(sent, t, triggers)
        for t in times)  # fmt: skip


def _up_to_now(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether ``time`` is a length in ``sent`` reaching up to the time of writing ("in
    the last 24 hours"), not a length of the deed ("a two-hour raid") nor one ahead, and
    hangs on a trigger or its verb ("drones hit a convoy in the past week", "the killing
    of four in the past week"), not on another noun ("the first attack on the town in
    the past two years", said of the bridge a strike hit)."""
    if time.type != "DURATION" or not sent.start_char <= time.start < sent.end_char:
        return False
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span) or not any(t.lower_ in UP_TO_NOW for t in span):
        return False
    head = _attached_to(span.root)
    return any(head.i in {t.i, predicate_of(t).i} for t in triggers)


def _attached_to(root: Token) -> Token:
    """The word a time phrase modifies: the head of its preposition ("hit ... in the past
    week": hit), else its own head ("drones hit it the past week": hit). One the parse
    hangs on the subject, between it and its verb ("the allies over the past day
    flew six sorties"), sets the verb's time: a doer is not "in the last 24 hours"."""
    head = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    verb = head.head
    if head.dep_ in {"nsubj", "nsubjpass"} and head.i < root.i < verb.i:
        return verb
    return head


def _present_perfect(verb: Token) -> bool:
    """'has provided', 'have held', 'has been seized': not 'had' (a past before the
    past), not a modal ('may have fired')."""
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.lower_ in {"has", "have", "'ve", "'s"} and a.tag_ in {"VBZ", "VBP"}
               for a in auxes) and not any(a.tag_ == "MD" for a in auxes)  # fmt: skip


def _clock_of_the_day(sent: Span, time: TimeExpression, triggers: Sequence[Token],
                      published: str | None) -> bool:  # fmt: skip
    if published is None or time.type != "TIME" or not CLOCK_DAY.match(time.value):
        return False
    if time.value[:10] != published or not sent.start_char <= time.start < sent.end_char:
        return False
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return any(t.left_edge.i <= root.i <= t.right_edge.i or root.head.i == predicate_of(t).i
               for t in triggers)  # fmt: skip
