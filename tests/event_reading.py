"""Helpers the event tests share: an article of our own read by the real pipeline, and
why the factuality reading judges one of its words no event."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from frontlines.model import Article
from frontlines.nlp.events.factuality import judged
from frontlines.nlp.events.roles import actors_of
from frontlines.nlp.pipeline import prepared_doc

__all__ = ["actor_texts", "read_article", "reason_for"]


def read_article(nlp: Language, text: str) -> Doc:
    """``text`` as an article published 2024-05-20, through the whole pipeline."""
    return nlp(prepared_doc(nlp, Article(id="ours", text=text, published="2024-05-20")))


def reason_for(doc: Doc, word: str) -> str:
    """Why the first token spelt ``word`` tells no event ("" when it tells one)."""
    token = next(t for t in doc if t.text == word)
    return judged(token)[0]


def actor_texts(nlp: Language, text: str, word: str) -> tuple[str | None, str | None]:
    """The texts of actor1 and actor2 that the first token spelt ``word`` takes in ``text``
    (None where it has none)."""
    trigger = next(t for t in nlp(text) if t.text == word)
    one, two = actors_of(trigger)
    return (one.text if one else None), (two.text if two else None)
