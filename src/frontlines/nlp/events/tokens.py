"""How the event coder reads a Doc's tokens fast: each sentence's lemmas and words with
its dates blanked (one pass over the Doc's tokens), spans' text cut from the Doc's text,
and each sentence's entities from one pass over ``doc.ents``. Kept apart from
``component`` so the coder reads as the decisions it makes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import NamedTuple

from spacy.attrs import ENT_TYPE, IDX
from spacy.tokens import Doc, Span, Token

from frontlines.nlp.events.memo import doc_ents, doc_sents, lemmas, lower_lemmas
from frontlines.nlp.events.triggers import triggers as _triggers
from frontlines.nlp.extensions import doc_text
from frontlines.vocab.events import EventMatch

__all__ = [
    "DATE_LABELS", "CueTable", "_cue_rows", "_cue_table", "_cue_texts", "_entities_by_sentence",
    "_sentence_cue_texts", "_text", "idle_cues",
]  # fmt: skip

#: Entity labels whose words are a date, not a cue ("March 3" is not a march).
DATE_LABELS = frozenset({"DATE", "TIME"})


def _cue_texts(span: Span, rows: list[tuple[bool, str, str]] | None = None) -> tuple[str, str]:
    """Lemmas and plain words of a span with its dates blanked: "March 3" is not a march,
    "Fire Day" not a fire. ``rows``: the document's tokens as ``_cue_rows`` reads them,
    so a story's sentences are read in one pass over its tokens."""
    if rows is not None:
        part = rows[span.start : span.end]
        said = " ".join(lemma for date, lemma, _ in part if not date)
        return said, "".join(" " if date else word for date, _, word in part)
    kept = [t for t in span if t.ent_type_ not in DATE_LABELS]
    lemmas = " ".join(t.lemma_.lower() for t in kept)
    return lemmas, "".join(t.text_with_ws if t.ent_type_ not in DATE_LABELS else " " for t in span)


class CueTable(NamedTuple):
    """A Doc's tokens as ``_sentence_cue_texts`` reads them: its text, each token's start
    (and the text's end after the last), each lemma in lower case, and the indices of the
    tokens that are part of a date, in order."""

    text: str
    starts: list[int]
    lemmas: list[str]
    dates: list[int]


def _cue_table(doc: Doc) -> CueTable:
    """The Doc read once for every sentence's cue texts: from its arrays and its text
    (a token's text with its space runs to the next token's start), with no row made per
    token (``_cue_rows`` made a tuple and a string per word of every story)."""
    text = doc_text(doc)
    if not len(doc):
        return CueTable(text, [len(text)], [], [])
    strings = doc.vocab.strings
    dates = {strings[label] for label in DATE_LABELS}
    kinds, starts = doc.to_array([ENT_TYPE, IDX]).T.tolist()
    return CueTable(text, [*starts, len(text)], lemmas(doc) or lower_lemmas(doc),
                    [i for i, kind in enumerate(kinds) if kind in dates])  # fmt: skip


def _sentence_cue_texts(span: Span, table: CueTable) -> tuple[str, str]:
    """``_cue_texts(span, _cue_rows(doc))`` from the Doc's ``CueTable``: a span with no
    date is one slice of the text and one join of its lemmas; a date's words are cut out
    of both as before (its text becomes one space)."""
    text, starts, lowered, dates = table
    first, end = span.start, span.end
    lo, hi = bisect_left(dates, first), bisect_left(dates, end)
    if lo == hi:
        return " ".join(lowered[first:end]), text[starts[first] : starts[end]]
    blanked = dates[lo:hi]
    skip = set(blanked)
    said = " ".join(lowered[i] for i in range(first, end) if i not in skip)
    pieces: list[str] = []
    at = starts[first]
    for i in blanked:
        pieces += (text[at : starts[i]], " ")
        at = starts[i + 1]
    pieces.append(text[at : starts[end]])
    return said, "".join(pieces)


def _text(span: Span) -> str:
    """``span.text`` cut from the Doc's text, read once per Doc (``Span.text`` joins its
    tokens every time it is read)."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


def _cue_rows(doc: Doc) -> list[tuple[bool, str, str]]:
    """Each token's (is part of a date, lemma in lower case, text with its space), for
    ``_cue_texts``: read from the Doc's arrays and its text (a token's text with its space
    runs to the next token's start), not from a ``Token`` made per word."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    dates = {strings[label] for label in DATE_LABELS}
    kinds, starts = doc.to_array([ENT_TYPE, IDX]).T.tolist()
    text = doc_text(doc)
    ends = [*starts[1:], len(text)]
    lowered = lemmas(doc) or lower_lemmas(doc)
    return [(kind in dates, lemma, text[start:end])
            for kind, lemma, start, end in zip(kinds, lowered, starts, ends, strict=True)]


def _entities_by_sentence(doc: Doc) -> dict[int, list[Span]]:
    """Each sentence's entities by its first token, from one pass over ``doc.ents``
    (``sent.ents`` per sentence rescans the document: quadratic in long texts)."""
    starts = [sent.start for sent in doc_sents(doc)]
    found: dict[int, list[Span]] = {}
    for ent in doc_ents(doc):  # the sentence of its first token, as ``ent.sent``, by bisection
        found.setdefault(starts[bisect_right(starts, ent.start) - 1], []).append(ent)
    return found


def idle_cues(sent: Span, match: EventMatch, realis: list[Token]) -> int:
    """How many of ``match``'s cues add no asserted word of their own: a cue neither a
    realis trigger nor a modifier of one ("roadside bomb blast": "bomb" modifies the
    realis "blast" and still counts), or a second cue for a word already counted
    ("kill" and "killed" on one "killed")."""
    kept = set(realis)
    words: set[tuple[int, ...]] = set()
    for cue in match.cues:
        tokens = _triggers(sent, replace(match, cues=(cue,)))
        used = tuple(sorted(t.i for t in tokens if t in kept or t.head in kept))
        if used:
            words.add(used)
    return len(match.cues) - max(1, len(words))
