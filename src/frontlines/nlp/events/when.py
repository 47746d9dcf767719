"""When an event happened: the trigger's own time expression, never the day it was told.

"Officials said Wednesday that gunmen attacked the convoy on Tuesday" happened on
Tuesday; "Officials said Wednesday that gunmen had seized the hostages" does not say
when the seizing was, and Wednesday is only when the officials spoke. So a sentence's
dates are read in this order:

1. a date in the trigger's own clause (its subtree, or the children of the verb that
   asserts it), never one attached to a reporting verb that is not itself a trigger, nor
   one that only bounds a period or a comparison ("the deadliest since 2019"), nor the
   date of a verb that acts on the event its noun names ("Iran on Saturday condemned the
   bombing": Saturday is the condemning's day, ``acted_on``), but for a date a "when"
   clause of the event hangs on ("raised after 1982, when the fighting stopped"), the event's own;
2. any other date of the sentence that is not a reporting date; either, when coarser than
   a day ("last year"), gives way to the day of a well-known attack the sentence ties the
   event to that lies in it ("the Paris attacks last year", ``named_recent_date``);
3. a definite event noun with no date in its sentence ("after the Nairobi bombing")
   refers to an event the story dates where it names it with its day ("the Aug. 7
   bombings"): that day (``noun_dates``, ``referred_date``);
4. a well-known attack of the year before the story the sentence ties the event to, by
   name or by its place ("the Bastille Day attack", "the Orlando shootings"):
   its day (``named_recent_date``); a well-known war, battle or attack the sentence ties
   the event to ("killed in the Korean War"), when it ended more than a year before the
   story: its first year
   (``named_history``; the event is then background); else a day someone acted on the
   event more than a year before the story ("In 2014, the senator worked out an accord"):
   the event was by then (``acted_on.long_before``), so history too;
5. the document's date (``date_source: published``): its publication date, else the one
   ``frontlines.vocab.document_date`` reads from its URL or header; a story dated only
   by the latest full date its text states takes that date's month (``date_source:
   latest``, month precision: a guess at when the story was written, no date of the
   event's own, so nothing that reads "text" as the event's own day takes it for one);
   one whose address files it under a month ("/2015/08/") that month (``filed_month``,
   month precision, ``published``); and one with none of them the latest month it names
   (``story_now``), ``latest`` likewise.

"Hours later" and "Days later" count from the last date the story named before them
(``later.later_than_named``), not from its publication.

A date must be a real date an event can have had (``plausible_date``): "Resolution 2118"
and dates after publication are not. A month and day without a year ("Jan. 8") takes its
year from the story's own dates, when it names any; in a story with no date of its own,
the time resolver has already given it the year nearest its collection's reference date
(``frontlines.vocab.collection_date``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, TimeExpression, as_acled_precision
from frontlines.nlp.events.acted_on import acted_on, hung_on, long_before, relative_of_another
from frontlines.nlp.events.apart import days_apart, moved
from frontlines.nlp.events.kinds import kind_of
from frontlines.nlp.events.later import later_than_named, with_year
from frontlines.nlp.events.modal_clause import of_a_modal_clause
from frontlines.nlp.events.named_history import (
    named_history_date,
    named_just_before,
    named_recent_date,
)
from frontlines.nlp.events.own_time import CLOCK_DAY
from frontlines.nlp.events.realis import definite, predicate_of
from frontlines.nlp.events.story import plausible_date
from frontlines.nlp.events.told_day import REPORTING_VERBS, reporting_date
from frontlines.nlp.events.years_before import told_as_years_before
from frontlines.resolve.time.timex import acled_time_precision, season_year, week_month
from frontlines.vocab.timespan import DAY_VALUE, MONTH_VALUE
from frontlines.vocab.words import words

__all__ = [
    "EventDate", "REPORTING_VERBS", "event_date", "filed_month", "noun_dates", "of_a_modal_clause",
    "referred_date", "reporting_date",
    "told_as_years_before", "with_year",
]  # fmt: skip



@dataclass(frozen=True)
class EventDate:
    """An event's date (TIMEX3), its ACLED precision, and where it came from."""

    value: str | None
    precision: int | None
    source: str  # "text" | "published" | "latest" (a guess at the story's month)


