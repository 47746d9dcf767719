"""A place's abbreviation defined in brackets after its full name: "the Democratic Republic
of the Congo (DRC)", "the Kurdistan Region of Iraq (KRI)". Reports and government prose
define the short form once and use it from then on, and the model reads the bare letters as
an organisation or leaves them untagged. The definition is the evidence, not the gazetteer:
the letters must be the initials of the place name's capitalised words, so "(ISIL)" after
"the Levant" or "(UN)" after "Geneva" defines nothing. One sense per document: every later
mention of the same letters, where the model read them as an organisation or not at all, is
the place (used by ``frontlines_places``)."""

from __future__ import annotations

from spacy.tokens import Span

from frontlines.nlp.place_cues import PLACE_LABELS
from frontlines.resolve.place.names import never_a_place

__all__ = ["MIN_INITIALS", "abbreviated_places", "initials_of"]

#: The fewest letters an abbreviation has: one capital letter in brackets is a list mark
#: ("(A)") or a grade, not a place's short name.
MIN_INITIALS = 2
#: Labels the model gives an abbreviation of a place that it did not read as one.
_RELABELLABLE = frozenset({"ORG", "PERSON", "NORP", "FAC", "PRODUCT"})
#: Lower-case words inside a long name that its initials skip.
_JOINERS = frozenset({"of", "the", "and"})
#: The most words a name defined by its initials spans.
_MAX_NAME_WORDS = 8


def initials_of(name: Span) -> str:
    """The first letters of ``name``'s capitalised words, in capitals ("Democratic Republic
    of the Congo" -> "DRC"); lower-case words ("of", "the") are skipped."""
    return "".join(t.text[0] for t in name if t.is_alpha and t.text[0].isupper()).upper()


def _defined(ent: Span, others: frozenset[int]) -> str | None:
    """The letters in brackets right after the place ``ent`` when they are the initials of
    the name it closes: ``ent`` itself or a longer name ending with it, capitalised words
    joined by "of", "the" and "and" ("Kurdistan Region of Iraq (KRI)", the model tagging
    "Kurdistan Region" and "Iraq" apart). No word of that name may be in another kind of
    entity (``others``): "the Islamic State of Iraq (ISI)" names a group."""
    doc = ent.doc
    at = ent.end
    if at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")":
        return None
    short = doc[at + 1].text
    letters = short.replace(".", "")
    if len(letters) < MIN_INITIALS or not (letters.isalpha() and letters.isupper()):
        return None
    if never_a_place(short):
        return None
    start = ent.start
    while True:
        if letters == initials_of(doc[start:at]):
            return short
        if start == 0 or at - start >= _MAX_NAME_WORDS:
            return None
        before = doc[start - 1]
        if before.i in others or not (before.is_title or before.lower_ in _JOINERS):
            return None
        start -= 1


def abbreviated_places(ents: list[Span], span_id: str) -> list[Span]:
    """``ents`` with each abbreviation a place defines in brackets, and its later mentions
    read as an organisation or left untagged, labelled as a place (GPE). A dictionary
    actor (``kb_id_``) keeps its reading."""
    others = frozenset(
        i for e in ents if e.label_ not in PLACE_LABELS for i in range(e.start, e.end)
    )
    places = [e for e in ents if e.label_ in PLACE_LABELS]
    shorts = {s for s in (_defined(e, others) for e in places) if s is not None}
    if not shorts:
        return ents
    doc = ents[0].doc
    out = [
        Span(doc, e.start, e.end, label="GPE", span_id=span_id)
        if e.text in shorts and e.label_ in _RELABELLABLE and not e.kb_id_
        else e
        for e in ents
    ]
    taken = {i for e in ents for i in range(e.start, e.end)}
    out.extend(
        Span(doc, t.i, t.i + 1, label="GPE", span_id=span_id)
        for t in doc
        if t.text in shorts and t.i not in taken
    )
    return sorted(out, key=lambda e: e.start)
