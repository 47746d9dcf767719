"""A quantity reshaped before it is read as a claim: a fraction becomes the percent it is
claimed as, and a tallied noun ("put the number of rebel fighters at 1,200") becomes the
concept it counts. Kept apart from the claim builder so that reading a claim starts from
the quantity the sentence means, whatever phrase the quantity layer took for it."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from frontlines.model import Quantity, TextSpan
from frontlines.nlp.claims import elided
from frontlines.nlp.claims.counted import appositive_noun, tallied_noun
from frontlines.nlp.claims.readings import specimens_of
from frontlines.nlp.claims.subject import noun_phrase
from frontlines.nlp.claims.whose import governing_verb

__all__ = ["fraction_as_percent", "with_tallied_concept"]


def with_tallied_concept(q: Quantity, span: Span) -> Quantity:
    """'put the number of rebel fighters at 1,200': the number counts the fighters, whatever
    phrase the quantity layer took for its concept."""
    noun = tallied_noun(span, governing_verb(span)) or appositive_noun(span)
    noun = noun or specimens_of(span)  # "40 million copies of the pistol"
    noun = noun or elided.existential_noun(span, q)  # "there could be up to four"
    if noun is None:
        return q
    if noun.dep_ == "compound":  # "the death toll": "death" says what, not who
        return replace(q, concept=None) if q.concept and q.concept.end <= q.start else q
    phrase = noun_phrase(noun)
    concept = TextSpan(phrase.start_char, phrase.end_char, phrase.text)
    return replace(q, concept=concept)


def fraction_as_percent(q: Quantity) -> Quantity:
    """'a third of its territory' is a share: claimed as 33.3 %, like '33 percent'."""
    if q.unit != "fraction":
        return q

    def pct(x: float | None) -> float | None:
        return None if x is None else round(x * 100.0, 1)

    return replace(q, value=pct(q.value), lower=pct(q.lower), upper=pct(q.upper), unit="percent")
