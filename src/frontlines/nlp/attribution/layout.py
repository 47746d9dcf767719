"""Attributions the page layout makes, with no reporting verb.

Two conventions news copy uses for who said what:

* transcripts: a speaker label in capitals opening a line, ``WALLACE: Let's
  start ...`` (the colon is the cue, the rest of the line what was said);
* pull quotes signed with a dash after the closing quote, ``"... a disgrace."
  ― Sonya Herridge`` (the dash is the cue, the name to the end of the line the
  source, the quotation with its marks the content).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from frontlines.nlp.extensions import doc_text

__all__ = [
    "SIGNED_QUOTE",
    "SPEAKER_LABEL",
    "Triple",
    "layout_attributions",
]

SPEAKER_LABEL = re.compile(
    r"(?m)^[\"“]?(?P<source>[A-Z][A-Z.'’\- ]{1,38}[A-Z.]):[ \t]+(?P<content>\S[^\n]*)"
)
SIGNED_QUOTE = re.compile(
    r"(?P<open>[\"“])(?P<content>[^\"“”\n]{3,}?)[\"”][ \t\u00a0]*(?P<cue>―|—|--|–)[ \t\u00a0]*"
    r"(?P<source>[A-Z][^\n\"“”―—]{1,58}?)[ \t\u00a0.]*(?=\n|$)"
)

Triple = tuple[Span, Span, Span]


def layout_attributions(doc: Doc) -> list[Triple]:
    """(source, cue, content) spans for speaker labels and signed quotes, in text order."""
    found: list[Triple] = []
    text = doc_text(doc)
    for match in SPEAKER_LABEL.finditer(text):
        colon = match.end("source")
        content_end = match.end("content")
        if text[content_end - 1 : content_end] in {'"', "”"}:
            content_end -= 1
        triple = _spans(doc, match.span("source"), (colon, colon + 1),
                        (match.start("content"), content_end))  # fmt: skip
        if triple is not None:
            found.append(triple)
    for match in SIGNED_QUOTE.finditer(text):
        quotation = (match.start("open"), match.end("content") + 1)  # marks included
        triple = _spans(doc, match.span("source"), match.span("cue"), quotation)
        if triple is not None:
            found.append(triple)
    return sorted(found, key=lambda t: t[1].start)


def _spans(doc: Doc, *parts: tuple[int, int]) -> Triple | None:
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in parts]
    if any(s is None or not len(s) for s in spans):
        return None
    source, cue, content = spans
    assert source is not None and cue is not None and content is not None
    return source, cue, content
