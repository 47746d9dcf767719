"""Never let a sentence cross a paragraph break.

Wire copy separates paragraphs with blank lines but the statistical parser
sometimes glues a quote-only paragraph to the next one. Placed before the
parser, this marks the first token after any newline as a sentence start,
which the parser then respects.

A single newline inside a sentence is a hard wrap, not a break: copy scraped from
fixed-width pages wraps every line ("were killed in Sunday's\n      attacks, officials
said."). A line that goes on in lower case after a line that ended mid-sentence is
the same sentence; cutting it there loses the verb, its speaker and its date. A
blank line always breaks, whatever follows ("... succeed\"\n\nthe commander said").

Sets: ``Token.is_sent_start``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = [
    "ParagraphSplitter",
    "VERSION",
    "make_paragraph_splitter",
]

VERSION = "0.2.0"

_SENTENCE_ENDS = (".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")", "]")


class ParagraphSplitter:
    name = "frontlines_paragraphs"
    version = VERSION

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if "\n" in prev.text_with_ws and not token.is_space and not _wrapped(doc, token):
                token.is_sent_start = True
        return doc


def _wrapped(doc: Doc, token: Token) -> bool:
    """The newline before ``token`` is a hard wrap: one newline only, the line before it
    ends mid-sentence and this one goes on in lower case."""
    k = token.i - 1
    gap = ""
    while k >= 0 and doc[k].is_space:
        gap = doc[k].text_with_ws + gap
        k -= 1
    if k < 0:
        return False
    gap = doc[k].whitespace_ + gap
    last = doc[k].text
    return (gap.count("\n") == 1 and token.text[:1].islower()
            and not last.endswith(_SENTENCE_ENDS))  # fmt: skip


@Language.factory("frontlines_paragraphs")
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()
