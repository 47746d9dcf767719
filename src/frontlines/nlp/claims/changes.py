"""How counts told together are read before each becomes a claim: "five or six gunmen" is
one uncertain count (a range), and a change told from one number to another is two
figures, not a range (issue 20, brief clrec9).

The quantity layer reads "from 4,000 to 6,500" as one range, which is right where the
words give bounds ("estimates range from 1,500 to 3,000": the figure lies between).
Where a verb of change moves the number ("raised the quota from 4,000 to 6,500",
"the toll climbed from 40 to 75"), the text states two figures, each true at its own time:
the one before and the one after. The guide codes each as a claim, so the range is split
into its two ends, each with its own offsets and value.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.model import Quantity
from frontlines.nlp.extensions import doc_text
from frontlines.nlp.quantities.change import DOWN_LEMMAS, UP_LEMMAS
from frontlines.nlp.quantities.reader import read_number

__all__ = ["changes_apart", "told_apart"]

#: How far up from "from" the verb of change may stand ("raise the number of refugees
#: admitted from 4,000 to 6,500": "from" may hang on the noun or its participle).
_REACH = 3


def told_apart(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """The counts of ``quantities`` as the claims pass reads them: alternatives joined by
    "or" as one range, a change from one number to another as two figures."""
    return changes_apart(doc, _alternatives(doc_text(doc), quantities))


def _alternatives(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'five or six gunmen': two counts joined by "or" are one uncertain count, the range
    between them, not two claims (the second would count the same people twice). A list
    of three or more ("30, 40 or 50 villagers") gives figures of their own
    (each speaker's, each estimate's), each counting the noun after the last."""
    merged: list[Quantity] = []
    for q in quantities:
        last = merged[-1] if merged else None
        if (last is not None and _between(text, last, q) == "or" and not _listed(text, merged)
                and {last.unit, q.unit} <= {"count", ""} and last.value is not None
                and q.value is not None and last.lower is None and last.upper is None
                and q.lower is None and q.upper is None):  # fmt: skip
            low, high = sorted((last.value, q.value))
            merged[-1] = replace(q, start=last.start, text=text[last.start : q.end], value=None,
                                 lower=low, upper=high, change="=" if low != high else q.change)
            continue
        merged.append(q)
    return _sharing_a_noun(text, merged)


def _between(text: str, first: Quantity, second: Quantity) -> str:
    return text[first.end : second.start].strip().lower()


def _listed(text: str, merged: list[Quantity]) -> bool:
    """Whether the last count of ``merged`` follows another after a comma: an "or" after
    it ends a list, not a pair."""
    return len(merged) > 1 and _between(text, merged[-2], merged[-1]) == ","


def _sharing_a_noun(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """'30, 40 or 50 villagers': the counts of a list of alternatives count what the last
    one counts (the quantity layer read the words after each, ", 40 or 50 villagers")."""
    out = list(quantities)
    end = len(out) - 1
    while end > 0:
        start = end
        while start > 0 and _between(text, out[start - 1], out[start]) in {",", "or", ", or"}:
            start -= 1
        if end - start >= 2 and _between(text, out[end - 1], out[end]) in {"or", ", or"}:
            for k in range(start, end):
                out[k] = replace(out[k], concept=out[end].concept)
        end = start - 1
    return out


def changes_apart(doc: Doc, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` with each range a verb of change moves "from" one end "to" the
    other split into its two ends, in reading order."""
    out: list[Quantity] = []
    for q in quantities:
        ends = _ends(doc, q)
        out.extend(ends if ends is not None else (q,))
    return out


def _ends(doc: Doc, q: Quantity) -> tuple[Quantity, Quantity] | None:
    if q.value is not None or q.lower is None or q.upper is None:
        return None
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start == 0 or doc[span.start - 1].lower_ != "from":
        return None
    if not _moved(doc[span.start - 1]):
        return None
    to = next((t for t in span if t.lower_ == "to"), None)
    if to is None:
        return None
    before = _part(doc, q, span, span.start, to.i)
    after = _part(doc, q, span, to.i + 1, span.end)
    if before is None or after is None:
        return None
    return before, after


def _moved(word: Token) -> bool:
    """Whether the "from" hangs, at most ``_REACH`` heads up, off a verb of change
    ("rose from", "raise the number ... from"), not off "range" or "vary"."""
    token = word
    for _ in range(_REACH):
        if token.head.i == token.i:
            return False
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in UP_LEMMAS or lemma in DOWN_LEMMAS:
            return token.pos_ in {"VERB", "NOUN"}
        if token.pos_ in {"VERB", "AUX"}:
            return False  # another verb's clause: "ranges from", "varies from"
    return False


def _part(doc: Doc, q: Quantity, span: Span, start: int, end: int) -> Quantity | None:
    """The figure spelt by tokens ``[start, end)`` of the range, as a quantity of its own."""
    if start >= end:
        return None
    run = read_number(doc, start, end)
    if run is None or run.start != start:
        return None
    value = run.reading.value
    if value is None:
        return None
    first = doc[start].idx
    last = doc[end - 1].idx + len(doc[end - 1].text)
    if not span.start_char <= first < last <= span.end_char:
        return None
    return replace(q, start=first, end=last, text=doc_text(doc)[first:last], value=value,
                   lower=None, upper=None, change="=")  # fmt: skip
