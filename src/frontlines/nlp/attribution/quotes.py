"""Quotations around a cue: where one opens and closes, and how far a reported clause
that sits in one reaches (annotators mark the whole quotation, marks included)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

__all__ = ["CLOSING_ONLY", "DOUBLE_QUOTES", "OPENING_ONLY", "QUOTES", "closed_quote",
           "continued_quote", "quotation_before",
           "quote_after", "quote_before", "trimmed", "whole_quote"]  # fmt: skip

QUOTES = {'"', "“", "”", "'", "‘", "’", "``", "''"}
DOUBLE_QUOTES = {'"', "“", "”", "``", "''"}
#: Marks that only open or only close a quotation in copy typeset ``...'' (wire copy): a
#: quotation never opens with a closing mark, so a search that meets one has walked out
#: of the quotation it was looking for (into the one before). Only where the story opens
#: quotes with ``: other copy writes ''...'' for both ends. Curly marks are not trusted
#: so either: word processors turn a straight quote after a space into ” as often as “.
OPENING_ONLY = {"``"}
CLOSING_ONLY = {"''"}


def _opens(doc: Doc, i: int) -> bool:
    """The mark at ``i`` can only open a quotation."""
    return doc[i].text in OPENING_ONLY


def _closes(doc: Doc, i: int) -> bool:
    """The mark at ``i`` can only close a quotation: '' in a story that opens with ``."""
    return doc[i].text in CLOSING_ONLY and "``" in doc.text


def trimmed(doc: Doc, start: int, end: int) -> Span | None:
    """Drop edge punctuation, but keep quotes and a bracket the span opened."""
    while start < end and (doc[start].is_punct and doc[start].text not in QUOTES):
        start += 1
    while end > start and doc[end - 1].is_punct and doc[end - 1].text not in QUOTES:
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break
        end -= 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if start < end else None


def whole_quote(
    doc: Doc, sent: Span, verb: Token, subject: Token | None, clause: Span | None
) -> Span | None:
    """A reported clause that is part of a quotation next to the cue is reported as the
    whole quotation, marks included ('"We were there legally. We broke no rule," she
    said'), as annotators draw it."""
    if clause is None:
        return None
    first = min(subject.left_edge.i, verb.i) if subject is not None else verb.i
    if clause.end <= verb.i:
        last = max(verb.i, subject.right_edge.i if subject is not None else verb.i)
        quote = quotation_before(doc, sent, first, last)
        if quote is not None and quote.start <= clause.start and clause.end <= quote.end:
            return quote
    else:
        quote = quote_after(doc, sent, verb)
        if quote is not None and quote.start <= clause.start and clause.end <= quote.end:
            return quote
    return closed_quote(doc, sent, clause)


def quotation_before(doc: Doc, sent: Span, first: int, last: int) -> Span | None:
    """The quotation that closes just before ``first`` (where the speaker or cue begins),
    with its continuation after ``last`` (where they end): '"A," she said, "B."'."""
    quote = quote_before(doc, first)
    if quote is None:
        return None
    more = continued_quote(doc, sent, last)
    return doc[quote.start : more.end] if more is not None else quote


def closed_quote(doc: Doc, sent: Span, span: Span) -> Span:
    """A clause that opens a quotation ends where the quotation does ('that the team kept
    "the treatment under wraps."'), not at the last word the parser gave the clause."""
    marks = [t for t in span if t.text in DOUBLE_QUOTES]
    if len(marks) % 2 == 0 or marks[-1].text == "”":
        return span
    end = span.end
    while end < sent.end and doc[end].is_punct and doc[end].text not in QUOTES:
        end += 1
    if end < sent.end and doc[end].text in DOUBLE_QUOTES:
        return doc[span.start : end + 1]
    return span


def quote_after(doc: Doc, sent: Span, verb: Token) -> Span | None:
    """'..., he said: "We will not retreat."' -> the quoted words (which the sentence
    splitter may have put in a sentence of their own)."""
    k = verb.i + 1
    limit = min(len(doc), sent.end + 120)
    while k < limit and doc[k].is_punct and doc[k].text not in QUOTES:
        k += 1
    if (k < limit and doc[k].text in QUOTES and not _closes(doc, k)
            and (k < sent.end or doc[k - 1].text == ":")):  # fmt: skip
        end = k + 1
        while end < limit and doc[end].text not in QUOTES:
            end += 1
        if end < limit and not _opens(doc, end):
            return doc[k : end + 1]
    return None


def continued_quote(doc: Doc, sent: Span, last: int) -> Span | None:
    """The rest of a quotation the cue interrupts: later in the same sentence ('"A," she
    said, "B."') or opening the next one in the same paragraph ('"A," she said, smiling.
    "B."') when nothing but the quote follows it (else it is someone else's)."""
    k = next((i for i in range(last + 1, sent.end) if doc[i].text in DOUBLE_QUOTES), None)
    if k is not None and (doc[k - 1].tag_ in {"IN", "DT", "POS", "NNP", "PRP$"}):
        return None  # 'said on the "Morning Show"': a title, not the rest of the quotation
    if k is None:
        if sent.end >= len(doc) or "\n" in doc[sent.end - 1].whitespace_ + doc[sent.end].text:
            return None
        k = sent.end
        if doc[k].text not in DOUBLE_QUOTES:
            return None
    if _closes(doc, k):
        return None
    end = k + 1
    while end < min(len(doc), k + 150) and doc[end].text not in DOUBLE_QUOTES:
        end += 1
    if end >= len(doc) or doc[end].text not in DOUBLE_QUOTES or _opens(doc, end):
        return None
    after = doc[end].sent.end
    if any(not (t.is_punct or t.is_space) for t in doc[end + 1 : after]):
        return None  # '"B," he said': the next quote has its own cue
    return doc[k : end + 1]


def quote_before(doc: Doc, first: int) -> Span | None:
    """'"We will not retreat," he said' / '"You winning?" she said': the quote just before."""
    k = first - 1
    while k >= 0 and doc[k].is_punct and doc[k].text not in QUOTES:
        k -= 1
    if k < 1 or doc[k].text not in QUOTES or _opens(doc, k):
        return None
    # A double quote closes at the double quote that opened it, past any single quotes
    # nested inside ('"Friends told me, \'It makes no difference,\'" said Rosa Diaz').
    same = DOUBLE_QUOTES if doc[k].text in DOUBLE_QUOTES else QUOTES
    start = k - 1
    while start >= max(0, k - 150) and doc[start].text not in same:
        start -= 1
    if start < 0 or doc[start].text not in same or start == k - 1:
        return None
    if _closes(doc, start):
        return None  # the close of an earlier quotation: this one's opening is not in reach
    return doc[start : k + 1]
