"""The story's news day: the day its lead tells the news on, which the events it then
tells without a date of their own inherit (``date_source: "story"``), unless the sentence
just before, in the same paragraph, tells a day of its own: the narrative's day.

"Harvest fairs turned quiet on Saturday as the music stopped ... In Denver,
visitors laid flowers for the dead": a coder dates the Denver gathering to the
Saturday the lead gave, not to Monday's publication; the guide's fallback (the publication
day, or the day before) is for a story that gives no date at all. The news day is the
first day-precise date of the story's first sentences that is not the day someone spoke
("officials said Wednesday") and lies within a few days before publication (the news,
not a recalled past). An event takes it only when its sentence names no time at all (a
sentence with its own date, even one set aside as a reporting day, says its own; a date in
a relative clause that tells of another noun, "the inn, which was declared a monument on
Friday", is not the sentence's; a length of the deed, "a two-hour attack", is no time,
but an offset, "Days earlier", or a stretch up to now, "in the last 24 hours", is) and it
is told in the simple past or the past perfect ("had gathered": the scene of that day,
unless the sentence before told a day other than the news day, which it was before),
not "have clashed", "will march", "are marching". A month the sentence before sets its
scene in ("Last month, ..."), one or two before the publication month, is carried the
same way, to the month, even over an offset of a few days ("Days before, ..."), but never
over a news day the lead told; a day or month after publication in the sentence ("ahead
of next week's vote"), or the day of a noun the event came ahead of ("ahead of
Saturday's vote"), is no time of its own, nor is a day told with a modal as a plan ("the
vote could be held Tuesday").

A story with no publication day lends no lead's day: the day it is dated by is only the
latest date its text states, so any recalled date in its opening ("on the day in 2014
when ...") would pass for the news day. An event that took the guessed month
(``date_source: "latest"``) keeps that guess.

The inherited day is kept apart from one read from the event's own clause: the source
is "story", which the confidence model reads as no date of the text, as it read the
publication day. It is set after the events are scored, so it changes nothing but the
date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, TimeExpression, as_acled_precision
from frontlines.nlp.claims.dates import simple_past
from frontlines.nlp.events.memo import doc_sents, per_doc, sentence
from frontlines.nlp.events.modal_clause import of_a_modal_clause
from frontlines.nlp.events.realis import predicate_of
from frontlines.nlp.events.when import reporting_date
from frontlines.nlp.extensions import doc_text
from frontlines.resolve.time.timex import acled_value_precision
from frontlines.vocab.timespan import DAY_VALUE, MONTH_VALUE

__all__ = ["LEAD_SENTENCES", "NARRATIVE_DAYS", "NARRATIVE_MONTHS", "NEWS_DAYS", "news_day",
           "on_news_day"]  # fmt: skip

#: Sentences of the story's opening read for its news day (a headline, then the lead).
LEAD_SENTENCES = 3
#: The news day lies at most this many days before publication.
NEWS_DAYS = 3
#: The day of the sentence before lies at most this many days before publication.
NARRATIVE_DAYS = 7
#: A month the sentence before names lies at most this many months before publication's.
NARRATIVE_MONTHS = 2


def news_day(doc: Doc, times: Sequence[TimeExpression], published: str | None) -> str | None:
    """The day (``YYYY-MM-DD``) the story's lead tells its news on, or None."""
    today = _day_of(published)
    if today is None:
        return None
    for n, sent in enumerate(doc_sents(doc)):
        if n >= LEAD_SENTENCES:
            return None
        for time in times:
            if sent.start_char <= time.start < sent.end_char:
                day = _told_day(sent, time, today, NEWS_DAYS)  # "this year", "last week":
                if day is not None:  # no news day
                    return day
    return None


def on_news_day(events: Sequence[Event], doc: Doc, times: Sequence[TimeExpression],
                published: str | None) -> list[Event]:  # fmt: skip
    """``events``, those told without a date of their own on the day of the sentence
    before (same paragraph), else on the story's news day."""
    day = news_day(doc, times, published)
    dated: list[Event] = []
    for event in events:
        inherited = None
        if _undated(event, doc, times, published):
            before = _day_before(event, doc, times, published)
            if before is None or before == day or not _day(before) or not _before_the_day(
                    event, doc):  # fmt: skip
                inherited = _inherited(before, day)
        elif day is None and _undated(event, doc, times, published, days_back=True):
            before = _day_before(event, doc, times, published)  # "Days before, ...": its
            inherited = before if before is not None and not _day(before) else None  # month
        dated.append(event if inherited is None else replace(
            event, date=inherited, date_source="story",
            date_precision=as_acled_precision(acled_value_precision(inherited))))
    return dated


