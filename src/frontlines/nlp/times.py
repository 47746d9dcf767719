"""``frontlines_times``: find temporal expressions and normalise them.

Candidates are the model's DATE/TIME entities plus words it tends to miss
("now", "recently", "the future", "daily"). Each is normalised by
``Normaliser`` against ``Doc._.reference_date`` (the publication date, set
by whoever makes the Doc; see ``with_reference_date``); a sentence with
"will"/"shall" resolves bare weekdays and months forward.

Sets: ``Doc._.times`` (a list of ``frontlines.model.TimeExpression``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from frontlines.model import Extractor, TimeExpression, as_time_precision, as_timex_type
from frontlines.nlp.extensions import declare
from frontlines.nlp.time_anchor import after_reference, anchors, past_anchor, pinned_near, settles
from frontlines.nlp.time_spans import (
    DAY_PART_WORDS,
    RANGE_WORDS,
    DigitsMatcher,
    comma_parts,
    compound_modifier,
    counts_sharing_a_unit,
    days_of_the_same_month,
    joined_clock_and_day,
    range_parts,
)
from frontlines.nlp.time_tense import (
    FINITE_TAGS,
    FORWARD_WORDS,
    FUTURE_MARKERS,
    MONTH_WORDS,
    PAST_AUXILIARIES,
    PLANNING_VERBS,
    TEMPORAL_WORDS,
    WEEKDAY_WORDS,
    future,
    parse_iso,
    temporal_word,
    told_in_past,
)
from frontlines.resolve.time.holidays import default_holidays
from frontlines.resolve.time.normalise import Normaliser, Timex
from frontlines.vocab.words import word_map, words

__all__ = [
    "CLOCK_PATTERNS",
    "DAY_PART_WORDS",
    "DEIXIS",
    "FINITE_TAGS",
    "FORWARD_WORDS",
    "FUTURE_MARKERS",
    "GENERIC_NOUNS",
    "KEYWORDS",
    "LEADING",
    "LENGTH_UNITS",
    "MONTH_WORDS",
    "NOUN_MODIFIERS",
    "PAST_AUXILIARIES",
    "PERIOD_NOUNS",
    "PLANNING_VERBS",
    "RANGE_WORDS",
    "RATE_UNITS",
    "TEMPORAL_WORDS",
    "TimeRecognizer",
    "VERSION",
    "WEEKDAY_WORDS",
    "make_time_recognizer",
    "with_reference_date",
]

VERSION = "0.3.0"
#: Month words as tokens: the tokenizer keeps an abbreviation's full stop ("Aug."), so the
#: Matcher finds "Aug. 7" where the model read it as no date ("the Aug. 7 Embassy
#: bombings" taken for an EVENT name).
_MONTH_TOKENS = sorted({*MONTH_WORDS, *(m + "." for m in MONTH_WORDS if len(m) <= 4)})
#: Clock times ("1430 GMT", "9:30 a.m."): found without the Matcher (``DigitsMatcher``),
#: which would run their regular expressions on every word; both need a digit.
CLOCK_PATTERNS: list[list[dict[str, Any]]] = [
    [{"TEXT": {"REGEX": r"^(?:[01]\d|2[0-3])[0-5]\d$"}}, {"LOWER": {"IN": ["utc", "gmt"]}}],
    [{"TEXT": {"REGEX": r"^\d{1,2}:\d{2}$"}},
     {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "utc", "gmt", "et", "edt", "est"]},
      "OP": "?"}],
]  # fmt: skip
KEYWORDS: list[list[dict[str, Any]]] = [
    [{"LOWER": {"IN": ["now", "currently", "recently", "lately", "nowadays", "presently",
                       "today", "tomorrow", "yesterday", "tonight"]}}],
    [{"LOWER": {"IN": ["daily", "weekly", "monthly", "annually", "yearly"]}, "POS": "ADV"}],
    [{"LOWER": {"IN": _MONTH_TOKENS}}, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True},
     {"ORTH": ",", "OP": "?"}, {"SHAPE": "dddd", "OP": "?"}],
    [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["today", "tonight"]}}],
    *CLOCK_PATTERNS,
    [{"LOWER": "the"}, {"LOWER": {"IN": ["year", "quarter", "period"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["future", "past"]}}],
    [{"LOWER": "recent"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
    [{"LOWER": "current", "POS": "ADJ"}],
    [{"LOWER": {"IN": ["every", "each"]}},
     {"LOWER": {"IN": ["day", "night", "week", "month", "year", "morning", "evening"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "short"]}},
     {"LOWER": {"IN": ["future", "term"]}}],
    # "The next morning, around 6:40 a.m., ...": a day told from the one before, which
    # the model does not always tag
    [{"LOWER": "the"}, {"LOWER": {"IN": ["following", "next", "previous", "preceding"]}},
     {"LOWER": {"IN": ["day", "morning", "evening", "night"]}}],
]  # fmt: skip
#: Counted lengths the model misses: "5 1/2 hours", "two more weeks", "six straight days".
LENGTH_UNITS = [
    f"{unit}{plural}"
    for unit in ("year", "month", "week", "day", "hour", "minute", "night", "decade")
    for plural in ("", "s")
]
KEYWORDS += [
    [{"LIKE_NUM": True}, {"TEXT": {"REGEX": r"^\d/\d$"}}, {"LOWER": {"IN": LENGTH_UNITS}}],
    [{"LIKE_NUM": True}, {"LOWER": {"IN": sorted(words("time", "counted_adjectives"))}},
     {"LOWER": {"IN": LENGTH_UNITS}}],
]  # fmt: skip
LEADING = words("time", "leading")
#: Words the model sometimes leaves out of the period they fix ("this year's election").
DEIXIS = words("time", "deixis")
PERIOD_NOUNS = words("time", "period_nouns")
NOUN_MODIFIERS = words("time", "noun_modifiers")


def with_reference_date(doc: Doc, published: str | None, source: str = "metadata",
                        month: str | None = None) -> Doc:  # fmt: skip
    """Attach the article's date (ISO) so relative expressions can be resolved, and
    where it came from (``reference_source``: a ``DocumentDateSource``; "text" when it is
    the latest date the body states, which events take with less precision). With no
    day, ``month`` (``reference_month``, "YYYY-MM") is the publication month the
    document's address gives, if any: no reference for "on Monday", but its year and
    month date what the story tells without a date."""
    declare("reference_date", "reference_source", "reference_month", "reference_near",
            "reference_latest", "times")  # fmt: skip
    doc._.reference_date = published
    doc._.reference_source = source if published else None
    doc._.reference_month = None if published else month
    return doc


class TimeRecognizer:
    name = "frontlines_times"
    version = VERSION

    def __init__(self, nlp: Language) -> None:
        declare("reference_date", "times")
        self.extractor = Extractor(self.name, self.version)
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("TIME_WORD", [p for p in KEYWORDS if p not in CLOCK_PATTERNS])
        self.clocks = DigitsMatcher([p for p in KEYWORDS if p in CLOCK_PATTERNS])
        self.matcher.add("RATE", [[{"LOWER": {"IN": ["a", "an"]}},
                                   {"LOWER": {"IN": sorted(RATE_UNITS)}}]])  # fmt: skip
        self.rate_key = nlp.vocab.strings["RATE"]
        self.holidays = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.holidays.add("HOLIDAY", [nlp.make_doc(n) for n in default_holidays()])

    def candidates(self, doc: Doc) -> list[Span]:
        spans = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        for key, start, end in self.matcher(doc):
            span = doc[start:end]
            if key != self.rate_key or _rate(span) is not None:
                spans.append(span)
        spans += [doc[start:end] for start, end in self.clocks(doc)]
        for _, start, end in self.holidays(doc):
            if start > 0 and doc[start - 1].lower_ in {"last", "next", "this"}:
                start -= 1
            spans.append(doc[start:end])
        trimmed = []
        for span in spans:
            start, end = span.start, span.end
            if start > 0 and span[0].lower_ in PERIOD_NOUNS and doc[start - 1].lower_ in DEIXIS:
                start -= 1  # the model's "year" in "this year's election"
            if (
                start > 0
                and doc[start - 1].lower_ in {"each", "every"}
                and (span[0].lower_ in WEEKDAY_WORDS or span[0].lower_ in MONTH_WORDS)
            ):
                start -= 1  # "each Thursday", "every July": a set, not one date
            while start < end and (doc[start].lower_ in LEADING or doc[start].is_punct):
                start += 1
            if end - start == 3 and doc[start].like_num and doc[start + 1].lower_ in {"a", "an"}:
                start += 1  # "15 a year": the count is what happens, "a year" how often
            while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s"}):
                end -= 1
            modifier = end - start == 1 and doc[start].lower_ in NOUN_MODIFIERS
            if modifier and doc[start].dep_ == "amod":
                continue  # "quarterly earnings", "annual report", "recent gains": no time
            if all(t.lower_ in DAY_PART_WORDS or t.lower_ == "the" for t in doc[start:end]):
                continue  # "at night", "in the morning": which day's is not said
            if compound_modifier(doc, start, end):
                continue  # "the now-cancelled deal", "the then-president": no time
            end = _with_neighbour_side(doc, start, end)  # "the day | before"
            if start < end:
                trimmed.append(Span(doc, start, end, label=span.label_ or "TIME_WORD"))
        return joined_clock_and_day(doc, filter_spans(trimmed))

    def __call__(self, doc: Doc) -> Doc:
        reference = parse_iso(doc._.reference_date)
        near = doc._.reference_near if doc.has_extension("reference_near") else None
        received = doc._.reference_latest if doc.has_extension("reference_latest") else None
        normalise = Normaliser(reference, near=parse_iso(near), latest=parse_iso(received))
        spans = self.candidates(doc)
        pinned = pinned_near(spans, normalise, WEEKDAY_WORDS, set(MONTH_WORDS)) if (
            reference is None and near) else None  # "Monday 19 December": its year  # fmt: skip
        if pinned is not None:
            normalise = Normaliser(None, near=pinned, latest=parse_iso(received))
        found = []
        anchor: Timex | None = None
        settled: tuple[Timex, int] | None = None  # the last anchor not after the reference
        for whole in spans:
            latest = anchor
            unanchored = after_reference(anchor, reference) and bool(told_in_past(whole))
            if unanchored:
                # "Two days before, police detained four men" after "the referendum set
                # for next Sunday": a clause told in the past counts from the last point
                # not yet to come, in its paragraph; with none, it has no value
                anchor = past_anchor(settled, whole)
                unanchored = anchor is None
            parts = range_parts(whole)  # "between 1994 and 1997", "Aug. 26 to Oct. 20"
            if len(parts) < 2 and not (parts and len(parts[0]) < len(whole)):
                parts = [whole]  # ... but "between now and" is "now"
            values = [normalise(p.text, future(p), anchor, told_in_past(p)) for p in parts]
            values = days_of_the_same_month(parts, values)  # "April 24 and 25"
            values = counts_sharing_a_unit(parts, values)  # "two to six days"
            if len(parts) > 1 and any(v is None for v in values):
                parts = [whole]
                values = [normalise(whole.text, future(whole), anchor, told_in_past(whole))]
            if values == [None]:  # "November 11, three days later": two expressions
                pieces = comma_parts(whole)
                read = [normalise(p.text, future(p), anchor, told_in_past(p)) for p in pieces]
                if len(pieces) > 1 and all(v is not None for v in read):
                    parts, values = pieces, read
            if values == [None]:
                tail = _readable_tail(whole, normalise, anchor)
                if tail is not None:
                    parts, values = [tail[0]], [tail[1]]
            if unanchored:  # a value read off the missing anchor would be a guess
                values = [v if v is None
                          or normalise(p.text, future(p), latest, told_in_past(p)) == v
                          else None for p, v in zip(parts, values, strict=True)]  # fmt: skip
            values = [_period_ended(p) or _rate(p) or v for p, v in zip(parts, values, strict=True)]
            anchor = latest
            for span, timex in zip(parts, values, strict=True):
                if timex is not None and anchors(span, timex):
                    anchor = timex
                    settled = settles(span, timex, reference) or settled
                found.extend(self._expression(span, timex))
        doc._.times = found
        return doc

    def _expression(self, span: Span, timex: Timex | None) -> list[TimeExpression]:
        """The record for one span, or none for an unreadable non-date, an age, a share
        ('a quarter of the market') or a programme's name ('60 Minutes')."""
        if timex is None and (
            span.label_ not in {"DATE", "TIME"}
            or _is_age_or_number(span)
            or not any(temporal_word(t) for t in span)
        ):
            return []
        if _is_share(span) or _is_title(span) or _is_generic_today(span):
            return []
        return [
            TimeExpression(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                type=as_timex_type(timex.type if timex else span.label_),
                value=timex.value if timex else "",
                precision=as_time_precision(timex.precision) if timex else "",
                extractor=self.extractor,
            )
        ]


