"""Never let a sentence cross a paragraph break.

Wire copy separates paragraphs with blank lines but the statistical parser
sometimes glues a quote-only paragraph to the next one. Placed before the
parser, this marks the first token after any newline as a sentence start,
which the parser then respects.

Sets: ``Token.is_sent_start``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = [
    "ParagraphSplitter",
    "VERSION",
    "make_paragraph_splitter",
]

VERSION = "0.1.0"


class ParagraphSplitter:
    name = "frontlines_paragraphs"
    version = VERSION

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.text_with_ws and not token.is_space:
                token.is_sent_start = True
        return doc


@Language.factory("frontlines_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()
