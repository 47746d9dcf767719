"""A name the model read as a person or a group, put "in" the province the gazetteer puts
a town of that name in, is that town ("air raids on Khan Shaykhun in southern Idlib").

Why: the small model reads unfamiliar Arabic town names as people ("Khan Shaykhun" ->
PERSON), and "<name> in <province>" alone says nothing (a man "in Idlib" is as likely). Two
independent facts agreeing do: the text puts the name inside a first-level division, and
the gazetteer holds a town of that very name inside that very division. A person's name
rarely is also a village's in the province the sentence names. Only first-level divisions
(provinces, governorates, states) contain: "in Syria" would let any of the country's
thousands of villages vouch for a person who shares its name.
"""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.nlp.place_cues import MAX_NAME_TOKENS, PLACE_MODIFIERS
from frontlines.nlp.place_senses import english_word_only
from frontlines.resolve.place.gazetteer import Gazetteer, Place

__all__ = ["inside_named_division"]

#: How the name matches the gazetteer for the town reading: its own name or an alternate,
#: never a demonym or an abbreviation.
_NAME_KINDS = frozenset({"name", "alt"})


def inside_named_division(ent: Span, gazetteer: Gazetteer) -> bool:
    """``ent`` is followed by "in [the] [southern] <division>" and the gazetteer holds a
    place named as ``ent`` inside that first-level division."""
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
    adjective) behind ``ent``, the longest capitalised name the gazetteer knows first."""
    doc = ent.doc
    i = ent.end
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
