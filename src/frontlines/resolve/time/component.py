"""``frontlines_times``: find temporal expressions and normalise them.

Candidates are the model's DATE/TIME entities plus words it tends to miss
("now", "recently", "the future", "daily"). Each is normalised by
``Normaliser`` against ``Doc._.reference_date`` (the publication date, set
by whoever makes the Doc; see ``with_reference_date``); a sentence with
"will"/"shall" resolves bare weekdays and months forward.

Sets: ``Doc._.times`` (a list of ``frontlines.model.TimeExpression``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from frontlines.model import Extractor, TimeExpression
from frontlines.nlp.extensions import declare
from frontlines.resolve.time.normalise import Normaliser

VERSION = "0.1.0"
MONTH_WORDS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
               "dec", "january", "february", "march", "april", "june", "july", "august",
               "september", "october", "november", "december"]  # fmt: skip
KEYWORDS: list[list[dict[str, Any]]] = [
    [{"LOWER": {"IN": ["now", "currently", "recently", "lately", "nowadays", "presently",
                       "today", "tomorrow", "yesterday", "tonight"]}}],
    [{"LOWER": {"IN": ["daily", "weekly", "monthly", "annually", "yearly"]}, "POS": "ADV"}],
    [{"LOWER": {"IN": MONTH_WORDS}}, {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True},
     {"ORTH": ",", "OP": "?"}, {"SHAPE": "dddd", "OP": "?"}],
    [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["today", "tonight"]}}],
    [{"TEXT": {"REGEX": r"^\d{1,2}:\d{2}$"}},
     {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm", "utc", "gmt", "et", "edt", "est"]},
      "OP": "?"}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["year", "quarter", "period"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["future", "past"]}}],
    [{"LOWER": "recent"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
    [{"LOWER": {"IN": ["current", "recent"]}, "POS": "ADJ"}],
]  # fmt: skip
LEADING = {"about", "around", "nearly", "almost", "some", "over", "more", "than", "less",
           "roughly", "approximately", "since", "until", "through", "by", "in", "on", "at",
           "from", "during", "for", "within", "after", "before", "of"}  # fmt: skip
FUTURE_MARKERS = {"will", "'ll", "shall", "wo"}


def with_reference_date(doc: Doc, published: str | None) -> Doc:
    """Attach the article's date (ISO) so relative expressions can be resolved."""
    declare("reference_date", "times")
    doc._.reference_date = published
    return doc


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class TimeRecognizer:
    name = "frontlines_times"
    version = VERSION

    def __init__(self, nlp: Language) -> None:
        declare("reference_date", "times")
        self.extractor = Extractor(self.name, self.version)
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("TIME_WORD", KEYWORDS)

    def candidates(self, doc: Doc) -> list[Span]:
        spans = [e for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        spans += [doc[s:e] for _, s, e in self.matcher(doc)]
        trimmed = []
        for span in spans:
            start, end = span.start, span.end
            while start < end and (doc[start].lower_ in LEADING or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s"}):
                end -= 1
            if start < end:
                trimmed.append(Span(doc, start, end, label=span.label_ or "TIME_WORD"))
        return filter_spans(trimmed)

    def __call__(self, doc: Doc) -> Doc:
        normalise = Normaliser(_parse_iso(doc._.reference_date))
        found = []
        anchor = None
        for span in self.candidates(doc):
            timex = normalise(span.text, future=_future(span), anchor=anchor)
            if timex is not None and timex.precision in {"quarter", "day", "month"}:
                anchor = timex
            if timex is None and span.label_ not in {"DATE", "TIME"}:
                continue
            if timex is None and _is_age_or_number(span):
                continue
            found.append(
                TimeExpression(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    type=timex.type if timex else span.label_,
                    value=timex.value if timex else "",
                    precision=timex.precision if timex else "",
                    extractor=self.extractor,
                )
            )
        doc._.times = found
        return doc


def _future(span: Span) -> bool:
    """Whether the clause governing the expression looks forward ('will meet on Friday')."""
    verb = span.root.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    return any(c.lower_ in FUTURE_MARKERS or c.lower_ == "going" for c in verb.children)


def _is_age_or_number(span: Span) -> bool:
    last = span[-1].lower_
    return last in {"old", "older", "aged"} or all(t.like_num for t in span)


@Language.factory("frontlines_times")
def make_time_recognizer(nlp: Language, name: str) -> TimeRecognizer:
    return TimeRecognizer(nlp)
