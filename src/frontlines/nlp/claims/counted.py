"""What a number counts when its own phrase does not say, read from the parse.

* A number stated as the value of a tally ("put the number of IS fighters at
  between 1,500 and 3,000", "the death toll rose to 40", "the total of detainees
  is 300") counts what the tally is "of": the head noun after "number of".
* A breakdown ("arrested seven members, including two women", "among them
  three children") counts a part of what the number before it counted, so it
  takes that number's measure.
* The words of the number's clause (the governing verb's object and subject
  with their modifiers: "increase our humanitarian support ... by £20 million",
  "bringing our total contribution to £59.5 million") say what an amount is
  for; measures that list ``clause_concept`` read them.
* People counted: a head noun naming people (a word of ``[people] nouns`` in
  ``data/measures.toml``, or a nationality: "1.2 million Nigerians").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = [
    "BREAKDOWN_PREPOSITIONS",
    "TALLY_NOUNS",
    "breaks_down",
    "clause_lemmas",
    "counts_people",
    "context_lemmas",
    "tallied_noun",
]

#: Nouns whose value is a count of what follows "of".
TALLY_NOUNS = {"number", "toll", "total", "tally", "count", "figure", "estimate"}
#: Prepositions that introduce a part of the phrase before them.
BREAKDOWN_PREPOSITIONS = {"including", "among"}
_ARGUMENTS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}
_MODIFIERS = {"amod", "compound", "poss"}


def _counted_token(span: Span) -> Token:
    root = span.root
    return root.head if root.dep_ in {"nummod", "quantmod"} and root.head.i >= span.end else root


def tallied_noun(span: Span, verb: Token | None) -> Token | None:
    """'put the number of IS fighters at 3,000' -> fighters: the number is no modifier
    of a noun and its verb takes a tally noun with 'of' as object or subject."""
    if verb is None or span.root.dep_ == "nummod":
        return None
    for child in verb.children:
        if child.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
            continue
        if child.lemma_.lower() not in TALLY_NOUNS or child.i >= span.start:
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objects = [t for t in prep.children if t.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def breaks_down(span: Span, earlier_start: int, earlier_end: int) -> bool:
    """The number's phrase hangs off 'including' / 'among' attached to the noun the
    earlier number (characters ``earlier_start``..``earlier_end``) counts."""
    counted = _counted_token(span)
    prep = counted.head
    if counted.dep_ != "pobj" or prep.lower_ not in BREAKDOWN_PREPOSITIONS:
        return False
    owner = prep.head
    return earlier_start <= owner.idx and owner.idx < earlier_end + 80 and owner.i < span.start


def clause_lemmas(span: Span, verb: Token | None) -> set[str]:
    """Lemmas of the governing verb's arguments and their modifiers."""
    if verb is None:
        return set()
    lemmas: set[str] = set()
    for child in verb.children:
        if child.dep_ in _ARGUMENTS or (child.dep_ == "prep" and child.i < span.start):
            heads = [child] + [t for t in child.children if t.dep_ == "pobj"]
            for head in heads:
                lemmas.add(head.lemma_.lower())
                lemmas |= {m.lemma_.lower() for m in head.children if m.dep_ in _MODIFIERS}
    return lemmas


def context_lemmas(span: Span, window: int) -> set[str]:
    """Lemmas within ``window`` tokens either side of the number, inside its sentence."""
    doc, sent = span.doc, span.sent
    tokens = [*doc[max(sent.start, span.start - window) : span.start],
              *doc[span.end : min(sent.end, span.end + window)]]  # fmt: skip
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def counts_people(counted: Token | None, people: frozenset[str]) -> bool:
    """The counted noun names people: a listed noun or a nationality ('Nigerians')."""
    if counted is None:
        return False
    return (counted.lemma_.lower() in people or counted.lower_ in people
            or counted.ent_type_ == "NORP")  # fmt: skip