def event_date(
    sent: Span,
    triggers: Sequence[Token],
    times: Sequence[TimeExpression],
    published: str | None,
    story_now: str | None,
) -> EventDate:
    """The date of the event ``sent`` reports (see the module docstring for the order)."""
    year = story_now[:4] if published is None and story_now else None
    filed = filed_month(sent.doc)  # a publication month: "Dec. 30" in January is the last
    dated: list[tuple[TimeExpression, str, str]] = []
    rejected = False  # a month or day of the event's own that it cannot have had
    for t in times:
        if not sent.start_char <= t.start < sent.end_char:
            continue
        precision: str = t.precision
        value = with_year(_day_of(t, published) or "", year, filed)
        if not value:
            value, precision = later_than_named(t, times, year, filed) or ("", "")
        if MONTH_VALUE.fullmatch(value) and not plausible_date(
                value, published or story_now) and _tells(sent, t, triggers):  # "after the
            value = _year_before(t, value, months=True)  # shooting in June", told in
            # February: last June (a weekday ahead is a plan's, not a year back)
        if value and plausible_date(value, published or story_now):
            dated.append((t, value, precision))
        elif (DAY_VALUE.match(value) or MONTH_VALUE.match(value)) and _tells(sent, t, triggers):
            rejected = True  # "the attack in Paris on Jan. 8" in a story of Jan. 5
    told = [d for d in dated if _tells(sent, d[0], triggers)]
    own = [d for d in told if _in_clause_of(sent, d[0], triggers)]
    hung = [d for d in dated if hung_on(sent, d[0], triggers)]  # "after 1982, when ..."
    back = None if hung or own else named_just_before(sent, triggers, published or filed
                                                      or story_now)  # fmt: skip
    if back:  # "... inspired the attacks" right after "the Benghazi attacks": that year,
        return EventDate(back, 3, "text")  # whatever day another clause of it gives
    reference = published or filed or story_now
    for found in (hung, own, told):
        if found:
            time, value, precision = found[0]
            span = _tokens(sent, time)  # "came two days after ...": the other side's day
            value = moved(value, days_apart(span, triggers)) if span is not None else value
            value, precision = _no_week(value, precision, time.text, reference)  # "last week"
            known = named_recent_date(sent, triggers, reference, value) if len(value) < len(
                "YYYY-MM-DD") else None  # "the Paris attacks last year": their day  # fmt: skip
            if known:
                return EventDate(known, _known_precision(known), "text")
            return EventDate(value, acled_time_precision(precision), "text")
    apart = _apart_from_telling(sent, dated, triggers, published or story_now)  # "tweeted on
    if apart is not None:  # Sunday, a day after fans beat a protester": Saturday
        return apart
    known = None if rejected else named_recent_date(sent, triggers, reference)
    if known:  # "the Bastille Day attack": a well-known attack of the year before
        return EventDate(known, _known_precision(known), "text")
    recalled = named_history_date(sent, triggers, reference)
    if recalled:  # "wounded in the Korean War": when that war was (``named_history``)
        return EventDate(recalled, _known_precision(recalled), "text")
    acted = [d for d in dated if acted_on(sent, d[0], triggers)]  # "In 2014, X worked out
    if acted and long_before(acted[0][1], published or filed or story_now):  # an accord":
        return EventDate(acted[0][1], acled_time_precision(acted[0][2]), "text")  # by then
    if published and _read_from_body(sent.doc):  # the latest day the story states: its
        return EventDate(published[:7], 3, "latest")  # month, a guess at when it was written
    if published:
        return EventDate(published, 1, "published")
    month = filed_month(sent.doc)
    if month:  # the month its address files it under: published then, to the month
        return EventDate(month, 3, "published")
    if story_now:  # the latest month the story names: when it was written, at best
        return EventDate(story_now[:7], 3, "latest")
    return EventDate(None, None, "published")


