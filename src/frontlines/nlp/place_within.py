"""Two readings of a name the model took for a person or a group as a place's.

A name put "in" the province the gazetteer puts
a town of that name in, is that town ("air raids on Khan Shaykhun in southern Idlib"), and
so is one the province follows as an aside ("Khan Shaykhun, in southern Idlib,").

Why: the small model reads unfamiliar Arabic town names as people ("Khan Shaykhun" ->
PERSON), and "<name> in <province>" alone says nothing (a man "in Idlib" is as likely). Two
independent facts agreeing do: the text puts the name inside a first-level division, and
the gazetteer holds a town of that very name inside that very division. A person's name
rarely is also a village's in the province the sentence names, if it has two words or more:
a one-word name is too often both a surname and a town of the same state or province
("Clinton in Iowa", "Hamilton in Ontario"). Only first-level divisions
(provinces, governorates, states) contain: "in Syria" would let any of the country's
thousands of villages vouch for a person who shares its name.

Names that share one plural place noun ("the Ashrafieh and Sheikh Maqsoud neighbourhoods",
"the Idlib and Hama provinces") are each a place's: the noun says so of every name it
follows, whether the gazetteer knows them or not, as its singular does of one
(``place_cues.named_by_suffix_noun``). Not a capitalised noun (a bank's "Regions"), not
"regions" (sales and cloud regions are companies'), and not names the model read as
organisations ("the Google and Microsoft districts").
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.nlp.place_cues import (
    MAX_NAME_TOKENS,
    NAME_PARTICLES,
    NAMING_SUFFIX_NOUNS,
    PLACE_MODIFIERS,
)
from frontlines.nlp.place_listing import UNATTESTABLE
from frontlines.nlp.place_senses import english_word_only
from frontlines.resolve.place.gazetteer import Gazetteer, Place

__all__ = ["inside_named_division", "sharing_plural_place_noun"]

#: How the name matches the gazetteer for the town reading: its own name or an alternate,
#: never a demonym or an abbreviation.
_NAME_KINDS = frozenset({"name", "alt"})
#: Words that join names sharing one noun ("the A, B and C provinces").
_JOINERS = frozenset({",", "and", "or"})
#: Plural place nouns companies share as often ("the AWS and Azure regions").
_NOT_SHARED = frozenset({"regions"})
#: The most words between a name and the plural noun its list shares.
_MAX_SHARED_SPAN = 12


def inside_named_division(ent: Span, gazetteer: Gazetteer) -> bool:
    """``ent`` is followed by "in [the] [southern] <division>" and the gazetteer holds a
    place named as ``ent`` inside that first-level division."""
    if len(ent) < 2:
        return False
    divisions = _divisions_after(ent, gazetteer)
    if not divisions or english_word_only(ent.text, gazetteer):
        return False
    return any(
        c.kind in _NAME_KINDS
        and not c.place.is_country
        and any(c.place.lies_in(d) for d in divisions)
        for c in gazetteer.candidates(ent.text)
    )


def _divisions_after(ent: Span, gazetteer: Gazetteer) -> list[Place]:
    """The first-level divisions named right after "in" (and an article or a compass
    adjective) behind ``ent``, or after a comma and "in", the longest capitalised name the
    gazetteer knows first."""
    doc = ent.doc
    i = ent.end
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "in":
        i += 1  # "Khan Shaykhun, in southern Idlib,": the same fact, set off by a comma
    if i >= len(doc) or doc[i].lower_ != "in":
        return []
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i < len(doc) and doc[i].lower_ in PLACE_MODIFIERS:
        i += 1
    end = i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and doc[end].is_title:
        end += 1
    for stop in range(end, i, -1):
        found = [
            c.place
            for c in gazetteer.candidates(doc[i:stop].text)
            if c.kind in _NAME_KINDS and c.place.admin_level == 1
        ]
        if found:
            return found
    return []


def sharing_plural_place_noun(ent: Span) -> bool:
    """``ent`` is one of several names joined by "and", "or" or commas that end in the
    plural of a noun only places take ("the Idlib and Hama provinces"). A people's word
    is none: "the Arab and Kurdish districts" are peoples' quarters, and one sense per
    document would spread a place to every "Arab"."""
    if ent.label_ in UNATTESTABLE or ent.label_ == "ORG":
        return False
    doc = ent.doc
    joined = ent.start > 0 and doc[ent.start - 1].lower_ in _JOINERS
    i = ent.end
    while i < len(doc) and i - ent.end < _MAX_SHARED_SPAN:
        word = doc[i]
        if _plural_place_noun(word.lower_):
            return joined and word.text.islower() and word.lower_ not in _NOT_SHARED
        if word.lower_ in _JOINERS:
            joined = True
        elif not (word.is_title or word.lower_ in NAME_PARTICLES or word.text == "-"):
            return False
        i += 1
    return False


def _plural_place_noun(word: str) -> bool:
    """Plurals ("provinces", "neighbourhoods") of ``NAMING_SUFFIX_NOUNS``."""
    return word.endswith("s") and word[:-1] in NAMING_SUFFIX_NOUNS
