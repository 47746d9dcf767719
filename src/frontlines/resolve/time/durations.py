"""Durations: "two years" -> P2Y, "the past few weeks" -> PXW, "a decade" -> P10Y.

Tried last among the rules: a phrase that names a calendar point is read as that point
first ("the third quarter" is a quarter, not three of them).
"""

from __future__ import annotations

import re

from frontlines.resolve.time.phrases import count_of, format_count
from frontlines.resolve.time.timex import Timex
from frontlines.vocab.words import words

__all__ = ["IN_SMALLER_UNITS", "UNIT_CODES", "counted_duration", "duration", "unit_of"]

UNIT_CODES = {
    "year": ("P", "Y"), "month": ("P", "M"), "week": ("P", "W"), "day": ("P", "D"),
    "hour": ("PT", "H"), "minute": ("PT", "M"), "second": ("PT", "S"), "decade": ("P", "DE"),
    "century": ("P", "CE"), "quarter": ("P", "Q"), "night": ("P", "D"), "weekend": ("P", "WE"),
}  # fmt: skip
VAGUE_COUNTS = words("time", "vague_counts")
#: Words between a count and its unit that leave the length as counted.
COUNTED_ADJECTIVES = re.compile(
    r" (?:" + "|".join(sorted(words("time", "counted_adjectives"))) + r") (?=(?:year|month|week|"
    r"day|hour|minute|second|night|quarter|decade)s?\b)"
)


def unit_of(word: str) -> str | None:
    w = word.lower().rstrip(".")
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNIT_CODES:
        w = w[:-1]
    return w if w in UNIT_CODES else None


#: Counted decades, centuries and quarters are written in years and months, as the
#: TimeBank and MEANTIME annotators write them ("two decades" = P20Y, "the next three
#: quarters" = P9M); a single "quarter" stays P1Q, the fiscal unit.
IN_SMALLER_UNITS = {"decade": ("Y", 10), "century": ("Y", 100), "quarter": ("M", 3)}


def counted_duration(n: float, unit: str, prefix: str, code: str) -> str:
    """The TIMEX3 duration for ``n`` units: 'two decades' P20Y, '2 1/2 years' P2Y6M."""
    if unit in IN_SMALLER_UNITS and (n != 1 or unit != "quarter"):
        code, factor = IN_SMALLER_UNITS[unit]
        n *= factor
    if unit == "year" and n != int(n) and n > 1 and (n * 12) == int(n * 12):
        return f"P{int(n)}Y{int(round((n - int(n)) * 12))}M"
    smaller = {"day": ("T", "H", 24), "hour": ("", "M", 60), "minute": ("", "S", 60)}.get(unit)
    if smaller and n != int(n) and n > 1 and (n * smaller[2]) == int(n * smaller[2]):
        # "5 1/2 hours" PT5H30M, "2 1/2 days" P2DT12H: whole units, then the rest
        rest = int(round((n - int(n)) * smaller[2]))
        return f"{prefix}{int(n)}{code}{smaller[0]}{rest}{smaller[1]}"
    return f"{prefix}{format_count(n)}{code}"


def duration(t: str, future: bool) -> Timex | None:
    t = re.sub(r"\b(trading|business|working|calendar|school) (?=days?\b)", "", t)
    t = re.sub(r"^(?:a )?couple (?:of )?", "two ", t)
    t = COUNTED_ADJECTIVES.sub(" ", t)  # "six straight days", "two more weeks": P6D, P2W
    m = re.fullmatch(r"(?:(?:the|a|an) )?(?:(?:past|last|next|coming|first|final|"
                     r"previous|latest|recent) )?(?:(.+?)[ -])?(years?|months?|weeks?|"
                     r"days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
                     r"quarters?|nights?|weekends?)(?:[ -]long| old)?", t)  # fmt: skip
    if not m:
        return None
    if t.endswith(" old"):
        return None
    unit = unit_of(m.group(2))
    if unit is None:
        return None
    prefix, code = UNIT_CODES[unit]
    amount = m.group(1)
    if amount is None:
        plural = m.group(2).endswith("s")
        if plural and unit in IN_SMALLER_UNITS:
            return Timex("DURATION", f"PX{IN_SMALLER_UNITS[unit][0]}")
        if not plural and unit in {"decade", "century"}:
            return Timex("DURATION", counted_duration(1, unit, prefix, code))
        return Timex("DURATION", f"{prefix}{'X' if plural else '1'}{code}")
    amount = amount.strip()
    if amount in VAGUE_COUNTS or amount.endswith("several") or amount.endswith("few"):
        code = IN_SMALLER_UNITS.get(unit, (code, 1))[0]
        return Timex("DURATION", f"{prefix}X{code}")
    n = count_of(amount)
    if n is None or (re.fullmatch(r"\d{4}", amount) and 1000 <= n <= 2200):
        return None  # "the 1988 quarter" is a quarter of 1988, not 1,988 of them
    return Timex("DURATION", counted_duration(n, unit, prefix, code))