def _with_neighbour_side(doc: Doc, start: int, end: int) -> int:
    """The end of "the day before" / "the day after" told as an adverb ("the blast tore
    through the mosque the day before"): the model stops its DATE at "the day", which then
    reads as the day in view itself, not the one next to it. "before" or "after" counts
    only when the parse makes it a bare modifier of that "day": with an object ("the day
    before the vote") or a clause ("the day after troops left") it names another point,
    which the text does not date here."""
    if end >= len(doc) or end - start < 2 or doc[end - 1].lower_ != "day":
        return end
    side = doc[end]
    if side.lower_ not in {"before", "after"} or side.head.i != end - 1:
        return end
    return end + 1 if side.dep_ == "advmod" and not list(side.children) else end


def _readable_tail(
    span: Span, normalise: Callable[..., Timex | None], anchor: Timex | None
) -> tuple[Span, Timex] | None:
    """'shot at the school two years ago': the model ran a noun phrase with no time
    word in it into the expression; the shortest cut of those leading words that leaves a
    readable date ("two years ago") is the expression. The cut ends on the noun phrase's
    noun, never inside the expression ("this | month")."""
    for cut in range(span.start + 1, span.end):
        if any(temporal_word(t) or t.like_num for t in span.doc[span.start : cut]):
            return None
        if span.doc[cut - 1].pos_ not in {"NOUN", "PROPN"}:
            continue  # "this month" is no noun phrase run in: its "month" is no duration
        tail = Span(span.doc, cut, span.end, label=span.label_)
        value = normalise(tail.text, future(tail), anchor, told_in_past(tail))
        if value is not None:
            return tail, value
    return None


