"""Attributions the page layout makes, with no reporting verb.

Two conventions news copy uses for who said what:

* transcripts: a speaker label in capitals opening a line, ``WALLACE: Let's
  start ...`` (the colon is the cue, the rest of the line what was said);
* pull quotes signed with a dash after the closing quote, ``"... a disgrace."
  ― Sonya Herridge`` (the dash is the cue, the name to the end of the line the
  source, the quotation with its marks the content; its opening mark may be a
  right one, ``”``, and it may quote a phrase of its own);
* headline attributions, a name and a colon opening a line, ``Ortiz: Tax Plan
  'Will Not Pass'`` (the colon is the cue): only where the label is a person's
  name or a word that reports (``Poll:``, ``Report:``) and what follows states
  something, with a finite verb or a quotation (``The Latest: ...``,
  ``Contributing: ...`` and a list of ``Name: A miracle.`` goals are no one's
  words). PolNeAR annotators mark such a line 38 times in 46 on the train tune
  half's headlines and lead lines.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from frontlines.nlp.extensions import doc_text

__all__ = [
    "FINITE_TAGS",
    "NAME_LABEL",
    "SIGNED_QUOTE",
    "SPEAKER_LABEL",
    "Triple",
    "layout_attributions",
]

SPEAKER_LABEL = re.compile(
    r"(?m)^[\"“]?(?P<source>[A-Z][A-Z.'’\- ]{1,38}[A-Z.]):[ \t]+(?P<content>\S[^\n]*)"
)
#: The opening mark may be a right one typed for a left ("”Fear. I am afraid.” ― Ana
#: Ruiz"), and the quotation may quote a short phrase of its own ("what he calls “hell”").
SIGNED_QUOTE = re.compile(
    r"(?P<open>[\"“”])(?P<content>(?:[^\"“”\n]|“[^\"“”\n]{1,60}”){3,}?)[\"”][ \t\u00a0]*"
    r"(?P<cue>―|—|--|–)[ \t\u00a0]*"
    r"(?P<source>[A-Z][^\n\"“”―—]{1,58}?)[ \t\u00a0.]*(?=\n|$)"
)

#: A label of one to four capitalised words before a colon that opens a line.
NAME_LABEL = re.compile(
    r"(?m)^[\"“]?(?P<source>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}):[ \t\u00a0]+"
    r"(?P<content>\S[^\n]*)"
)
#: Tags of a verb that carries tense: what makes a headline's words a statement.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "'", "``", "''"})

Triple = tuple[Span, Span, Span]


def layout_attributions(doc: Doc, reporting: frozenset[str] = frozenset()) -> list[Triple]:
    """(source, cue, content) spans for speaker labels, signed quotes and headline
    attributions (``reporting``: lemmas of nouns that may label one, 'poll'), in text
    order."""
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
    labelled = {t[1].start for t in found}  # an all-capitals label is read above
    for match in NAME_LABEL.finditer(text):
        colon = match.end("source")
        triple = _spans(doc, match.span("source"), (colon, colon + 1), match.span("content"))
        if triple is None or triple[1].start in labelled:
            continue
        if _headline(triple[0], triple[2], reporting):
            found.append(triple)
    return sorted(found, key=lambda t: t[1].start)


def _headline(source: Span, content: Span, reporting: frozenset[str]) -> bool:
    """A name (or a reporting noun) labelling a statement: 'Ortiz: Lee Should Resign'."""
    noun = len(source) == 1 and source[0].lemma_.lower() in reporting
    if not (noun or _person(source)):
        return False
    return any(t.tag_ in FINITE_TAGS or t.text in _QUOTE_MARKS for t in content)


def _person(label: Span) -> bool:
    """Is the label a person's name? The tagger often misses a lone surname opening a
    headline ('Ortiz: ...' read as a common noun), so a label the story names a person
    by elsewhere (a PERSON entity, or its last word) counts too."""
    if all(t.ent_type_ == "PERSON" for t in label):
        return True
    text = label.text
    return any(
        e.label_ == "PERSON" and (e.text == text or e[-1].text == text) for e in label.doc.ents
    )


def _spans(doc: Doc, *parts: tuple[int, int]) -> Triple | None:
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in parts]
    if any(s is None or not len(s) for s in spans):
        return None
    source, cue, content = spans
    assert source is not None and cue is not None and content is not None
    return source, cue, content
