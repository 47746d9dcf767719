"""Does a sentence name any ground for a territory event to move?

A change of territory (``government_regains_territory``, ``non_state_overtakes_territory``,
``non_violent_transfer``) moves control of a place: the sentence that reports one names
the place (a town, a region, a country), or the ground taken ("the hilltop", "army
positions", "neighborhoods"). The cue words of these types have everyday senses that
take no ground at all: a scuffle "captured on tape", a placard reading "liberation
today", a swimmer who "captured three titles", a new chair who "took over from" the
founder. ``senses.off_sense`` asks ``names_territory`` of the trigger's sentence;
one that names no place and no ground reads the word in its everyday sense.

Places are the model's entity labels (GPE, LOC, FAC) and word lists of general knowledge
(``place_words.toml`` place and facility nouns, ``sense_words.toml`` territory nouns),
not words of any story.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.vocab.words import words

__all__ = ["RECORDINGS", "TERRITORY_NOUNS", "names_territory", "recorded"]

#: Words for ground that a side takes or loses, beside place names.
TERRITORY_NOUNS = (words("place", "place_nouns") | words("place", "facility_nouns")
                   | words("sense", "territory_nouns"))  # fmt: skip
#: What a scene is "captured on" when it is filmed, not taken.
RECORDINGS = words("sense", "recording_nouns")
#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def names_territory(sentence: Span) -> bool:
    """Whether ``sentence`` names a place or ground: an entity the model reads as a place,
    or a territory noun."""
    return any(t.ent_type_ in _PLACE_LABELS or t.lower_ in TERRITORY_NOUNS
               or t.lemma_.lower() in TERRITORY_NOUNS for t in sentence)  # fmt: skip


def recorded(trigger: Token) -> bool:
    """ "captured on tape", "caught on camera", "caught by a webcam": a scene recorded, not
    ground taken or a person caught (the
    model may read a word of the sentence as a place, so ``names_territory`` can miss it)."""
    return any(c.dep_ == "prep" and c.lower_ in {"on", "by"}
               and any(o.dep_ == "pobj" and o.lemma_.lower() in RECORDINGS for o in c.children)
               for c in trigger.children)  # fmt: skip
