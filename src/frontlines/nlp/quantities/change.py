"""Bounds and change: the words before a number that cap, floor or move it.

"less than 1 %" caps, "at least 40" floors, "rose 5 %" goes up; the phrases
themselves are vocabulary (``data/quantity_words.toml``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Change, Quantity, as_change
from frontlines.vocab.numbers import Reading
from frontlines.vocab.words import word_groups, words

__all__ = [
    "CHANGE_PHRASES",
    "DOWN_LEMMAS",
    "OVER_PARTICLE_VERBS",
    "SUM_UP_VERBS",
    "UP_LEMMAS",
]

#: Phrases right before a number and the change symbol they give it.
CHANGE_PHRASES: dict[str, Change] = {
    phrase: as_change(symbol)
    for phrase, symbol in word_groups("quantity", "change_phrases").items()
}


_PHRASES_LONGEST_FIRST = sorted(CHANGE_PHRASES, key=lambda p: -len(p.split()))


UP_LEMMAS = words("quantity", "up_lemmas")


DOWN_LEMMAS = words("quantity", "down_lemmas")


OVER_PARTICLE_VERBS = words("quantity", "over_particle_verbs")


SUM_UP_VERBS = words("quantity", "sum_up_verbs")


def _sums_up(doc: Doc, first: int, parts: list[str]) -> bool:
    """'That adds up to 65': "up" the particle of a verb of summing (or right after one,
    however the parser attached it: "the bills add up to 300 dollars"), "to" its
    preposition; the number is the sum itself, exact, no bound."""
    if parts != ["up", "to"]:
        return False
    up = doc[first]
    if up.dep_ == "prt" and up.head.lemma_.lower() in SUM_UP_VERBS:
        return True
    return first > 0 and doc[first - 1].lemma_.lower() in SUM_UP_VERBS


def _particle(doc: Doc, first: int, parts: list[str]) -> bool:
    """'handed over 20 prisoners', 'took over 30 buildings': a one-word bound that is the
    particle of the verb before it belongs to the verb, so the number is exact."""
    if len(parts) != 1:
        return False
    word = doc[first]
    if word.dep_ == "prt":
        return True
    return parts[0] == "over" and first > 0 and doc[first - 1].lemma_.lower() in OVER_PARTICLE_VERBS


def _value(reading: Reading) -> float | None:
    return reading.value if reading.value is not None else reading.lower


def _scaled(reading: Reading, scale: float) -> Reading:
    def times(x: float | None) -> float | None:
        return None if x is None else x * scale

    return Reading(times(reading.value), times(reading.lower), times(reading.upper))


def _with_change(q: Quantity, change: Change) -> Quantity:
    """Set the change symbol and the bound it implies ('<' caps, '>' floors)."""
    lower, upper = q.lower, q.upper
    if change == "<" and q.value is not None:
        upper = q.value
    elif change == ">" and q.value is not None:
        lower = q.value
    return replace(q, change=change, lower=lower, upper=upper)


def _direction(token: Token) -> Change | None:
    """'rose', 'plunged', 'down': the way a word moves a number, if it moves one."""
    if token.dep_ == "prt" and token.lower_ not in {"up", "down"}:
        return None
    lemma = token.lemma_.lower()
    if lemma in UP_LEMMAS or token.lower_ in UP_LEMMAS:
        return "up"
    if lemma in DOWN_LEMMAS or token.lower_ in DOWN_LEMMAS:
        return "down"
    return None


def _change_before(doc: Doc, sent: Span, start: int) -> tuple[int, Change | None]:
    words = [t.lower_ for t in doc[sent.start : start]]
    for phrase in _PHRASES_LONGEST_FIRST:
        parts = phrase.split()
        if len(parts) <= len(words) and words[len(words) - len(parts) :] == parts:
            first = start - len(parts)
            if _sums_up(doc, first, parts):
                return start, None
            if _particle(doc, first, parts):
                break
            symbol = CHANGE_PHRASES[phrase]
            if symbol == "~" and first > sent.start and doc[first - 1].dep_ != "prt":
                moved = _direction(doc[first - 1])  # "rose about 1.5%": the move is the news
                if moved is not None:
                    return first, moved
            return first, symbol
    k = start - 1
    if k > sent.start and doc[k].lower_ == "to":
        moved = _direction(doc[k - 1])  # "fell to 49.55 Hz", "dipped down to -130"
        if moved is not None and (doc[k - 1].pos_ in {"VERB", "ADV", "ADP"}):
            return start, moved
    if k >= sent.start and doc[k].lower_ == "by":
        verb = doc[k].head  # "lift exports by 12 per cent"
        for lemmas, direction in ((UP_LEMMAS, "up"), (DOWN_LEMMAS, "down")):
            if verb.lemma_.lower() in lemmas and sent.start <= verb.i < k:
                return start, as_change(direction)
        k -= 1
    if k >= sent.start and doc[k].dep_ != "prt":  # not "gave up 517 yards"
        lemma = doc[k].lemma_.lower()
        if lemma in UP_LEMMAS or doc[k].lower_ in UP_LEMMAS:
            return start, "up"
        if lemma in DOWN_LEMMAS or doc[k].lower_ in DOWN_LEMMAS:
            return start, "down"
    return start, None
