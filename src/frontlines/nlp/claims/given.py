"""Food and medicine weighed: aid only when something says they were given.

"The farm sold 300 tonnes of food", "Farmers lost 300 tonnes of food to the floods": a
weight of food is a harvest, a trade or a loss as often as it is aid. Words a measure lists
as ``given_concepts`` (measures.toml) make the number a claim of that measure only when a
word of aid modifies them ("relief food", "humanitarian medicine"), or a verb or noun of
giving governs the amount ("airdropped 20 tonnes of food", "a donation of 5 tons of
medicine"). "food aid" and "medical supplies" name aid in their own head and pass.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.vocab.measures import Measure

__all__ = ["not_given"]

#: Dependencies of a word that says what kind of food or medicine it is.
_MODIFIER_DEPS = {"amod", "compound", "nmod"}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def not_given(span: Span, named: list[Token], verbs: set[str], measure: Measure) -> bool:
    """Whether the amount at ``span`` counts only guarded concept words of ``measure``
    (its head nouns ``named``) with nothing saying they were given: no modifier of aid on
    the noun, and neither the verb lemmas ``verbs`` nor the noun the amount hangs on
    ("a donation of ...") one of giving."""
    if not measure.given_concepts:
        return False
    heads = [t for t in named if _lemma(t) in measure.concepts or t.lower_ in measure.concepts]
    if not heads or any(_lemma(t) not in measure.given_concepts
                        and t.lower_ not in measure.given_concepts for t in heads):  # fmt: skip
        return False  # "food aid", "medical supplies": aid by its own head
    if verbs & measure.giving_words:
        return False
    if any(_lemma(c) in measure.given_modifiers for t in heads for c in t.children
           if c.dep_ in _MODIFIER_DEPS):  # fmt: skip
        return False  # "relief food", "humanitarian medicine"
    root = span.root
    holder = root.head.head if root.head.lower_ == "of" else None
    return holder is None or _lemma(holder) not in measure.giving_words