def _inherited(before: str | None, day: str | None) -> str | None:
    """The day the sentence before told, else the news day; a month the sentence before
    carries never takes the place of a news day told to the day."""
    if before is not None and day is not None and not _day(before):
        return day
    return before or day


def _day_before(event: Event, doc: Doc, times: Sequence[TimeExpression],
                published: str | None) -> str | None:  # fmt: skip
    """The day the sentence just before the event's tells, in the same paragraph, when it
    is no reporting day and lies within ``NARRATIVE_DAYS`` before publication: "Late
    Saturday night, the newlyweds rode through the square. Protesters were a few blocks
    away" (Saturday), over the lead's news day."""
    today = _day_of(published)
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if today is None or span is None or not len(span) or sentence(span).start == 0:
        return None
    sent = sentence(span)
    before = sentence(doc[sent.start - 1])
    gap = doc_text(doc)[before.start_char : sent.start_char]
    if "\n" in gap[len(gap.rstrip()) :]:  # a paragraph break: another part of the story
        return None
    for time in reversed(times):  # the last day that sentence names
        if before.start_char <= time.start < before.end_char:
            day = _told_day(before, time, today, NARRATIVE_DAYS) or _told_month(
                before, time, today)  # fmt: skip
            if day is not None:
                return day
    return None


def _told_month(sent: Span, time: TimeExpression, today: date) -> str | None:
    """The month (``YYYY-MM``) ``time`` names in ``sent``, when it is a whole month before
    the publication month and within ``NARRATIVE_MONTHS`` of it, and not when someone
    spoke: "Last month, two students drove to a rally in Ohio. It came two days after
    police had broken up a march" (that month). The publication month itself says no
    more than the publication day does."""
    value = time.value
    month = MONTH_VALUE.fullmatch(value)
    if time.type != "DATE" or month is None:
        return None
    months = (today.year - int(month[1])) * 12 + today.month - int(month[2])
    if not 0 < months <= NARRATIVE_MONTHS or reporting_date(sent, time, ()):
        return None
    if not _sets_the_scene(sent, time):
        return None
    return None if of_a_modal_clause(sent, time, ()) else value


def _sets_the_scene(sent: Span, time: TimeExpression) -> bool:
    """Whether ``time`` opens ``sent`` as its scene ("Last month, ...", "In February, ...")
    and the sentence's main verb is an act told in the simple past. A month further in
    ("began in February", "hit 30 percent in January"), a bound ("since February"),
    another noun's ("last month's election") or a copula's ("was the worst since ...")
    may be a yardstick or another event's, and carries nothing."""
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= sent.end:
        return False
    lead = [t for t in sent if t.i < span.start]
    if len(lead) > 1 or any(t.lower_ not in _SCENE_PREPOSITIONS for t in lead):
        return False
    root = sent.root
    return sent.doc[span.end].text == "," and root.pos_ == "VERB" and (
        root.lemma_ != "be" and simple_past(root))  # fmt: skip


#: Words a scene-setting month may follow at the start of a sentence ("In February, ...").
_SCENE_PREPOSITIONS = frozenset({"in", "during", "early", "late"})


def _told_day(sent: Span, time: TimeExpression, today: date, days: int) -> str | None:
    """The day ``time`` names in ``sent``, if it names one within ``days`` before
    ``today`` and not the day someone spoke on."""
    if time.type not in {"DATE", "TIME"} or not _day(time.value):
        return None
    day = _day_of(time.value[:10])
    if day is None or not 0 <= (today - day).days <= days or reporting_date(sent, time, ()):
        return None
    if of_a_modal_clause(sent, time, ()):  # "the vote could be held Tuesday": no day told
        return None
    return day.isoformat()


