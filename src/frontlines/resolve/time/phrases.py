"""Text-only helpers for the normaliser: peeling modifiers, spelt years and days, counts,
clock words.

A time phrase often wraps a plainer one: "only six months", "at least 72 hours",
"the end of 1990", "early next year", "the year ended Sept. 30". ``peeled``
yields the plainer phrases in order, so the normaliser can explain a value as
"the value of the phrase inside". Modifiers that change the value ("ago",
"from now", "last") are never peeled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from frontlines.vocab.numbers import ORDINAL_DAYS, SMALL, words_to_number
from frontlines.vocab.words import word_list

__all__ = [
    "HEDGES",
    "INSIDE",
    "TRAILING",
    "clock",
    "count_of",
    "digits_for_ordinal_days",
    "digits_for_spelled_years",
    "format_count",
    "peeled",
    "spelled_year",
    "whole_count",
]

#: Words before a time phrase that bound or hedge it without moving it.
HEDGES = word_list("time", "hedges")
#: Positions inside a period; the period's own value is what TIMEX3 records.
INSIDE = word_list("time", "inside")
#: A clause after the period that names its end or what follows: cut it off.
TRAILING = re.compile(
    r"\s+(?:ended|ending|ends|through|or so|ahead|following|earlier|later|before|"
    r"to date|of the year|of (?:19|20)\d\d)\b.*$"
)


def peeled(t: str) -> Iterator[str]:
    """Plainer phrases inside ``t``, outermost wrapper first."""
    seen = {t}
    queue = [t]
    while queue:
        current = queue.pop(0)
        for candidate in _one_layer(current):
            if candidate and candidate not in seen:
                seen.add(candidate)
                queue.append(candidate)
                yield candidate


def _one_layer(t: str) -> Iterator[str]:
    for word in (*HEDGES, *INSIDE):
        if t.startswith(word + " ") or (word.endswith("-") and t.startswith(word)):
            yield t[len(word) :].strip()
    cut = TRAILING.sub("", t)
    if cut != t:
        yield cut
    if t.endswith("'s"):
        yield t[:-2]
    joined = re.sub(r"\b(early|late|mid)-", r"\1 ", t)
    if joined != t:
        yield joined


def spelled_year(t: str) -> int | None:
    """'nineteen ninety-six' -> 1996; 'the year two thousand' -> 2000; 'two thousand one'."""
    t = re.sub(r"^(?:the )?year ", "", t).replace("-", " ")
    words = t.split()
    if not words or not all(w in SMALL or w in {"hundred", "thousand", "and"} for w in words):
        return None
    if "thousand" in words:
        value = words_to_number(words)
        return int(value) if value and 1000 <= value <= 2200 else None
    for cut in range(1, len(words)):  # "nineteen" + "ninety six"
        high, low = words_to_number(words[:cut]), words_to_number(words[cut:])
        if high and 10 <= high <= 21 and low is not None and low < 100:
            return int(high * 100 + low)
    return None


def clock(t: str) -> tuple[int, int | None] | None:
    """'6 a.m', '10 p.m.', 'noon', 'midnight', '4 in the morning' -> (hour, minute)."""
    if t in {"noon", "midday", "mid-day"}:
        return 12, 0
    if t == "midnight":
        return 24, None
    m = re.fullmatch(r"(\d{1,2}):(\d{2})()", t)  # a 24-hour clock: "18:00"
    if m is not None and int(m.group(1)) < 24:
        return int(m.group(1)), int(m.group(2))
    m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))? ?(a\.?m\.?|p\.?m\.?|o'clock)", t)
    if m is None:
        m = re.fullmatch(r"(\d{1,2})(?::(\d{2}))? in the (morning|afternoon|evening|night)", t)
    if m is None:
        return None
    hour = int(m.group(1))
    marker = m.group(3)
    if (
        marker.startswith("p")
        or marker in {"afternoon", "evening"}
        or (marker == "night" and hour < 12 and hour >= 6)
    ):
        hour = hour % 12 + 12
    elif marker.startswith("a") or marker == "morning":
        hour = hour % 12
    minute = int(m.group(2)) if m.group(2) else None
    return hour, minute


def count_of(text: str) -> float | None:
    """'two' 2, 'a' 1, '2 1/2' 2.5: how many units a duration counts."""
    text = text.strip().lower()
    if text in {"a", "an", "one"}:
        return 1.0
    text = re.sub(r"^(?:an? )?(?=hundred|thousand)", "one ", text)  # "(a) hundred years": P100Y
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    if m := re.fullmatch(r"(\d+)[ -](\d)/(\d)", text):  # "2 1/2"
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    words = text.replace("-", " ").split()
    return (
        words_to_number(words)
        if words and all(w in SMALL or w in {"hundred", "thousand", "and"} for w in words)
        else None
    )


def format_count(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


_NUMBER_WORDS = "|".join(sorted(SMALL, key=len, reverse=True))
_SPELLED_RUN = re.compile(
    rf"\b(?:(?:the year )?(?:nineteen|twenty|two thousand)(?:[ -](?:and|{_NUMBER_WORDS}))+"
    r"|two thousand)\b"
)


def digits_for_spelled_years(t: str) -> str:
    """'the spring of nineteen eighty-two' -> 'the spring of 1982' (broadcast transcripts)."""

    def digits(m: re.Match[str]) -> str:
        year = spelled_year(m.group(0))
        return str(year) if year else m.group(0)

    return _SPELLED_RUN.sub(digits, t) if ("nineteen" in t or "thousand" in t) else t


def digits_for_ordinal_days(t: str) -> str:
    """'march eighth' -> 'march 8', 'the twenty-first of may' -> 'the 21 of may'."""

    def number(tens: str | None, unit: str) -> str:
        return str({"twenty": 20, "thirty": 30}.get(tens or "", 0) + ORDINAL_DAYS[unit])

    months = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    ordinal = r"(?:(twenty|thirty)[- ])?(" + "|".join(ORDINAL_DAYS) + r")"
    t = re.sub(rf"\b({months}) {ordinal}\b",
               lambda m: f"{m.group(1)} {number(m.group(2), m.group(3))}", t)  # fmt: skip
    return re.sub(rf"\b{ordinal}(?= of {months})", lambda m: number(m.group(1), m.group(2)), t)


def whole_count(text: str) -> int | None:
    """How many whole units a count names: '1.5' has no whole count, so "1.5 years ago"
    stays unresolved rather than being cut to one year back."""
    n = count_of(text)
    return int(n) if n is not None and n == int(n) else None
