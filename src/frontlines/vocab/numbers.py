"""Read numbers written in digits, words or vague magnitudes.

Pure functions over strings so each rule can be tested on its own. The
component in ``component.py`` decides which tokens to hand over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "DIGITS",
    "FRACTIONS",
    "GLUED",
    "ORDINAL_DAYS",
    "Reading",
    "SCALES",
    "SHORT_SCALES",
    "SMALL",
    "VAGUE",
    "is_number_word",
    "parse_digits",
    "split_glued",
    "words_to_number",
]

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Spelt day-of-month ordinals up to "twentieth" ("march eighth", "the twenty-first").
ORDINAL_DAYS = {w: n for n, w in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
     "seventeenth", "eighteenth", "nineteenth", "twentieth"], start=1)}  # fmt: skip
SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}  # fmt: skip
#: Abbreviated multipliers glued to or following digits: "25k", "$1.7bn", "3 mln".
SHORT_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12,
}  # fmt: skip
#: Vague magnitudes as (lower, upper), each spanning one order of magnitude
#: from its base: "dozens" 12 to 120, "hundreds" 100 to 1,000, "tens of
#: thousands" 10,000 to 100,000 (the convention NewsQuant annotates).
VAGUE = {
    "dozens": (12.0, 120.0), "scores": (40.0, 100.0), "tens": (10.0, 100.0),
    "hundreds": (100.0, 1e3), "thousands": (1e3, 1e4), "millions": (1e6, 1e7),
    "billions": (1e9, 1e10),
}  # fmt: skip
FRACTIONS = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1, "tenths": 0.1,
}  # fmt: skip

DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$")
GLUED = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)([a-zA-Z%°²$€£]+[\w/²]*)$")


@dataclass(frozen=True)
class Reading:
    """What a run of number tokens says: a point value or a range."""

    value: float | None
    lower: float | None = None
    upper: float | None = None


def parse_digits(text: str) -> float | None:
    """'15,000' -> 15000.0; '0.5' -> 0.5; anything else -> None."""
    if not text or text in {".", ","}:
        return None
    match = DIGITS.match(text)
    if match is None or not (match.group(1) or match.group(2)):
        return None
    return float(text.replace(",", ""))


def split_glued(text: str) -> tuple[float, str] | None:
    """'640bhp' -> (640.0, 'bhp'); '1.7bn' -> (1.7, 'bn'); '15' -> None."""
    match = GLUED.match(text)
    if match is None:
        return None
    return float(match.group(1).replace(",", "")), match.group(2)


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in SMALL or w in SCALES


def words_to_number(words: list[str]) -> float | None:
    """['two', 'hundred', 'and', 'fifty', 'thousand'] -> 250000.0.

    Digits may lead ("1.5", "million"). Returns None for an empty or
    ill-formed run, so callers can fall back to a shorter run.
    """
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in {"and", "-"}:
            continue
        digits = parse_digits(w)
        if digits is not None:
            if seen and current:
                return None
            current += digits
        elif w in SMALL:
            current += SMALL[w]
        elif w in SHORT_SCALES or w in SCALES:
            scale = SCALES.get(w) or SHORT_SCALES[w]
            if not seen:
                return None
            if scale == 100.0:
                current = (current or 1.0) * 100.0
            else:
                total += (current or 1.0) * scale
                current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
