"""Helpers the event tests share: an article of our own read by the real pipeline, and
why the factuality reading judges one of its words no event."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.model import Article
from frontlines.nlp.events.factuality import judged
from frontlines.nlp.pipeline import prepared_doc

__all__ = ["read_article", "reason_for"]


def read_article(nlp: Language, text: str) -> Doc:
    """``text`` as an article published 2024-05-20, through the whole pipeline."""
    return nlp(prepared_doc(nlp, Article(id="ours", text=text, published="2024-05-20")))


def reason_for(doc: Doc, word: str) -> str:
    """Why the first token spelt ``word`` tells no event ("" when it tells one)."""
    token = next(t for t in doc if t.text == word)
    return judged(token)[0]
