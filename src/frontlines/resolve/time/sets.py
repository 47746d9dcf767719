"""Expressions that are not calendar points: recurring sets ("every week" -> P1W,
"Mondays" -> XXXX-WXX-1) and the reference words ("now" -> PRESENT_REF).

Tried first among the rules: these words would otherwise read as a day or a duration.
"""

from __future__ import annotations

import re

from frontlines.resolve.time.durations import UNIT_CODES, unit_of
from frontlines.resolve.time.timex import Timex, month_of
from frontlines.vocab.dates import DAY_PARTS, WEEKDAYS
from frontlines.vocab.words import word_map, words

__all__ = ["recurring", "reference_word"]

PRESENT = words("time", "present")
PAST = words("time", "past")
FUTURE = words("time", "future")
SET_WORDS = word_map("time", "set_words")


def reference_word(t: str, future: bool) -> Timex | None:
    if t in PRESENT:
        return Timex("DATE", "PRESENT_REF")
    if t in PAST:
        return Timex("DATE", "PAST_REF")
    if t in FUTURE:
        return Timex("DATE", "FUTURE_REF")
    return None


def recurring(t: str, future: bool) -> Timex | None:
    if t in SET_WORDS:
        return Timex("SET", SET_WORDS[t])
    m = re.fullmatch(r"(?:(every|each) )?(\w+?)(s?)(?: (morning|afternoon|evening|night)s?)?", t)
    if m and (m.group(1) or m.group(3) or t.endswith("s")) and m.group(2) in WEEKDAYS:
        # "each Thursday", "Mondays", "Tuesday nights": a weekday that recurs
        part = f"T{DAY_PARTS[m.group(4)]}" if m.group(4) else ""
        return Timex("SET", f"XXXX-WXX-{WEEKDAYS.index(m.group(2)) + 1}{part}")
    m = re.fullmatch(r"(every|each) (\w+)\.?", t)
    if m and (month := month_of(m.group(2))) is not None:
        return Timex("SET", f"XXXX-{month:02d}")  # "each July"
    m = re.fullmatch(r"(?:once|twice|thrice|[\w-]+ times) (?:a|an|per|every|each) (\w+)", t)
    if m and (unit := unit_of(m.group(1))):  # "twice a year": how often, P1Y
        prefix, code = UNIT_CODES[unit]
        return Timex("SET", f"{prefix}1{code}")
    m = re.fullmatch(r"every other (\w+)", t)
    if m and (unit := unit_of(m.group(1))):  # "every other week": P2W
        prefix, code = UNIT_CODES[unit]
        return Timex("SET", f"{prefix}2{code}")
    m = re.fullmatch(r"(every|each|per|a) (\w+)", t)
    if m and (unit := unit_of(m.group(2))) and m.group(1) != "a":
        prefix, code = UNIT_CODES[unit]
        return Timex("SET", f"{prefix}1{code}")
    return None
