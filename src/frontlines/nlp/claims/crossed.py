"""Flight across a border: people counted as they flee to another country are refugees,
not people displaced inside their own (the guide codes the two apart, as UNHCR counts
them). "About 300,000 people fled to neighbouring countries", "40,000 fled across the
border", "2 million have fled abroad", "12,000 have fled the country", "the exodus of
1 million farmers to neighboring countries": the flight's own words say where it went.
"Fled to the capital", "fled to the border", "fled their homes" stay displaced: they name
no other country, and reaching a border is not crossing it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.nlp.claims.counted import clause_heads
from frontlines.vocab.measures import Measure, Taxonomy

__all__ = ["fled_abroad"]

#: Adverbs that put the flight's end in another country.
_ABROAD = frozenset({"abroad", "overseas"})
#: Nouns of a frontier, crossed when the flight goes across or over them.
_BORDERS = frozenset({"border", "frontier", "borders"})
#: Words that make "country" another country than the one fled ("neighbouring countries").
_OTHER = frozenset({"neighbouring", "neighboring", "other", "foreign", "nearby", "bordering",
                    "adjacent", "surrounding", "third"})
#: Prepositions of where a flight went.
_TOWARD = frozenset({"to", "into", "for"})
#: Prepositions of a frontier crossed.
_ACROSS = frozenset({"across", "over"})
#: How many heads above the number a word of flight may be ("the exodus of 1 million farmers").
_DEPTH = 4


def _flight_words(span: Span, measure: Measure) -> list[Token]:
    """The words of flight above the number: its clause's verb and event nouns of flight.
    The climb stops at the first verb, the number's own clause: "thousands fled abroad
    after the army displaced 20,000 villagers" sends the thousands abroad, not the 20,000.
    Only nouns and their prepositions are climbed through ("the exodus of 1 million")."""
    return [t for t in clause_heads(span, _DEPTH) if t.lemma_.lower() in measure.verbs]


#: Modifiers of a border that leave it a frontier between countries.
_NATIONAL = frozenset({"national", "international", "the", "a", "an"})


def _crossed_frontier(noun: Token) -> bool:
    """Whether the border ``noun`` is one between countries: "the border", "the
    international border"; not "the state border", "the provincial border" (any modifier
    but national or international) nor "borders within the region"."""
    if noun.lemma_.lower() not in _BORDERS and noun.lower_ not in _BORDERS:
        return False
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in _NATIONAL
           for c in noun.children):  # fmt: skip
        return False
    return not _within(noun) and not _within(noun.head.head)


def _within(word: Token) -> bool:
    """'borders within the region', 'fled across borders inside the province' (the phrase
    on the border or on the verb of flight): a frontier inside one country."""
    return any(c.dep_ == "prep" and c.lower_ in {"within", "inside"} for c in word.children)


def _another_country(noun: Token) -> bool:
    """'neighbouring countries', 'other countries', 'countries in the region': a country not
    the one fled (a plural is never only the one fled)."""
    if noun.lemma_.lower() != "country":
        return False
    return noun.tag_ == "NNS" or any(c.lower_ in _OTHER for c in noun.children)


def _goes_abroad(word: Token) -> bool:
    for child in word.children:
        if child.dep_ == "advmod" and child.lower_ in _ABROAD:
            return True  # "fled abroad"
        if child.dep_ == "dobj" and child.lemma_.lower() == "country" and any(
                c.dep_ in {"det", "poss"} for c in child.children):  # fmt: skip
            return True  # "have fled the country", "fled their country"
        if child.dep_ != "prep":
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.lower_ in _ACROSS and any(_crossed_frontier(o) for o in objects):
            return True  # "fled across the border"
        if child.lower_ in _TOWARD and any(_another_country(o) for o in objects):
            return True  # "fled to neighbouring countries"
    return False


def fled_abroad(found: tuple[Measure, str], span: Span, taxonomy: Taxonomy
                ) -> tuple[Measure, str]:  # fmt: skip
    """Refugees for a count of the displaced whose flight its own words send abroad."""
    measure, how = found
    refugees = taxonomy.get("refugees")
    if measure.id != "displaced" or refugees is None:
        return found
    if any(_goes_abroad(w) for w in _flight_words(span, measure)):
        return refugees, how
    return found