def _day_of(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _undated(event: Event, doc: Doc, times: Sequence[TimeExpression],
             published: str | None = None, days_back: bool = False) -> bool:  # fmt: skip
    """Whether ``event`` took the publication day (or an undated story's guess at it) for
    want of a date, in a sentence with
    no time expression of its own, told in the simple past or the past perfect. A length
    of the deed ("a two-hour attack", "for three weeks") dates nothing; an offset ("Days
    earlier", "two days after the rally") or a stretch up to now ("in the last 24 hours")
    is the sentence's own time, unless ``days_back``: an offset of a few days, which at a
    month's precision moves nothing. A day or month after
    publication ("gathered ahead of next Tuesday's vote") is no time the sentence tells
    anything happened at, so it leaves the sentence undated."""
    if event.date_source != "published" or event.background:
        return False
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = _cue_words(sentence(span), event.cues)
    if any(event.start <= t.start < event.end and not _dates_nothing(doc, t, days_back)
           and not _of_another_noun(doc, t, words)
           and not _ahead(t.value, published) and not _before_another(doc, t)
           for t in times):  # fmt: skip
        return False
    return _told_in_past(sentence(span), event.cues)


#: Words that make a length an offset from another point ("Days earlier", "two weeks
#: before the vote", "three days after"): the deed's time, counted from that point.
_OFFSET_WORDS = frozenset({"earlier", "later", "before", "after", "ago", "prior"})
#: Words that make a length a stretch up to a point ("the last 24 hours", "the past week").
_STRETCH_WORDS = frozenset({"last", "past", "previous", "next", "coming", "recent"})
#: An offset of a few days ("P2D", "PXD" for "Days"), which moves a deed within its month.
_FEW_DAYS = re.compile(r"P(?:[1-7]|X)D")


def _dates_nothing(doc: Doc, time: TimeExpression, days_back: bool) -> bool:
    """Whether ``time`` is a length of the deed (a DURATION neither an offset nor a
    stretch up to a point), which says nothing of its day; with ``days_back``, also an
    offset of a few days."""
    if time.type != "DURATION":
        return False
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = {t.lower_ for t in span}
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if words & _STRETCH_WORDS:
        return False
    if words & _OFFSET_WORDS or after in _OFFSET_WORDS:
        return days_back and _FEW_DAYS.fullmatch(time.value) is not None
    return True


def _ahead(value: str, published: str | None) -> bool:
    """Whether a TIMEX3 day or month lies after the publication day (a plan, a vote to
    come), so no event the story reports as done can have been on it."""
    if published is None or not (_day(value) or MONTH_VALUE.fullmatch(value)):
        return False
    return value[: min(len(value), 10)] > published[: min(len(value), 10)]


def _before_another(doc: Doc, time: TimeExpression) -> bool:
    """Whether ``time`` names the day of a noun the event came before ("clashed ahead of
    Saturday's vote", "before Sunday's election"): that day is the noun's, whether it
    resolves ahead of publication or not, and no time of the event."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in {"poss", "compound", "nmod"}:
        return False
    noun = span.root.head
    prep = noun.head
    if noun.dep_ != "pobj" or noun.i == span.root.i:
        return False
    return prep.lower_ in {"before", "until"} or (
        prep.lower_ == "of" and prep.head.lower_ == "ahead")  # fmt: skip


def _of_another_noun(doc: Doc, time: TimeExpression, words: Sequence[Token]) -> bool:
    """Whether ``time`` sits in a relative clause that tells of a noun and holds none of
    the event's words ("chants rang out at the inn, which the president on Friday
    declared a monument": Friday is the declaring's, a past of the inn, and says nothing
    of when the chants were)."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or not len(span) or not words:
        return False
    token = span.root
    for _ in range(8):
        if token.dep_ == "relcl":
            return not any(token.left_edge.i <= w.i <= token.right_edge.i for w in words)
        if token.head.i == token.i:
            return False
        token = token.head
    return False


@per_doc(lambda sent, cues: (sent.start, sent.end, tuple(cues)))
def _cue_words(sent: Span, cues: Sequence[str]) -> list[Token]:
    """The words of ``sent`` the event's cues name; kept while the coder reads the Doc
    (an event's are asked up to four times: whether it is undated, told in the past or
    the past perfect, and for its times' nouns)."""
    return [t for t in sent if t.lemma_.lower() in cues or t.lower_ in cues]


def _told_in_past(sent: Span, cues: Sequence[str]) -> bool:
    """Whether a word of the event's cues, or else the sentence's main verb, is asserted
    in the simple past ("marched", "were fired on")."""
    verbs = [predicate_of(t) for t in _cue_words(sent, cues)] or [sent.root]
    return any(simple_past(v) or _past_perfect(v) for v in verbs)


def _before_the_day(event: Event, doc: Doc) -> bool:
    """Whether ``event`` is told in the past perfect only ("Rebels had seized the town"
    after "On Monday, troops retook it"): a past before the day the sentence before
    told, so it takes neither that day nor the news day. Only the lead's news day, the
    scene of the story, carries to it."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = sentence(span)
    verbs = [predicate_of(t) for t in _cue_words(sent, event.cues)] or [sent.root]
    return not any(simple_past(v) for v in verbs) and any(_past_perfect(v) for v in verbs)


def _past_perfect(verb: Token | None) -> bool:
    """Whether ``verb`` is told in the past perfect ("had gathered", "had been
    cancelled"): a past before the narrative's past, which in a story's telling is the
    scene of its news day or of the day the sentence before told, as the simple past is;
    the present perfect ("have clashed") has no such anchor and stays undated."""
    if verb is None or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(a.lower_ == "had" for a in auxes) and not any(a.tag_ == "MD" for a in auxes)


def _day(value: str) -> bool:
    return DAY_VALUE.match(value) is not None