def _period_ended(span: Span) -> Timex | None:
    """'the (fiscal) year ended March 31' names a span of a year, not a calendar year:
    TIMEX3 writes it as a duration (the end date is its own expression)."""
    words = [t.lower_ for t in span]
    if words[-1:] != ["year"] or not set(words[:-1]) <= {"the", "fiscal", "financial"}:
        return None
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return Timex("DURATION", "P1Y") if after in {"ended", "ending", "ends", "to"} else None


RATE_UNITS = word_map("time", "rate_units")


def _rate(span: Span) -> Timex | None:
    """'$1 billion a year', 'hundreds of interviews a day': how often, a TIMEX3 SET."""
    words = [t.lower_ for t in span]
    if len(words) != 2 or words[0] not in {"a", "an"} or words[1] not in RATE_UNITS:
        return None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or not (before.like_num or before.pos_ in {"NUM", "NOUN", "SYM"}):
        return None
    return Timex("SET", RATE_UNITS[words[1]])


def _is_age_or_number(span: Span) -> bool:
    last = span[-1].lower_
    if re.fullmatch(r"(?:mid-)?\d0s", last) and span.start > 0:
        before = span.doc[span.start - 1].lower_  # "in his 30s"
        if before in {"his", "her", "their", "my", "your", "its"}:
            return True
    return last in {"old", "older", "aged"} or all(t.like_num for t in span)


