"""Gifts to a fundraiser: "its typical gift over the spring fundraising drive came to $31",
"the dinner, a fundraiser, asks a $5,000 donation per guest". Money given at a campaign's
fundraiser is political giving, no aid or funding a conflict claim measures, even where
no receiver is named after "to" (``senses._campaign_money`` reads those).

Only a gift noun in the number's own clause (the noun the amount counts, or the subject
its copula describes) in a sentence that speaks of raising funds: "a $50 million donation
to the relief appeal" and "donors pledged $2 billion" name no fundraiser and stay aid. A
fundraiser is an aid appeal's word too: a sentence with a word of humanitarian giving
(``aid_giving``: "the UN fundraising appeal", "the fundraising conference for Yemen") keeps
its amount.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlines.nlp.beat import vocabulary
from frontlines.nlp.claims.counted import clause_heads

__all__ = ["fundraising_gift"]

#: Nouns of money given.
_GIFTS = frozenset({"donation", "contribution", "gift"})
#: Words of raising money ("fundraiser", "fund-raising", "fund raisers"), read on the
#: sentence's text: the tokenizer splits a hyphened word ("fund", "-", "raiser").
_FUNDRAISING = re.compile(r"\bfund[-\u2010\u2011 ]?rais(?:er|ers|ing)\b")
#: How many heads above the amount its gift noun may be.
_DEPTH = 3


def _gift_nouns(span: Span) -> list[Token]:
    """The nouns above the amount within its clause, and the subject of a copula the
    amount is the attribute of ("the usual gift was $31")."""
    found: list[Token] = []
    for token in clause_heads(span, _DEPTH):
        if token.pos_ in {"VERB", "AUX"}:
            found += [c for c in token.children if c.dep_ in {"nsubj", "dobj"}]
        else:
            found.append(token)
    return found


def fundraising_gift(span: Span) -> bool:
    """Whether the currency amount ``span`` is a gift given at a fundraiser."""
    sentence = span.sent
    if not _FUNDRAISING.search(sentence.text.lower()):
        return False
    if not any(n.lemma_.lower() in _GIFTS for n in _gift_nouns(span)):
        return False
    words, phrases = vocabulary("aid_giving")
    if any(t.lower_ in words for t in sentence):
        return False  # "the UN fundraising appeal": an aid appeal's gift
    return not any(p in sentence.text.lower() for p in phrases)
