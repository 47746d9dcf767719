"""Streets and numbered roads: places finer than any gazetteer.

Local news locates events by street ("shot on Memphis Street", "a crash on
County Road 42", "all lanes of Interstate 64"). The gazetteer cannot resolve
them, but they are still where something happened, and the statistical NER
labels them inconsistently (FAC, ORG, LOC or nothing). Two shapes are found
by their heads, not by the model: a capitalised name ending in a street word
("Van Dorn Street", "E. Broad St.", "40th Avenue South"), and a road word
followed by a number ("Highway 10", "State Route 1", "Interstate 64").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from frontlines.vocab.words import words

__all__ = [
    "DIRECTIONS",
    "INITIAL",
    "MAX_NAME_TOKENS",
    "ORDINAL",
    "ROAD_NUMBER_WORDS",
    "ROAD_QUALIFIERS",
    "STREET_WORDS",
    "street_spans",
]

#: Words that end a street name. "Way", "Court" and "Place" are left out: "United Way",
#: "Supreme Court" and "Times Place" are far more common in news than streets of that kind.
STREET_WORDS = words("place", "street_words")
#: Words that take a number to name a road.
ROAD_NUMBER_WORDS = words("place", "road_number_words")
ROAD_QUALIFIERS = words("place", "road_qualifiers")
DIRECTIONS = words("place", "directions")
INITIAL = re.compile(r"^[A-Z]\.$")
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
MAX_NAME_TOKENS = 4
#: The hashes of the lower-case forms that end a street's name or can open a numbered
#: road, as the Doc's ``LOWER`` array holds them: a word no shape can start at or end at
#: is passed over without building its ``Token``.
_STREET_HASHES = frozenset(get_string_id(w) for w in STREET_WORDS)
_ROAD_HASHES = frozenset(get_string_id(w) for w in ROAD_QUALIFIERS | ROAD_NUMBER_WORDS)
_EITHER_HASHES = _STREET_HASHES | _ROAD_HASHES


def street_spans(doc: Doc, text: str | None = None) -> list[Span]:
    """Every street or numbered road in ``doc``, in text order, none overlapping.

    ``text`` is ``doc.text`` when the caller has it already: spaCy rebuilds the text from
    every token each time it is read."""
    found: list[Span] = []
    # a word no shape can start at is passed over without building its Token: a numbered
    # road opens on a road word or a qualifier, a named street at most MAX_NAME_TOKENS
    # words before a street word; only those words' lower-case forms are looked for (in a
    # set, not numpy's ``isin``, whose fixed cost outweighs a short story's scan), and
    # only there is the opening capital or ordinal read from the Doc's text at the offset
    lowers = doc.to_array(LOWER).tolist() if len(doc) else []
    either = [j for j, low in enumerate(lowers) if low in _EITHER_HASHES]
    if not either:
        return found
    ends = [j for j in either if lowers[j] in _STREET_HASHES]
    roads = {j for j in either if lowers[j] in _ROAD_HASHES}
    text = doc.text if text is None else text
    near_end = {i for j in ends for i in range(max(0, j - MAX_NAME_TOKENS), j)}
    offsets = doc.to_array(IDX).tolist()
    opening = [
        i
        for i in sorted(roads | near_end)
        if text[(s := offsets[i])].isupper()
        or (text[s].isdigit() and bool(ORDINAL.match(doc[i].text)))
    ]
    after = 0  # the first token past the last street found: none overlap
    for i in opening:
        if i < after:
            continue
        span = _numbered_road(doc, i) if i in roads else None
        if span is None and _street_word_within(ends, i):
            span = _named_street(doc, i)
        if span is not None:
            found.append(span)
            after = span.end
    return found


def _street_word_within(ends: list[int], i: int) -> bool:
    """Whether a street word (``ends``, ascending) follows token ``i`` closely enough to
    end a name that starts there (``_named_street`` reads at most ``MAX_NAME_TOKENS``)."""
    k = bisect_right(ends, i)
    return k < len(ends) and ends[k] <= i + MAX_NAME_TOKENS


def _is_name_word(text: str) -> bool:
    return (text[:1].isupper() and text.lower() not in STREET_WORDS) or bool(ORDINAL.match(text))


def _named_street(doc: Doc, i: int) -> Span | None:
    """ "Van Dorn Street", "E. Broad St.", "40th Avenue South": names, then a street word."""
    if not _is_name_word(doc[i].text):
        return None
    end = i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and _is_name_word(doc[end].text):
        end += 1
    if end >= len(doc) or end == i or doc[end].lower_ not in STREET_WORDS:
        return None
    word = doc[end]
    if not word.text[:1].isupper():
        return None  # "the main road", "a side street"
    if INITIAL.match(doc[end - 1].text):
        return None  # "Virginia L. Lane": a person
    end += 1
    if end < len(doc) and doc[end].lower_ in DIRECTIONS and doc[end].text[:1].isupper():
        end += 1
    elif end < len(doc) and doc[end].text[:1].isupper():
        return None  # "Pleasant Lane School", "St. Louis": part of a longer name
    return Span(doc, i, end, label="FAC")


def _numbered_road(doc: Doc, i: int) -> Span | None:
    """ "Highway 10", "County Road 42", "State Route 1", "Interstate 64 West"."""
    start = i
    j = i
    if doc[j].lower_ in ROAD_QUALIFIERS and doc[j].text[:1].isupper():
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ROAD_NUMBER_WORDS or not doc[j].text[:1].isupper():
        return None
    if doc[j].lower_ == "i" and (j + 1 >= len(doc) or doc[j + 1].text != "-"):
        return None  # the pronoun
    j += 1
    if j < len(doc) and doc[j].text == "-":
        j += 1
    if j >= len(doc) or not doc[j].like_num or not doc[j].text[:1].isdigit():
        return None
    end = j + 1
    if end < len(doc) and doc[end].lower_ in DIRECTIONS and doc[end].text[:1].isupper():
        end += 1
    return Span(doc, start, end, label="FAC")
