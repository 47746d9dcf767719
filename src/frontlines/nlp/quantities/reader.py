"""Find where a number phrase starts and ends in a run of tokens.

Works on a spaCy ``Doc`` but only looks at token texts, so rules stay
readable: digits ("15,000", "1.5"), words ("two hundred and fifty"),
glued multipliers and units ("1.7bn", "640bhp"), "a dozen", fractions ("a
third of", "two-thirds"), and vague magnitudes ("hundreds of thousands").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from frontlines.vocab.numbers import (
    FRACTIONS,
    SCALES,
    SHORT_SCALES,
    SMALL,
    VAGUE,
    Reading,
    parse_digits,
    split_glued,
    words_to_number,
)
from frontlines.vocab.words import words

__all__ = [
    "GLUED_PREFIX",
    "NOT_AMOUNT_SUFFIXES",
    "NumberRun",
    "SIGNED",
    "SPACED_SHORT",
    "could_start_number",
    "read_number",
    "scale_words",
    "written_fraction",
]

#: Separate-token multipliers that may follow digits ("3 bn"); bare "m"/"b"
#: are too ambiguous (metres, bytes) unless glued after a currency sign.
SPACED_SHORT = words("quantity", "spaced_short")


@dataclass(frozen=True)
class NumberRun:
    """Tokens ``[start, end)`` that spell one number, and what they say."""

    start: int
    end: int
    reading: Reading
    glued_suffix: str = ""  # unit or multiplier glued to the last digits
    worded: bool = False  # spelt in words ("one", "a dozen")
    tilde: bool = False  # written "~1.2": approximately
    glued_prefix: str = ""  # currency code glued before the digits: "USD10m"
    below: bool = False  # written "sub-7": under the value


GLUED_PREFIX = re.compile(
    r"^(USD|US\$|INR|EUR|GBP|Rs\.?|RM|HK\$|A\$|C\$|NIS|[$€£¥₹₪]"
    r"|PS(?=\d{1,3},\d{3}|\d+\.\d))(?=[\d.])"  # "PS21,700": £ transliterated, not "PS5"
)

#: Glued suffixes that make digits an ordinal or a clock time, not an amount.
NOT_AMOUNT_SUFFIXES = words("quantity", "not_amount_suffixes")


#: A sign or bound glued before digits: "-5", "minus-1.4", "sub-500".
SIGNED = re.compile(r"^(minus-|[-−]|sub-)(?=\d|\.\d)", re.IGNORECASE)


def read_number(doc: Doc, i: int, end: int) -> NumberRun | None:
    """The number phrase starting at token ``i`` (before ``end``), if any."""
    signed = SIGNED.match(doc[i].text)
    if signed is not None and _starts_word(doc, i):
        inner = _read_token(doc[i].text[signed.end() :], i)
        if inner is None:
            return None
        if signed.group(1).lower() == "sub-":
            return replace(inner, below=True)
        return replace(inner, reading=_negated(inner.reading))
    if doc[i].lower_ == "minus" and i + 1 < end:
        inner = read_number(doc, i + 1, end)  # "minus 40 degrees"
        if inner is not None and not inner.worded:
            return replace(inner, start=i, reading=_negated(inner.reading))
        return None
    return _read_unsigned(doc, i, end)


def could_start_number(text: str, lower: str) -> bool:
    """False when ``read_number`` surely finds no number at a token with this text and
    lower-case form: the quantity pass asks it of every word first (most are no number,
    and reading one takes a dozen token lookups)."""
    return lower in _LEADING_WORDS or any(c.isnumeric() for c in text)


def _starts_word(doc: Doc, i: int) -> bool:
    """'-5' after a space or '$' is negative; the '-20' of '10-20' is not."""
    if i == 0:
        return True
    before = doc[i - 1]
    if before.text.isupper() and before.text.isalpha():
        return False  # "COVID -19", "F -16": part of a name
    return bool(before.whitespace_) or before.text in {"$", "(", "£", "€"}


def _negated(reading: Reading) -> Reading:
    def neg(x: float | None) -> float | None:
        return None if x is None else -x

    return Reading(neg(reading.value), neg(reading.upper), neg(reading.lower))


#: "half of the year" is a stretch of time, not a share of something counted.
_TIME_WHOLES = {"year", "month", "week", "day", "decade", "century", "hour", "time", "season"}


def _read_unsigned(doc: Doc, i: int, end: int) -> NumberRun | None:
    word = doc[i].lower_
    few = _few_scale(doc, i, end)
    if few is not None:
        return few
    if word in VAGUE:
        return _vague(doc, i, end)
    if word in {"a", "an", "one"} and i + 1 < end and doc[i + 1].lower_ in FRACTIONS:
        return _article_led(doc, i, end)
    if word in {"a", "an"} and i + 1 < end:
        return _article_led(doc, i, end)
    if word == "half" and i + 2 < end and doc[i + 1].lower_ in {"a", "an"}:
        led = _article_led(doc, i + 1, end)  # "half a million"
        if led is not None and led.reading.value is not None and led.reading.value >= 100:
            return NumberRun(i, led.end, Reading(led.reading.value / 2), worded=True)
        return None
    if word == "half" and i + 2 < end and doc[i + 1].lower_ == "of" and (
        doc[i + 2].lower_ in {"all", "the", "its", "their", "his", "her", "our"}
        and not any(t.lemma_.lower() in _TIME_WHOLES for t in doc[i + 2 : min(i + 6, end)])
    ):
        return NumberRun(i, i + 1, Reading(0.5), worded=True)  # "half of all fatalities"
    text = doc[i].text
    prefix = GLUED_PREFIX.match(text)
    if prefix is not None and len(text) > prefix.end():
        rest = text[prefix.end() :]
        inner = (
            _spelled(doc, i, end, first=rest)
            if parse_digits(rest) is not None
            else _read_token(rest, i)
        )  # "INR1 trillion", "USD10m"
        return None if inner is None else replace(inner, glued_prefix=prefix.group(1))
    share = written_fraction(text)
    if share is not None:  # "1/4 mile", "½ teaspoon"
        return NumberRun(i, i + 1, Reading(share))
    if word in SMALL or parse_digits(text) is not None:
        return _and_fraction(doc, _dozens(doc, _spelled(doc, i, end), end), end)
    return _read_token(text, i)


#: Fractions written as one character.
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

#: "3/4": a fraction when the denominator is one recipes and measures use and the
#: numerator is smaller ("9/11" and "24/7" are no fractions).
_SLASHED = re.compile(r"^(\d{1,2})/(2|3|4|8|16)$")


def written_fraction(text: str) -> float | None:
    """'3/4' -> 0.75, '½' -> 0.5; None for anything else."""
    if text in _VULGAR:
        return _VULGAR[text]
    slashed = _SLASHED.match(text)
    if slashed is None or int(slashed.group(1)) >= int(slashed.group(2)):
        return None
    return int(slashed.group(1)) / int(slashed.group(2))


def _and_fraction(doc: Doc, run: NumberRun | None, end: int) -> NumberRun | None:
    """'10 1/2 miles', '2½ cups': a whole number and a written fraction after it."""
    if run is None or run.end >= end or run.reading.value is None or run.glued_suffix:
        return run
    share = written_fraction(doc[run.end].text)
    if share is None or not run.reading.value.is_integer():
        return run
    return replace(run, end=run.end + 1, reading=Reading(run.reading.value + share))


#: "several thousand", "a few hundred": a vague count of a multiplier, as bounds.
FEW = {"several": (3.0, 9.0), "few": (2.0, 9.0)}

#: The words a number phrase can start with (``read_number`` and ``_read_unsigned``: "minus",
#: "a few hundred", "several thousand", "dozens", "a third", "half", "two"); anything else
#: starts one only with a digit or a written fraction in it. Keep in step with those two.
_LEADING_WORDS = frozenset({"minus", "a", "an", "one", "half", *FEW, *VAGUE, *SMALL})


def _few_scale(doc: Doc, i: int, end: int) -> NumberRun | None:
    j = i + 1 if doc[i].lower_ in {"a"} and i + 1 < end else i
    word = doc[j].lower_
    if word not in FEW or j + 1 >= end or doc[j + 1].lower_ not in SCALES:
        return None
    if word == "few" and j == i:
        return None  # "few thousand" without "a" is "hardly any"
    scale, k = 1.0, j + 1
    while k < end and doc[k].lower_ in SCALES:
        scale *= SCALES[doc[k].lower_]
        k += 1
    lower, upper = FEW[word]
    return NumberRun(i, k, Reading(None, lower * scale, upper * scale), worded=True)


def _dozens(doc: Doc, run: NumberRun | None, end: int) -> NumberRun | None:
    """'two dozen', '3 dozen': the number times twelve."""
    if run is None or run.end >= end or doc[run.end].lower_ != "dozen":
        return run
    value = run.reading.value
    if value is None or run.glued_suffix:
        return run
    return replace(run, end=run.end + 1, reading=Reading(value * 12.0), worded=True)


def _read_token(text: str, i: int) -> NumberRun | None:
    """One token of digits, maybe with '~' before or a unit/multiplier glued after."""
    tilde = text.startswith("~") and len(text) > 1
    if tilde:
        text = text[1:]
        value = parse_digits(text)
        if value is not None:
            return NumberRun(i, i + 1, Reading(value), tilde=True)
    glued = split_glued(text)
    if glued is not None:
        value, suffix = glued
        lowered = suffix.lower()
        if lowered in NOT_AMOUNT_SUFFIXES:
            return None
        scale = SHORT_SCALES.get(lowered) or SCALES.get(lowered)
        if scale is not None and lowered not in {"m", "b"}:
            return NumberRun(i, i + 1, Reading(value * scale), tilde=tilde)
        return NumberRun(i, i + 1, Reading(value), glued_suffix=suffix, tilde=tilde)
    value = parse_digits(text)
    return None if value is None else NumberRun(i, i + 1, Reading(value))


def _joins(word: str, last: str, nxt: str) -> bool:
    """Whether ``word`` joins two parts of one spelled number: a hyphen ("twenty-five",
    "two-thirds"), or "and" after a scale ("two hundred and fifty"). "Four and eight" is
    two numbers (a range after "between", or a list), never twelve."""
    if nxt not in SMALL and nxt not in FRACTIONS:
        return False
    return word == "-" or (word == "and" and last in SCALES)


def _spelled(doc: Doc, i: int, end: int, first: str | None = None) -> NumberRun | None:
    words = [first if first is not None else doc[i].text]
    j = i + 1
    worded = words[0].lower() in SMALL
    while j < end:
        w = doc[j].lower_
        nxt = doc[j + 1].lower_ if j + 1 < end else ""
        if worded and (w == "point" or (w == "-" and nxt == "point")):
            decimal = _spoken_decimal(doc, j, end, words)
            if decimal is not None:  # "seven-point-one million"
                return decimal if decimal.start == i else None
            break
        scale_next = worded and w == "-" and nxt in SCALES  # "ten-thousand", "two-hundred"
        if w in SCALES or (w in SPACED_SHORT and not worded) or worded and w in SMALL or scale_next:
            words.append(w)
        elif worded and _joins(w, words[-1], nxt):
            if nxt in FRACTIONS:  # "two-thirds"
                base = words_to_number(words)
                if base is None:
                    return None
                return NumberRun(i, j + 2, Reading(base * FRACTIONS[nxt]), worded=True)
            words.append(w)
        elif worded and w in FRACTIONS and w.endswith("s") and w != "halves":
            base = words_to_number(words)  # "two thirds of its land", spaced
            if base is None or base < 2:
                return None
            share, k = base * FRACTIONS[w], j + 1
            while k < end and doc[k].lower_ in SCALES:  # "three quarters billion"
                share *= SCALES[doc[k].lower_]
                k += 1
            return NumberRun(i, k, Reading(share), worded=True)
        else:
            break
        j += 1
    while j > i:
        value = words_to_number(words)
        if value is not None:
            return NumberRun(i, j, Reading(value), worded=worded)
        words.pop()
        j -= 1
    return None


def _spoken_decimal(doc: Doc, j: int, end: int, whole: list[str]) -> NumberRun | None:
    """'seven-point-one million', 'two point five': the whole part, the word 'point',
    then one digit word per decimal place, then any multiplier words."""
    base = words_to_number(whole)
    k = j + (2 if doc[j].lower_ == "-" else 1)
    digits = ""
    while k < end:
        w = doc[k].lower_
        if w == "-" and k + 1 < end and SMALL.get(doc[k + 1].lower_, 10) < 10:
            k += 1
            continue
        if SMALL.get(w, 10) < 10:
            digits += str(SMALL[w])
            k += 1
            continue
        break
    if base is None or not digits:
        return None
    value = base + float("0." + digits)
    while k < end and doc[k].lower_ in SCALES:
        value *= SCALES[doc[k].lower_]
        k += 1
    start = j - len(whole)
    return NumberRun(start, k, Reading(value), worded=True)


def _vague(doc: Doc, i: int, end: int) -> NumberRun | None:
    lower, upper = VAGUE[doc[i].lower_]
    j = i + 1
    if j + 1 < end and doc[j].lower_ == "of" and doc[j + 1].lower_ in VAGUE:
        scale = VAGUE[doc[j + 1].lower_][0]
        if scale >= 1e3 and scale >= upper:
            return NumberRun(i, j + 2, Reading(None, lower * scale, upper * scale), worded=True)
    if doc[i].lower_ in {"tens", "scores"} and not (j < end and doc[j].lower_ == "of"):
        return None  # "tens" alone is no magnitude, "scores were" no amount
    return NumberRun(i, j, Reading(None, lower, upper), worded=True)


def _article_led(doc: Doc, i: int, end: int) -> NumberRun | None:
    nxt = doc[i + 1].lower_
    if nxt == "dozen":
        return NumberRun(i, i + 2, Reading(12.0), worded=True)
    if nxt in SCALES:  # "a million", "a hundred thousand": one of each multiplier
        value, j = 1.0, i + 1
        while j < end and doc[j].lower_ in SCALES:
            value *= SCALES[doc[j].lower_]
            j += 1
        return NumberRun(i, j, Reading(value), worded=True)
    if nxt in FRACTIONS and nxt != "half" and i + 2 < end and doc[i + 2].lower_ == "of":
        scaled = _article_led(doc, i + 3, end) if i + 4 < end else None
        if scaled is not None and scaled.reading.value and scaled.reading.value >= 1000:
            # "a quarter of a million": a count, like "half a million"
            value = FRACTIONS[nxt] * scaled.reading.value
            return NumberRun(i, scaled.end, Reading(value), worded=True)
        return NumberRun(i, i + 2, Reading(FRACTIONS[nxt]), worded=True)
    return None


def scale_words(doc: Doc, run: NumberRun) -> float:
    """Product of the multiplier words in a run: '15 billion' -> 1e9."""
    scale = 1.0
    for token in doc[run.start : run.end]:
        word = token.lower_
        if word in SCALES and word != "hundred":
            scale *= SCALES[word]
        elif word in SPACED_SHORT:
            scale *= SHORT_SCALES[word]
    glued = split_glued(token.text)
    if glued is not None and glued[1].lower() in SHORT_SCALES:
        scale *= SHORT_SCALES[glued[1].lower()]
    return scale
