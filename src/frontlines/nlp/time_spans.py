"""Where one time expression ends and the next begins: ranges and lists ("between 1994 and
1997", "April 24 and 25", "two to six days"), candidates the model ran together at a comma,
a clock time joined to its day, and "now" hyphened to a modifier.

Helpers of ``frontlines.nlp.times``; they cut and join spans, the normaliser gives values.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import numpy as np
from spacy.attrs import SHAPE
from spacy.tokens import Doc, Span

from frontlines.resolve.time.durations import duration
from frontlines.resolve.time.normalise import Timex
from frontlines.vocab.dates import DAY_PARTS, WEEKDAYS
from frontlines.vocab.words import words

__all__ = [
    "DigitsMatcher",
    "DAY_PART_WORDS",
    "RANGE_WORDS",
    "comma_parts",
    "compound_modifier",
    "counts_sharing_a_unit",
    "days_of_the_same_month",
    "joined_clock_and_day",
    "range_parts",
]

WEEKDAY_WORDS = set(WEEKDAYS)
RANGE_WORDS = words("time", "range_words")
DAY_PART_WORDS = set(DAY_PARTS)


def range_parts(span: Span) -> list[Span]:
    """The pieces of a span joined by range words, each trimmed of leading 'between'."""
    doc = span.doc
    parts, start = [], span.start
    for token in span:
        year_list = (
            token.text == ","
            and 0 < token.i < len(doc) - 1
            and all(t.shape_ == "dddd" for t in (doc[token.i - 1], doc[token.i + 1]))
        )  # "in 1994, 1995 and 1997"
        if (token.lower_ in RANGE_WORDS or year_list) and token.i > start:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    out = []
    for lo, hi in parts:
        while lo < hi and (doc[lo].lower_ in {"between", "both", "from"} or doc[lo].is_punct):
            lo += 1
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        if lo < hi:
            out.append(Span(doc, lo, hi, label=span.label_))
    return out


def days_of_the_same_month(parts: list[Span], values: list[Timex | None]) -> list[Timex | None]:
    """A bare day number after a full date in a range or list takes that date's month."""
    out = list(values)
    for k in range(1, len(parts)):
        before = out[k - 1]
        if out[k] is not None or before is None or before.precision != "day":
            continue
        day = parts[k].text
        if day.isdigit() and 1 <= int(day) <= 31 and re.fullmatch(r"\d{4}-\d\d-\d\d", before.value):
            try:
                value = date.fromisoformat(before.value[:8] + f"{int(day):02d}").isoformat()
            except ValueError:
                continue
            out[k] = Timex("DATE", value, "day")
    return out


def compound_modifier(doc: Doc, start: int, end: int) -> bool:
    """'now' or 'then' hyphened to the word after it modifies that word ('now-defunct')."""
    if end - start != 1 or doc[start].lower_ not in {"now", "then"} or end >= len(doc):
        return False
    return doc[end].text == "-" and not doc[start].whitespace_


def comma_parts(span: Span) -> list[Span]:
    """The pieces of a span between its commas (a candidate the model ran together)."""
    pieces, start = [], span.start
    for token in span:
        if token.text == ",":
            if token.i > start:
                pieces.append(Span(span.doc, start, token.i, label=span.label_))
            start = token.i + 1
    if span.end > start:
        pieces.append(Span(span.doc, start, span.end, label=span.label_))
    return pieces


def counts_sharing_a_unit(parts: list[Span], values: list[Timex | None]) -> list[Timex | None]:
    """A bare count before a counted length in a range takes its unit: 'two to six days'
    is two lengths, P2D and P6D."""
    last = values[-1] if values else None
    if len(parts) < 2 or last is None or last.type != "DURATION":
        return values
    unit = parts[-1][-1].text
    out = list(values)
    for k, (part, value) in enumerate(zip(parts[:-1], values[:-1], strict=True)):
        if value is None and all(t.like_num for t in part):
            out[k] = duration(f"{part.text.lower()} {unit.lower()}", False)
    return out


def joined_clock_and_day(doc: Doc, spans: list[Span]) -> list[Span]:
    """'noon' + 'Thursday', '8 a.m. GMT' + ', March 4', 'Saturday' + 'night': one expression."""
    out: list[Span] = []
    for span in spans:
        if out:
            last = out[-1]
            gap = doc[last.end : span.start]
            if (
                last.label_ == "TIME" and span.label_ == "DATE"
                and all(t.text == "," for t in gap) and len(gap) <= 1
            ):  # fmt: skip
                out[-1] = Span(doc, last.start, span.end, label="TIME")
                continue
        out.append(span)
    joined: list[Span] = []
    for span in out:
        if joined and span.start < joined[-1].end:
            continue  # the "night" a weekday before it has taken in
        end = span.end
        part_of_day = end < len(doc) and doc[end].lower_.rstrip("s") in DAY_PART_WORDS
        if part_of_day and span[-1].lower_ in WEEKDAY_WORDS:
            span = Span(doc, span.start, end + 1, label="TIME")
        joined.append(span)
    return joined


class DigitsMatcher:
    """Matcher patterns of one word read by a regular expression that needs a digit, and an
    optional or required next word from a list (``[{"TEXT": {"REGEX": r}}, {"LOWER": {"IN":
    words}, "OP": "?"}]``), matched as spaCy's Matcher does (every match, both lengths where
    the next word is optional) but only at words with a digit, found from the Doc's word
    shapes: the Matcher ran the expressions on every word of the story."""

    def __init__(self, patterns: list[list[dict[str, Any]]]) -> None:
        self.patterns: list[tuple[re.Pattern[str], frozenset[str], bool]] = []
        for pattern in patterns:
            first, *rest = pattern
            if set(first) != {"TEXT"} or set(first["TEXT"]) != {"REGEX"} or len(rest) != 1:
                raise ValueError(f"not a pattern of a word with digits and the next: {pattern}")
            nxt = rest[0]
            if set(nxt) - {"OP"} != {"LOWER"} or set(nxt["LOWER"]) != {"IN"}:
                raise ValueError(f"the next word must be one of a list: {pattern}")
            if nxt.get("OP", "") not in {"", "?"}:
                raise ValueError(f"the next word is required or optional: {pattern}")
            regex = re.compile(first["TEXT"]["REGEX"])
            self.patterns.append((regex, frozenset(nxt["LOWER"]["IN"]), nxt.get("OP") == "?"))

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        if not self.patterns or not len(doc):
            return []
        shapes = doc.to_array(SHAPE)
        # a word whose shape has no "d" has no digit; one with no shape set is read anyway
        digits = [k for k in set(shapes.tolist()) if not k or "d" in doc.vocab.strings[k]]
        found: list[tuple[int, int]] = []
        for i in np.flatnonzero(np.isin(shapes, digits)).tolist():
            text = doc[i].text
            for regex, words_after, optional in self.patterns:
                if not regex.search(text):
                    continue
                if optional:
                    found.append((i, i + 1))
                if i + 1 < len(doc) and doc[i + 1].lower_ in words_after:
                    found.append((i, i + 2))
        return found
