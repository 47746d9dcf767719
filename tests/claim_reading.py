"""Helpers the claim tests share: the claims the real pipeline finds in a sentence of our
own, keyed the way a test names them (by their words, or by their number)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from frontlines.model import Claim

__all__ = ["claims_by_text", "claims_by_value", "dated_claims_by_value", "measures_by_text"]


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


def dated_claims_by_value(nlp: Language, text: str, published: str | None) -> dict[float, Claim]:
    """The claims of ``text`` with a value, by it, read as a story of ``published``
    (each pipe run by hand, so the reference date is the only date the story has)."""
    doc = nlp.make_doc(text)
    doc._.reference_date = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {c.value: c for c in doc._.claims if c.value is not None}
