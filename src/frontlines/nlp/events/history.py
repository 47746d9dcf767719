"""History told on: a story that turns to an old event ("the attack on the consulate,
three years ago ...") goes on to tell it sentence by sentence ("the guard woke to shots
... the staff drove out of the compound ... the consul moved to the capital"), and those
sentences give no date of their own. Read alone each one falls back
on the publication day and looks like news; a coder reads it in the narrative it belongs
to, which is history.

So an event with no date of its own (``date_source`` is the publication day, or in a
story with none the guess at when it was written, ``NO_DATE_OF_ITS_OWN``) told right
after a background event of the story is background too, unless its sentence moves
elsewhere: it names a place in another country than the background event's. The chain
carries on through the narrative (each event so made background lends it to the next)
and stops at the first event the story dates itself, or one it places abroad.

A narrative also opens on a sentence that tells no event of its own but sets the scene in
an old time ("The ferry line went bankrupt in the summer of 2009."): the undated event
told right after it in the past perfect ("Its owner had fled abroad after strikers set
fire to the depot.") goes back to that summer, not today. Such a setting is a past-tense
clause dated, in its own words, more than a year before the story
(``acted_on.long_before``), by a time it is set in, not a boundary ("since 2014", "after
2014": what follows may be today's), with no recent date beside it; the event must follow
at once, give no place of its own and be told in the past perfect as the sentence's main
verb. An old fact followed by a simple past ("The dam was completed in 1998.", "The war
ended in 2002." and then "Rebels attacked an army post.") says nothing of when the
fighting happened: it stays news, as does a past perfect under a report ("officials said
gunmen had attacked ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import NO_DATE_OF_ITS_OWN, Event, TimeExpression
from frontlines.nlp.events.acted_on import long_before
from frontlines.nlp.events.memo import entities, sentence
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.story import names_a_place
from frontlines.nlp.extensions import items

__all__ = ["history_told_on", "undated"]

def history_told_on(events: list[Event], doc: Doc, now: str | None = None) -> list[Event]:
    """``events`` (in story order) where the undated ones that go on telling a background
    event, or an old time the sentence before them is set in, are background too (see the
    module's docstring). ``now``: the story's day (the publication's), what "old" is
    measured from; without it only background events open a narrative."""
    out: list[Event] = []
    for event in events:
        before = out[-1] if out else None
        told_on = before is not None and before.background and _told_on(event, before, doc)
        if told_on or (now and _after_old_setting(event, out, doc, now)):
            event = replace(event, background=True)
        out.append(event)
    return out


#: Prepositions by which a time bounds a stretch rather than sets the clause in it: what
#: the next sentence tells may be after it ("since 2014", "after the 2014 war").
_BOUNDARIES = frozenset({"since", "after", "before", "until", "till", "by", "from", "through",
                         "following"})  # fmt: skip
#: Tags of a verb told in the past ("fled", "had fled", "was driven").
_PAST_TAGS = frozenset({"VBD", "VBN"})


def _after_old_setting(event: Event, told: list[Event], doc: Doc, now: str) -> bool:
    """Whether ``event``, undated, placed by no words of its own and told in the past, comes
    right after a sentence that tells no event of the story and is set in an old time."""
    if event.background or event.date_source not in NO_DATE_OF_ITS_OWN:
        return False
    sent = doc.char_span(event.start, event.end, alignment_mode="expand")
    if sent is None or sent.start == 0 or names_a_place(sent) or not _told_in_past(sent):
        return False
    previous = sentence(doc[sent.start - 1])
    if any(previous.start_char <= e.start < previous.end_char for e in told):
        return False  # the sentence before told an event: the chain above reads it
    times = [t for t in items(doc, "times")
             if previous.start_char <= t.start < previous.end_char and t.type == "DATE"
             and t.value[:4].isdigit()]  # fmt: skip
    if not times or not all(long_before(t.value, now) for t in times):
        return False  # no date, or a recent one beside the old: not a scene in the past
    if not any(_sets_past_clause(previous, t) for t in times):
        return False
    # an old fact ("the dam was completed in 1998", "the war ended in 2002") says nothing
    # of when what follows happened: only a sentence told before its time ties it there
    return _past_perfect(sent)


def _past_perfect(sent: Span) -> bool:
    """Whether the sentence's main verb tells it before a past time ("had fled", "had been
    driven out"): a narrative going back to the time the sentence before set. Not a verb
    under a report ("officials said gunmen had attacked ...": today's report)."""
    root = sent.root
    return root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had"
                                      for c in root.children)  # fmt: skip


def _sets_past_clause(sent: Span, time: TimeExpression) -> bool:
    """Whether ``time`` sets a past-tense clause in it ("did in the winter of 2014"), not
    a boundary of a stretch ("has held it since 2014") nor a present clause."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span.root
    if token.dep_ == "pobj" and token.head.lower_ in _BOUNDARIES:
        return False
    verb = predicate_of(token)
    return verb.pos_ in {"VERB", "AUX"} and _past(verb)


def _told_in_past(sent: Span) -> bool:
    """Whether the sentence's main verb tells the past ("fled", "had fled", "was ousted")."""
    return _past(sent.root)


def _past(verb: Token) -> bool:
    """A past verb, with no present or future auxiliary ("has held", "will hold")."""
    if verb.tag_ not in _PAST_TAGS:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "MD"}
                   for c in verb.children)  # fmt: skip


def _told_on(event: Event, history: Event, doc: Doc) -> bool:
    """Whether ``event``, told after the background event ``history``, goes on telling
    it: no date of its own, and no place of its own in another country."""
    if event.background or event.date_source not in NO_DATE_OF_ITS_OWN:
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
        if sent is not None and not any(e.label_ in _DATE_LABELS for e in entities(sent)):
            out.add(event.start)
    return out
