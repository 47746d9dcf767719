"""Which gazetteer places a spelling can mean: a name's readings before any story votes.

Why apart from ``resolver``: what a written name may mean is a question of spelling alone
(acronyms, names in capitals, a direction word before a base, a transliteration one letter
off), asked once per name before the story's context ranks the readings; the resolver
composes that ranking and stays readable when the spelling rules live here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontlines.resolve.place.gazetteer import Candidate, Gazetteer
from frontlines.resolve.place.names import (
    NEVER_ALONE,
    is_acronym,
    lookup_variants,
    never_a_place,
    normalise_place_name,
)
from frontlines.resolve.place.postal import PROMINENT_POPULATION
from frontlines.resolve.place.spellings import spelt_as_written
from frontlines.vocab.words import words

__all__ = ["ACRONYM_MIN_POPULATION", "ARTICLE", "readings_of", "written_with_article"]

#: The least population of a city an acronym may name by an alternate name ("NYC").
ACRONYM_MIN_POPULATION = 1_000_000
#: "the" before a name ("the Middle East", "The Hague").
#: A leading "the" ("the Gambia"); the resolver asks it of mentions too.
ARTICLE = re.compile(r"^the\s", re.IGNORECASE)
#: ... and the same word just before a mention that leaves it out ("over the [Middle East]").
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)the\s+$", re.IGNORECASE)
#: GeoNames classes of the expanses a name with "the" is read as: water, terrain, areas
#: (regions, continents).
_EXPANSE_CLASSES = frozenset({"H", "T", "L"})
#: The word just after a mention (any case, digits too), if a word follows it.
_NEXT_WORD = re.compile(r"^\s*(\w+)")
#: Lowercase words that may follow a name standing as a noun of its own.
_NOUN_FOLLOWERS = words("place", "after_a_named_expanse")


def readings_of(
    gazetteer: Gazetteer, name: str, after: str = "", in_capitals: bool = False
) -> list[Candidate]:
    """The gazetteer's candidates that this spelling can mean here: none for an
    organisation, a people or a lone direction word; for an acronym ("EU", "U.S.") only
    places that go by it as an alias or abbreviation, not towns whose name it spells
    (Eu, France; Us, France), or a country of four letters by its own name ("IRAQ").
    A name in capitals that is no acronym ("RAQQA", "TAL AFAR", "HOMS" in a line
    written in capitals) reads as its title-case form: the lookup folds case. A
    spelling only post offices go by that a direction opens keeps its hamlets and
    gains the base's country, region or prominent place ("South Wales": Wales, or a
    hamlet in New York); ``hamlets_in_us_stories`` and the ranker choose."""
    if never_a_place(name):
        return []
    # "L.A." is no "La." (Louisiana): a dotted abbreviation reads as it is spelt
    spelt = (spelt_as_written(v, gazetteer.candidates(v)) for v in lookup_variants(name))
    found = next(filter(None, spelt), [])
    if found and all(c.place.is_postal for c in found):
        # "South China", "West Berlin": the base a leading direction qualifies stands
        # beside the hamlet when it is a country, region or prominent place
        found = found + _directed_base(name, gazetteer)
    if is_acronym(name, after, in_capitals):
        return [c for c in found if _spelt_by_acronym(c) or _country_spelt(name, c)]
    if not found:  # a transliteration no folding reaches: a spelling one letter off
        found = next(filter(None, map(gazetteer.variants, lookup_variants(name))), [])
    return found


def written_with_article(
    name: str,
    before: str,
    readings: Sequence[Candidate],
    after: str = "",
    embedded: bool = False,
) -> bool:
    """Whether a mention is written with "the": in its own words ("the Middle East"), or
    just before them ("over the" + "Middle East", when the recogniser or an annotator left
    the article out of the span) for a name with a reading of water, terrain or a region
    that punctuation, the end of the text or a lowercase word of ``after_a_named_expanse``
    follows (``after``: the text after the mention). Why the conditions: "the" before a
    name that any other word follows makes the name a modifier ("the Danube school board",
    "the Kent police", "the Lake Geneva Police Department": a capitalised noun is an
    organisation's name running on), which says nothing of its kind, and so does "the"
    before a name only towns go by, or before a span the pipeline found inside an
    organisation's name (``embedded``: "the Friends of the Danube" names a group); a name
    that can be an expanse, standing as a noun of its own, is the expanse ("the Middle
    East in 1991", "through the Golden Gate at dawn")."""
    if ARTICLE.match(name):
        return True
    if embedded or not _ARTICLE_BEFORE.search(before):
        return False
    word = _NEXT_WORD.match(after)
    if word and word.group(1) not in _NOUN_FOLLOWERS:
        return False  # a modifier: "the Danube school board", "the Volga Fire Department"
    return any(c.place.feature_class in _EXPANSE_CLASSES for c in readings)


def _directed_base(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The readings of what follows a leading direction ("South Wales" -> Wales) that are
    a country, a first-level region or a prominent place: a region's or city's quarter
    the name may mean. A lesser base ("North Java" -> Java, Georgia; "West Falls") is
    no reading of a hamlet's name."""
    words_ = ARTICLE.sub("", name.strip()).split()
    if len(words_) < 2 or normalise_place_name(words_[0]) not in NEVER_ALONE:
        return []
    rest = " ".join(words_[1:])
    if never_a_place(rest):
        return []
    return [
        c
        for c in spelt_as_written(rest, gazetteer.candidates(rest))
        if not c.place.is_postal
        and (
            c.place.is_country
            or c.place.admin_level == 1
            or c.place.population >= PROMINENT_POPULATION
        )
    ]


def _spelt_by_acronym(candidate: Candidate) -> bool:
    """An acronym names a place it abbreviates ("U.S.", "UAE"), or one whose own name is in
    capitals; an alternate name only of a country, a state, a region or a city of a
    million ("NYC"): GeoNames lists codes among a town's alternate names, and "RNS" (a news
    agency) is no Reims."""
    place = candidate.place
    if candidate.kind == "name":
        return place.name.isupper()
    if candidate.kind != "alt":
        return True
    return (
        place.admin_level in (0, 1)
        or place.feature_code in {"RGN", "CONT"}
        or place.population >= ACRONYM_MIN_POPULATION
    )


def _country_spelt(name: str, candidate: Candidate) -> bool:
    """ "IRAQ", "OMAN", "CUBA": four capitals that spell a country's own name are the
    country (no acronym of four letters names a country it does not spell)."""
    return len(name) == 4 and candidate.kind == "name" and candidate.place.is_country