def _tells(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date may tell the event's day: not the day someone spoke of it, a
    bound ("since 2019"), the day someone acted on it, nor another noun's day."""
    return not (reporting_date(sent, time, triggers) or _boundary(sent, time, triggers)
                or acted_on(sent, time, triggers) or _names_other(sent, time, triggers)
                or of_a_modal_clause(sent, time, triggers))


def _apart_from_telling(sent: Span, dated: Sequence[tuple[TimeExpression, str, str]],
                        triggers: Sequence[Token],
                        now: str | None) -> EventDate | None:  # fmt: skip
    """The day of an event the sentence puts a span of days from the day someone spoke
    ("said on Sunday, two days after gunmen stormed the camp": Friday). The speaking day
    is no date of the event (``reporting_date``), but "N days after / before" ties the
    two (``apart.days_apart``); None when no such day is told, or when the day it gives
    is none an event can have had by ``now`` ("said on Monday, three days before gunmen
    stormed the camp" in a story of the Tuesday: a plan, ``plausible_date``)."""
    for time, value, precision in dated:
        span = _tokens(sent, time)
        if span is None or not DAY_VALUE.fullmatch(value):
            continue
        if not reporting_date(sent, time, triggers):
            continue
        days = days_apart(span, triggers)
        if days and plausible_date(moved(value, days), now):
            return EventDate(moved(value, days), acled_time_precision(precision), "text")
    return None


def _known_precision(value: str) -> int:
    """The ACLED precision of a listed attack's date: a day, else (several days) its month."""
    return 1 if DAY_VALUE.fullmatch(value) else 3


def _no_week(value: str, precision: str, written: str = "",
             reference: str | None = None) -> tuple[str, str]:
    """An ACLED date is a day, month or year: a week ("last week", TIMEX3 "2016-W09") or
    weekend is coded to the month holding most of it (``week_month``), a season to its
    year ("2015-SU", ``season_year``: a winter by the year ``written`` or the one after
    the winter's TIMEX3 year, up to the ``reference`` day's); any other value stays as it
    is."""
    month, year = week_month(value), season_year(value, written, reference)
    return (month, "month") if month else (year, "year") if year else (value, precision)


def filed_month(doc: Doc) -> str | None:
    """The publication month (``YYYY-MM``) a document with no publication day is filed
    under by its address ("/2015/08/246059.htm": ``reference_month``), or None."""
    return doc._.reference_month if Doc.has_extension("reference_month") else None


def _read_from_body(doc: Doc) -> bool:
    """Whether the document's date is the latest one its text states, not its
    publication day (``frontlines.vocab.document_date``: source "text")."""
    return Doc.has_extension("reference_source") and doc._.reference_source == "text"


#: Dependencies by which a date names an event noun's day ("the Aug. 7 bombings",
#: "Tuesday's attack", "last month's explosion").
_NAMING_DEPS = frozenset({"compound", "nmod", "npadvmod", "amod", "poss", "nummod"})


def _named_noun(span: Span) -> Token | None:
    """The noun a date names the day of ("last year's blasts", "the Aug. 7 bombings")."""
    token = span.root
    while token.dep_ in {"nummod", "compound"} and span.start <= token.head.i < span.end and (
            token.head.i != token.i):  # fmt: skip
        token = token.head
    noun = token.head
    if token.dep_ in _NAMING_DEPS and noun.pos_ == "NOUN" and noun.i >= span.end:
        return noun
    return None


def noun_dates(
    doc: Doc, times: Sequence[TimeExpression], published: str | None, story_now: str | None
) -> dict[str, EventDate]:
    """The day a story gives each event noun it dates by a modifier ("the Aug. 7
    bombings" -> bombing: the 7th of August), keyed by the noun's lemma; the first such
    date of a noun wins. A definite mention of that noun elsewhere ("the Nairobi
    bombing") is the same event, on that day."""
    year = story_now[:4] if published is None and story_now else None
    found: dict[str, EventDate] = {}
    for time in times:
        if time.type != "DATE":
            continue
        value = with_year(time.value, year, filed_month(doc))
        if not plausible_date(value, published or story_now):
            value = _year_before(time, value)  # "the September 17 agreement", told as
            if not plausible_date(value, published or story_now):  # done: not the next
                continue  # September, whatever the tense around it made of it
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        noun = _named_noun(span) or _dated_noun(span) if span is not None and len(span) else None
        if noun is not None:
            value, precision = _no_week(value, time.precision, time.text,  # "last week's raid"
                                        published or story_now)
            day = EventDate(value, acled_time_precision(precision), "text")
            found.setdefault(noun.lemma_.lower(), day)
            kind = kind_of(noun.lemma_.lower())
            if kind is None or len(value) < len("YYYY-MM"):
                continue  # a year alone ("last year's blasts") cannot tell which one
            known = found.get(_KIND + kind)  # "last month's explosion" dates "the bombing"
            if known is None or len(value) > len(known.value or ""):  # too; the finest
                found[_KIND + kind] = day  # such date: "the Aug. 7 bombings" over "last year's"
    return found


#: Dependencies of a noun's content clause ("the report that gunmen had fled").
_CONTENT_DEPS = frozenset({"acl", "ccomp"})
#: Nouns of telling whose content clause is an event told as done (data file).
TELLING_NOUNS = words("event", "telling_nouns")

#: Dependencies by which a noun is what a verb is about: its subject or object.
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _names_other(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date names the day of another noun than the event ("was detained
    over last spring's bombings": the bombings' season, not the detention's): a modifier
    of a noun that is no trigger nor the subject or object of a trigger's verb ("Tuesday's
    attack killed five" is dated by its noun), nor inside an event noun's own phrase
    ("three attacks, including the 1996 bombing": one of them), nor a noun of telling
    (``TELLING_NOUNS``) whose content clause the event heads ("Friday's announcement that
    the rebels had agreed to a truce": told as done by the day of the telling, which is
    the day a coder gives it); an event deeper in the clause, or in a clause of any other
    noun ("a tally of the towns where jets struck"), is not dated by it."""
    span = _tokens(sent, time)
    noun = _named_noun(span) if span is not None else None
    if noun is None or any(t.i == noun.i or (t.pos_ == "NOUN" and t.left_edge.i <= noun.i
                                             <= t.right_edge.i) for t in triggers):  # fmt: skip
        return False
    if noun.lemma_.lower() in TELLING_NOUNS and any(
            c.dep_ in _CONTENT_DEPS and c.i > noun.i and c.i in (t.i, predicate_of(t).i)
            for c in noun.children for t in triggers):  # fmt: skip
        return False
    verbs = {t.i for t in triggers} | {predicate_of(t).i for t in triggers}
    return not (noun.dep_ in _CORE_DEPS and noun.head.i in verbs)


def _year_before(time: TimeExpression, value: str, months: bool = False) -> str:
    """A day the text names without a year ("September 17") in the year before the one
    the normaliser gave it: an event noun it dates was told as done, so not ahead.
    ``months``: a month so named too ("the shooting in June", told in February: the
    June before; the realis reading has already judged the event done)."""
    fits = DAY_VALUE.fullmatch(value) or (months and MONTH_VALUE.fullmatch(value))
    if not fits or re.search(r"\d{4}", time.text):
        return value
    return str(int(value[:4]) - 1) + value[4:]


#: Verbs that tell what an event noun did to its victims ("were killed in the blasts on
#: Friday"): their date is the noun's.
_OUTCOME_VERBS = frozenset({"kill", "wound", "injure", "hurt", "die", "destroy", "damage"})


def _dated_noun(span: Span) -> Token | None:
    """The event noun whose phrase or clause a date stands in, not as a modifier: "the
    attacks on Aug. 7" (the object of a preposition of the noun), "were wounded in the
    blasts on Friday" (on the verb of the harm the noun did). Only a noun the event
    lexicon reads as an event type counts, and never a date that bounds ("since",
    "after"). (A date on the verb the noun is the subject of, "the bombing Friday drew
    condemnation", was tried too and dated the wrong nouns: the verb is often a later
    act's.)"""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        if head.lower_ in _BOUNDS or head.dep_ != "prep":
            return None
        head = head.head
    elif root.dep_ != "npadvmod":
        return None
    found = None
    if head.pos_ == "NOUN" and head.i < span.start:
        found = head
    elif head.pos_ == "VERB" and head.lemma_.lower() in _OUTCOME_VERBS:
        found = next((c for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "by"}
                      for c in p.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if found is None or kind_of(found.lemma_.lower()) is None:
        return None
    return found


#: Key prefix of ``noun_dates`` entries by the ACLED sub-event type a dated noun reads as.
_KIND = "kind:"


def referred_date(event: Event, triggers: Sequence[Token],
                  named: dict[str, EventDate]) -> Event:  # fmt: skip
    """``event``, or, when its date is not from the text and a trigger is a definite event
    noun ("the Nairobi bombing") the story dates elsewhere, by the same word or by a noun
    of the same ACLED sub-event type ("last month's explosion"), ``event`` on that date. Read
    for a new event only, after the test of whether it retells one told before: the day
    is the story's, not the mention's own word, and must not keep two mentions apart.
    A date from the text that names only a month ("the September deal") takes the day
    the story gives the same noun, or one of its kind, within that month ("the September
    17 agreement")."""
    if event.date_source == "text":
        return _finer_day(event, triggers, named)
    for trigger in triggers:  # the noun's own word first, then any noun of its kind
        found = (named.get(trigger.lemma_.lower()) or named.get(_KIND + event.acled_sub_event)
                 if definite(trigger) else None)  # fmt: skip
        if found is not None:
            return replace(event, date=found.value, date_source="text",
                           date_precision=as_acled_precision(found.precision))  # fmt: skip
    return event


def _finer_day(event: Event, triggers: Sequence[Token],
               named: dict[str, EventDate]) -> Event:  # fmt: skip
    """``event``, or, when dated to a month only and a trigger, or a trigger verb's subject
    or object, is a definite noun, ``event`` on the day in that month the story gives that
    noun or a noun of the event's kind."""
    month = event.date or ""
    if not MONTH_VALUE.fullmatch(month):
        return event
    nouns = [*triggers, *(c for t in triggers for c in t.children if c.dep_ in _CORE_DEPS)]
    for noun in nouns:  # "The September deal established ...": the verb's subject too
        if not definite(noun):
            continue
        for found in (named.get(noun.lemma_.lower()), named.get(_KIND + event.acled_sub_event)):
            if found is not None and DAY_VALUE.fullmatch(found.value or "") and (
                    found.value or "").startswith(month):  # fmt: skip
                return replace(event, date=found.value,
                               date_precision=as_acled_precision(found.precision))  # fmt: skip
    return event


def _day_of(time: TimeExpression, published: str | None) -> str | None:
    """The date a DATE names, or the day of a TIME that names one ("at 10 p.m. Wednesday"
    was on Wednesday): a kidnapping told by its hour is still dated by its day. A TIME whose
    day is the publication day is only a clock time ("at 10 p.m."), resolved against the
    publication day, so it says nothing the fallback does not."""
    if time.type == "DATE":
        return time.value
    if time.type != "TIME" or not CLOCK_DAY.match(time.value):
        return None
    day = time.value[:10]
    return None if day == published else day


def _tokens(sent: Span, time: TimeExpression) -> Span | None:
    span = sent.doc.char_span(time.start, time.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


#: Prepositions whose date bounds a period or a comparison, not the event's day ("the
#: deadliest since 2019", "until March", "after the 2016 offensive").
_BOUNDS = frozenset({"since", "until", "till", "before", "after", "from", "by", "through"})


def _boundary(sent: Span, time: TimeExpression, triggers: Sequence[Token] = ()) -> bool:
    """Whether the date is the object of a bounding preposition ("since 2019"), but for
    the start of the state a trigger verb in the perfect passive has held since ("has
    been detained since October": detained then)."""
    span = _tokens(sent, time)
    if span is None:
        return False
    before = span.start - 1
    preposition = span.root.head if span.root.dep_ == "pobj" else None
    if preposition is not None and _state_since(preposition, triggers):
        return False
    return (preposition is not None and preposition.lower_ in _BOUNDS) or (
        before >= sent.start and span.doc[before].lower_ in _BOUNDS)


def _state_since(preposition: Token, triggers: Sequence[Token]) -> bool:
    """Whether ``preposition`` is the "since" of a trigger verb in the perfect passive
    ("has been held since 2014"): the state began with the event."""
    verb = preposition.head
    if preposition.lower_ != "since" or all(t.i != verb.i for t in triggers):
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and "been" in auxes and bool(auxes & {"has", "have", "had"})


def _in_clause_of(sent: Span, time: TimeExpression, triggers: Sequence[Token]) -> bool:
    """Whether the date belongs to a trigger's phrase or to the verb asserting it."""
    span = _tokens(sent, time)
    if span is None:
        return False
    root = span.root
    for trigger in triggers:
        if trigger.left_edge.i <= root.i <= trigger.right_edge.i \
                and not relative_of_another(root, trigger):  # fmt: skip
            return True
        if root.head.i == predicate_of(trigger).i:
            return True
    return False