GENERIC_NOUNS = words("time", "generic_nouns")


def _is_generic_today(span: Span) -> bool:
    """ "today's youth", "today's personal computers": nowadays, not a date."""
    doc = span.doc
    if span.text.lower() not in {"today", "tomorrow"} or span.end >= len(doc):
        return False
    if doc[span.end].lower_ not in {"'s", "’s"}:
        return False
    owner = span.root.head if span.root.dep_ == "poss" else None
    if owner is None:
        return False
    return owner.tag_ in {"NNS", "NNPS"} or owner.lemma_.lower() in GENERIC_NOUNS


def _is_share(span: Span) -> bool:
    """'a quarter of the market', 'a quarter-century low': a fraction, not a period."""
    words = [t.lower_ for t in span]
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return words in (["a", "quarter"], ["quarter"]) and after == "of"


def _is_title(span: Span) -> bool:
    """'on CBS's "60 Minutes"', 'ABC's "This Week"', 'VOA Today': a programme's name.
    A capitalised period word inside a sentence, just after a quote or a name."""
    last = span[-1]
    if last.is_sent_start or not last.text[:1].isupper() or last.lower_ in MONTH_WORDS:
        return False
    if last.lower_ not in {"minutes", "week", "hours", "today", "tonight", "years"}:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or span[0].is_sent_start:
        return False
    return before.text in {'"', "''", "``", "“", "'"} or (
        before.pos_ == "PROPN" and before.text[:1].isupper()
    )


@Language.factory("frontlines_times")
def make_time_recognizer(nlp: Language, name: str) -> TimeRecognizer:
    return TimeRecognizer(nlp)
