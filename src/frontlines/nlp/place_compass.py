"""Regions named by a direction and a place: "Northern Mali", "Western Mindanao", "North East
Texas", "Northern Rakhine State".

Why a module of its own: the small English model reads a capitalised direction before a
place's name as a person ("Northern Mali"), an organisation ("Western Mindanao"), nothing at
all ("Northern Rakhine State"), or as a place of its own cut before the name it opens ("North
East" + "Texas", which the gazetteer then places in Botswana). The resolver already reads
such a name as the place after the direction (``names.lookup_variants``), so what is missing
is the span: a capitalised direction word (or two, "North East", "North-East") straight
before a name the gazetteer holds as a country, a first-level division, a named region, an
island or peninsula, or a town big enough to be divided so ("East Aleppo", "West Mosul") is
one place whatever the model read it as. A longer name holding it ("the Southern California
Edison company" tagged whole as an organisation) is left to the embedded-place reading.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from frontlines.nlp.place_cues import (
    NAMING_SUFFIX_NOUNS,
    place_context,
    word_positions,
)
from frontlines.nlp.place_parts import capitalised
from frontlines.nlp.place_senses import PERSONAL_TITLES, english_word_only, major_town
from frontlines.resolve.place.gazetteer import Gazetteer
from frontlines.resolve.place.names import never_a_place
from frontlines.vocab.words import words

__all__ = [
    "GENERIC_RUN_WORDS",
    "REGION_CODES",
    "REGION_DIRECTIONS",
    "compass_regions",
    "direction_only",
    "names_region",
    "whole_division",
]

#: Direction words that open a region's name when capitalised before a place's name.
REGION_DIRECTIONS = words("place", "region_directions")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: GeoNames codes of places a direction divides by name besides countries and divisions:
#: regions, continents, islands and peninsulas ("Western Mindanao", "Southern Sinai").
REGION_CODES = frozenset({"RGN", "CONT", "ISL", "ISLS", "PEN", "AREA"})
#: Words a division's name made only of says nothing about where ("Northern Province").
GENERIC_RUN_WORDS = (
    words("place", "generic_heads")
    | REGION_DIRECTIONS
    | NAMING_SUFFIX_NOUNS
    | {"capital", "coast", "territory", "islands", "region"}
)
#: Words of the place's own name after the direction(s) ("Rakhine State" is two).
_MAX_NAME_WORDS = 3
#: Capitalised words an organisation's name may run on for after its region.
_MAX_RUN_ON = 6
_ARTICLES = frozenset({"the"})
#: Parts of speech of an organisation's name's words ("Water Board", "Kennel Association").
_NAME_POS = frozenset({"PROPN", "NOUN"})
#: Parts of speech of the word a grade's or a brand's name goes before ("crude", "blend").
_MODIFIED_POS = frozenset({"NOUN", "ADJ"})
#: Words opening a saint's or a church's name, which Caribbean parishes bear whole.
_DEVOTIONAL = frozenset({"saint", "st", "st.", "sainte", "ste", "christ"})
#: The word opening a division's name after an older place's ("New Jersey", "New York").
_NEW = "New"
#: Container nouns a region's name may close with ("Northern Rakhine State").
_CLOSING_NOUNS = NAMING_SUFFIX_NOUNS | {"state"}


def names_region(gazetteer: Gazetteer, text: str) -> bool:
    """The gazetteer holds ``text`` by its own name as a country, a first-level division,
    a named region, an island or a peninsula, or as a big town: what a direction before
    it divides ("Northern Mali", "Western Mindanao", "East Aleppo"), where a small town's
    or a county's name after "North" is usually a town's whole name ("North Jackson")."""
    if never_a_place(text) or english_word_only(text, gazetteer):
        return False
    if all(w.lower() in GENERIC_RUN_WORDS for w in text.split()):
        return False  # "Eastern Region": a direction before a generic word
    regions = [
        c.place
        for c in gazetteer.candidates(text)
        if c.kind == "name"  # "Southern Miss" is a team: "Miss" abbreviates a state
        and (c.place.is_country or c.place.admin_level == 1 or c.place.feature_code in REGION_CODES)
    ]
    if _tail_of_bigger_division(gazetteer, text, max((p.population for p in regions), default=0)):
        return False  # "North Jersey" is New Jersey's north, not the Channel island's
    return bool(regions) or major_town(gazetteer, text)


def _tail_of_bigger_division(gazetteer: Gazetteer, text: str, population: int) -> bool:
    """``text`` ends a first-level division's or a country's name "New <text>" that more
    people live in than in any region of its own name ("Jersey" of New Jersey, "York" of
    New York): a direction before it divides the longer name's place, which the direction
    cannot be read as ("North Jersey" would resolve to the island). Mexico, bigger than New
    Mexico, stays divided ("Northern Mexico")."""
    return any(
        c.kind == "name"
        and (c.place.is_country or c.place.admin_level == 1)
        and c.place.population > population
        for c in gazetteer.candidates(f"{_NEW} {text}")
    )


def whole_division(gazetteer: Gazetteer, run: Span) -> bool:
    """A run of two words or more that is, whole, a first-level division's own name
    ("New South Wales", "Minas Gerais"): a name that long is not a town's by chance,
    unless it is made of generic words only ("Eastern Region", "Central Province") or
    names a saint ("Saint Patrick", a Dominican parish, said it). One
    opening with a direction is left to ``compass_regions``, which asks more of the name
    after it ("East End", a Caymanian district, is a town's part anywhere else)."""
    return (
        len(run) > 1
        and run[0].lower_ not in REGION_DIRECTIONS  # "East End": the compass reading's
        # "Saint Andrew", "Christ Church": parishes by name, but a saint's or a church's
        # as often; with a place's words around them the context reading takes them
        and run[0].lower_ not in _DEVOTIONAL
        and not all(t.lower_ in GENERIC_RUN_WORDS for t in run)
        and any(
            c.kind == "name" and c.place.admin_level == 1 for c in gazetteer.candidates(run.text)
        )
    )


def direction_only(span: Span) -> bool:
    """``span`` is made of direction words (and an article, a hyphen) only: "(the) North
    East", "North-West", a name cut before the place it opens."""
    words_ = [t for t in span if t.lower_ not in _ARTICLES and t.text != "-"]
    return bool(words_) and all(t.lower_ in REGION_DIRECTIONS for t in words_)


def _directions_end(doc: Doc, i: int) -> int:
    """Where the capitalised direction words opening at ``i`` end ("North East", "North-
    East"): the index after the last, or ``i`` when ``doc[i]`` opens none."""
    j = i
    while j < len(doc) and doc[j].lower_ in REGION_DIRECTIONS and capitalised(doc[j]):
        hyphen = j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_
        if hyphen and doc[j + 2].lower_ in REGION_DIRECTIONS and capitalised(doc[j + 2]):
            j += 3
        else:
            j += 1
    return j


def _region_at(doc: Doc, i: int, names_region: Callable[[str], bool]) -> Span | None:
    """The direction-led region opening at ``doc[i]``, the longest name the gazetteer holds
    after its direction words; None when none follows."""
    j = _directions_end(doc, i)
    if j == i or j - i > 3:
        return None
    for k in range(min(j + _MAX_NAME_WORDS, len(doc)), j, -1):
        name = doc[j:k]
        if all(capitalised(t) for t in name) and names_region(name.text):
            closes = k < len(doc) and doc[k].lower_ in _CLOSING_NOUNS and capitalised(doc[k])
            return doc[i : k + int(closes)]  # "Northern Rakhine State": its noun too
    return None


def compass_regions(
    doc: Doc, ents: list[Span], names_region: Callable[[str], bool], span_id: str
) -> list[Span]:
    """``ents`` with each direction-led region ("Northern Mali") one place-labelled span:
    entities inside it (the model's "Northern Mali" person, its "North East" cut before
    "Texas") give way to it; an entity running past it (a longer organisation's name) keeps
    it. A run of capitals going on after the region (a name the model left untagged) is an
    organisation's name holding it, unless a lowercase noun follows it (a grade's name). An
    organisation the model read over the region's words keeps its reading unless a place's
    words stand around it (a college team: "Southern Miss lost"). ``names_region(text)``
    says the gazetteer holds a name as a region's."""
    regions: list[Span] = []
    done = 0
    # the direction words found in one comprehension: a Token per word cost more
    for i in word_positions(doc, REGION_DIRECTIONS):
        if i < done or not capitalised(doc[i]) or _name_word_before(doc, i):
            continue
        region = _region_at(doc, i, names_region)
        if region is None:
            continue
        done = region.end
        inside = [e for e in ents if e.start < region.end and region.start < e.end]
        if any(e.label_ in _PLACE_LABELS and _same(e, region) for e in inside):
            continue  # the model read it whole already
        if any(e.label_ == "ORG" for e in inside) and not place_context(
            doc, region.start, region.end
        ):
            # "Southern Miss lost", "Eastern Washington beat" (or "Eastern" alone an
            # organisation's): a college's team, unless a place's words stand around it
            continue
        past = [
            e
            for e in inside
            if (e.start < region.start and not _only_articles(doc[e.start : region.start]))
            or e.end > region.end
        ]
        if past:
            continue  # "the Southern California Edison company": a longer name's word
        end = _name_end(doc, region.end, ents)
        if end > region.end and _modifies_noun(doc, end):
            continue  # "West Texas Intermediate crude": a grade's or a brand's name, no place
        # "the Western Pennsylvania Kennel Association" the model left untagged: an
        # organisation's name, which holds the region (an embedded place); "The North East"
        # it cut before "Texas Water Board" goes
        label = "ORG" if end > region.end else "LOC"
        regions.append(Span(doc, region.start, end, label=label, span_id=span_id))
    if not regions:
        return ents
    taken = {i for r in regions for i in range(r.start, r.end)}
    kept = [e for e in ents if not taken.intersection(range(e.start, e.end))]
    return sorted(kept + regions, key=lambda e: e.start)


def _name_end(doc: Doc, end: int, ents: list[Span]) -> int:
    """Where a run of capitalised words going on at ``end`` (in no entity) ends: ``end``
    itself when none follows."""
    if _title_case_line(doc, end):
        return end  # "Southern Lebanon Residents Flee ...": a headline's capitals say nothing
    taken = {i for e in ents for i in range(e.start, e.end)}
    tagged = doc.has_annotation("POS")
    stop = end
    while (
        stop < min(len(doc), end + _MAX_RUN_ON)
        and stop not in taken
        and capitalised(doc[stop])
        and not doc[stop].is_stop
        and (not tagged or doc[stop].pos_ in _NAME_POS)  # no verb: "... Residents Flee"
        and doc[stop].lower_ not in PERSONAL_TITLES  # "Northern Ireland Secretary <name>"
    ):
        stop += 1
    return stop


def _modifies_noun(doc: Doc, end: int) -> bool:
    """A lowercase noun follows the capitals ending at ``end``: the run the model left
    untagged names a kind of thing ("West Texas Intermediate crude", "... Select oil"),
    not a body holding the region."""
    if end >= len(doc) or not doc.has_annotation("POS"):
        return False
    after = doc[end]
    return after.is_alpha and after.is_lower and after.pos_ in _MODIFIED_POS


def _title_case_line(doc: Doc, i: int) -> bool:
    """Every word of the sentence holding ``doc[i]`` but its function words is capitalised:
    a headline, whose capitals run on over verbs and common nouns alike."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    words_ = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words_) > 3 and all(capitalised(t) for t in words_)


def _name_word_before(doc: Doc, i: int) -> bool:
    """A capitalised word other than a function word stands before ``doc[i]``: the direction
    is inside a longer name ("New South Wales" holds no South Wales)."""
    return i > 0 and capitalised(doc[i - 1]) and not doc[i - 1].is_stop


def _same(ent: Span, region: Span) -> bool:
    start = ent.start + int(ent[0].lower_ in _ARTICLES and len(ent) > 1)
    return start == region.start and ent.end == region.end


def _only_articles(span: Span) -> bool:
    return all(t.lower_ in _ARTICLES for t in span)
