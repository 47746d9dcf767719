"""Helpers the claim tests share: the claims the real pipeline finds in a sentence of our
own, keyed the way a test names them (by their words, or by their number)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from frontlines.model import Claim
from frontlines.nlp.times import with_reference_date

__all__ = ["claims_by_number", "claims_by_text", "claims_by_value", "dated_claims",
           "dated_claims_by_value", "measures_by_text"]


def claims_by_text(nlp: Language, text: str) -> dict[str, Any]:
    """The claims of ``text`` by the words that state their number ("at least 12")."""
    return {c.text: c for c in nlp(text)._.claims}


def measures_by_text(nlp: Language, text: str) -> dict[str, str]:
    """The measure of each claim of ``text``, by the words that state its number."""
    return {c.text: c.measure for c in nlp(text)._.claims}


def claims_by_value(nlp: Language, text: str) -> dict[Any, Any]:
    """The claims of ``text`` by their value, or (lower, upper) for a bound or a range."""
    return {(c.value if c.value is not None else (c.lower, c.upper)): c
            for c in nlp(text)._.claims}  # fmt: skip


def claims_by_number(nlp: Language, text: str, published: str) -> dict[float, Claim]:
    """The claims of ``text`` read as a story of ``published``, by their value, or their
    lower bound where they state none."""
    doc = nlp(with_reference_date(nlp.make_doc(text), published))
    return {c.value if c.value is not None else c.lower: c for c in doc._.claims}


def dated_claims(nlp: Language, text: str, published: str | None) -> list[Claim]:
    """The claims of ``text`` read as a story of ``published``, each pipe run by hand on
    a Doc whose reference date is set directly (None: a story with no date at all)."""
    doc = nlp.make_doc(text)
    doc._.reference_date = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return list(doc._.claims)


def dated_claims_by_value(nlp: Language, text: str, published: str | None) -> dict[float, Claim]:
    """``dated_claims`` with a value, by it."""
    return {c.value: c for c in dated_claims(nlp, text, published) if c.value is not None}
