"""Docs built by hand for the place tests: the words and entities a test names, one
sentence, no model, so a test says exactly what the recogniser or resolver is given."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

__all__ = ["entity_doc"]


def entity_doc(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    """``words`` as one sentence with ``ents`` as (start, end, label) entity spans."""
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc
