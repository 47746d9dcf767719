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

A sentence can name a place and still take none: "customs officers seized two tonnes of
spoiled fish at the market in Manila" names Manila, but what was seized is goods measured
out (``measured_goods``), and the market is where it happened, not ground changing hands.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.vocab.units import default_units
from frontlines.vocab.words import words

__all__ = ["GOODS", "RECORDINGS", "TERRITORY_NOUNS", "measured_goods", "names_territory",
           "recorded"]

#: Words for ground that a side takes or loses, beside place names.
TERRITORY_NOUNS = (words("place", "place_nouns") | words("place", "facility_nouns")
                   | words("sense", "territory_nouns"))  # fmt: skip
#: What a scene is "captured on" when it is filmed, not taken.
RECORDINGS = words("sense", "recording_nouns")
#: Entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Kinds of unit goods are measured in (``units.toml``): "two tonnes of", "500 litres of",
#: "$3 million in". A length or an area measures ground ("3 miles of the pipeline").
_GOODS_UNITS = frozenset({"mass", "volume", "currency"})
#: Words of a measure of area: what it measures is ground.
_AREA_WORDS = frozenset({"square", "hectare", "acre", "km2", "sq"})
#: Goods seized or captured as loot or evidence, never ground (``sense_words.toml``).
GOODS = words("sense", "goods_nouns")


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


def measured_goods(thing: Token) -> bool:
    """Whether what a territory word took is an amount of goods, not ground: a weight, a
    volume or a sum ("2,000 kilos", "$3 million") of something that is neither a place nor
    a territory noun ("of spoiled fish", "in cash"). A measure of length or area is ground
    ("3 miles of the pipeline", "40 hectares of the valley"), whatever it is of; a measure
    with no "of" or "in" is left alone ("seized two tonnes")."""
    if thing.ent_type_ != "MONEY" and _unit_kind(thing) not in _GOODS_UNITS:
        return False
    measured = next((o for c in thing.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                     for o in c.children if o.dep_ == "pobj"), None)  # fmt: skip
    if measured is None:
        return False
    told = [thing, measured, *(c for w in (thing, measured) for c in w.children
                               if c.dep_ in {"compound", "amod", "nummod", "nmod"})]
    return not any(_ground(t) for t in told)  # not where it was seized ("at the market")


def _unit_kind(token: Token) -> str:
    """The kind of unit (``units.toml``: mass, volume, area...) the word is, or ""."""
    found = default_units().match_after(token.text)
    return found[0].kind if found is not None and found[1] == len(token.text) else ""


def _ground(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.ent_type_ in _PLACE_LABELS or token.lower_ in TERRITORY_NOUNS \
        or lemma in TERRITORY_NOUNS or lemma in _AREA_WORDS or _unit_kind(token) == "area"
