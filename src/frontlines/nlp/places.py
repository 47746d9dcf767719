"""Fix place names the statistical NER mislabels or misses.

The small English model reads unfamiliar Arabic place names as people or
organisations ("the town of Tal Afar" -> PERSON). A mention is relabelled as
a place when two independent signals agree: the gazetteer knows the name
(in any transliteration), and the context reads as a place (a locative
preposition, "town of", ", Syria", or the same name used as a place
elsewhere in the article). Place names the model missed after "<town|
village|province...> of" and in datelines left in the text ("CHARLESTON,
W.Va. --") are added. The other way round, a lone name that is part of a
person's full name in the same article ("Hartmann" after "Bill Hartmann") is
a person, not a place: one sense per document.

Sets: ``Doc.ents`` (changed spans carry ``id_`` = component name).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from frontlines.nlp.resources import GAZETTEER_CONFIG, UsesGazetteer
from frontlines.resolve.place import normalise_place_name
from frontlines.resolve.place.names import never_a_place
from frontlines.vocab.words import words

__all__ = [
    "DATELINE_IN_TEXT",
    "LOCATIVE",
    "LOCATIVE_HEADS",
    "MAX_NAME_TOKENS",
    "PLACE_LABELS",
    "PLACE_NOUNS",
    "PLACE_SUFFIX_NOUNS",
    "PlaceNamePass",
    "RELABELLABLE",
    "VERSION",
    "make_place_name_pass",
    "person_name_parts",
]

VERSION = "0.2.0"

PLACE_NOUNS = words("place", "place_nouns")
LOCATIVE = words("place", "locative")
#: Prepositions that put what follows them somewhere: enough context, with the
#: gazetteer, for a name the model left untagged ("near Al Huwayjah").
LOCATIVE_HEADS = frozenset({"near", "in", "at", "outside", "around", "inside"})
PLACE_SUFFIX_NOUNS = words("place", "place_suffix_nouns")
RELABELLABLE = frozenset({"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
MAX_NAME_TOKENS = 4
#: A dateline left in the text: "MANSFIELD -- ", "CHARLESTON, W.Va. -- ", "WINONA (AP) - ".
#: The model rarely tags capitalised place names; the dash after them is the signal.
DATELINE_IN_TEXT = re.compile(
    r"(?:^|(?<=\s))(?P<place>[A-Z][A-Z'’.]{2,}(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?))?"
    r"\s*(?:\([A-Za-z][A-Za-z /-]{1,30}\)\s*)?(?:--|[\u2013\u2014-])\s"
)


class PlaceNamePass(UsesGazetteer):
    name = "frontlines_places"
    version = VERSION

    def __call__(self, doc: Doc) -> Doc:
        people = person_name_parts(doc)
        known_places = {
            normalise_place_name(e.text)
            for e in doc.ents
            if e.label_ in PLACE_LABELS and not self._is_person(e, people)
        }
        ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and not ent.kb_id_ and self._is_person(ent, people):
                ents.append(Span(doc, ent.start, ent.end, label="PERSON", span_id=self.name))
            elif (
                ent.label_ in RELABELLABLE
                and not ent.kb_id_
                and not self._is_person(ent, people)
                and not never_a_place(ent.text)
                and self._is_place(ent, known_places)
            ):
                ents.append(Span(doc, ent.start, ent.end, label="GPE", span_id=self.name))
            else:
                ents.append(ent)
        datelines = self._datelines(doc)
        dated = {i for span in datelines for i in range(span.start, span.end)}
        ents = [e for e in ents if not dated.intersection(range(e.start, e.end))] + datelines
        taken = {i for e in ents for i in range(e.start, e.end)}
        for span in self._after_place_nouns(doc):
            clear = not taken.intersection(range(span.start, span.end))
            if clear and self.gazetteer.is_place_name(span.text):
                ents.append(span)
                taken.update(range(span.start, span.end))
        ents.extend(self._after_locatives(doc, taken))
        doc.ents = filter_spans(ents)
        return doc

    def _is_person(self, ent: Span, people: frozenset[str]) -> bool:
        """A lone name that is part of a person's full name in this article ("Hartmann" after
        "Bill Hartmann"): one sense per document, unless it names a country or a state."""
        if len(ent) != 1 or ent.text not in people:
            return False
        return not any(c.place.admin_level in {0, 1} for c in self.gazetteer.candidates(ent.text))

    def _is_place(self, ent: Span, known_places: set[str]) -> bool:
        """One sense per document, an explicit place noun, or context plus gazetteer.

        A dictionary actor (``kb_id_`` set) never gets here.
        """
        if normalise_place_name(ent.text) in known_places:
            return True
        if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in PLACE_SUFFIX_NOUNS:
            return True  # "Nineveh province", "Anbar governorate"
        return self._place_context(ent) and self.gazetteer.is_place_name(ent.text)

    @staticmethod
    def _place_context(ent: Span) -> bool:
        doc = ent.doc
        i = ent.start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i >= 0 and doc[i].lower_ in LOCATIVE:
            if doc[i].lower_ not in {"of", "and"}:
                return True
            # "of"/"and" only count after a place noun or next to another place
            j = i - 1
            return j >= 0 and (doc[j].lower_ in PLACE_NOUNS or doc[j].ent_type_ in PLACE_LABELS)
        after = ent.end
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "GPE":
            return True
        return after < len(doc) and doc[after].lower_ in PLACE_NOUNS

    def _datelines(self, doc: Doc) -> list[Span]:
        """The place (and region) of each dateline the gazetteer knows."""
        spans = []
        for match in DATELINE_IN_TEXT.finditer(doc.text):
            for group in ("place", "region"):
                if match.group(group) is None or not self.gazetteer.is_place_name(
                    match.group(group)
                ):
                    break
                span = doc.char_span(*match.span(group), label="GPE", alignment_mode="expand")
                if span is not None:
                    spans.append(Span(doc, span.start, span.end, label="GPE", span_id=self.name))
        return spans

    def _after_place_nouns(self, doc: Doc) -> list[Span]:
        spans = []
        for token in doc[1:]:
            if token.lower_ != "of" or doc[token.i - 1].lower_ not in PLACE_NOUNS:
                continue
            start = token.i + 1
            end = start
            while (
                end < len(doc)
                and end - start < MAX_NAME_TOKENS
                and (
                    doc[end].is_title
                    or doc[end].text in {"-", "'"}
                    or doc[end].lower_ in {"al", "el"}
                )
            ):
                end += 1
            if end > start and doc[end - 1].is_title:
                spans.append(Span(doc, start, end, label="GPE", span_id=self.name))
        return spans


    def _after_locatives(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Names the model left untagged right after a locative preposition that the
        gazetteer knows ("Near Al Huwayjah, one strike ..."): the preposition is the
        context, the gazetteer the second signal, and the whole run of capitalised
        words must be known ("Dayr Az Zawr", never "Dayr" out of a misspelt name)."""
        spans = []
        for token in doc[:-1]:
            if token.lower_ not in LOCATIVE_HEADS or token.i + 1 in taken:
                continue
            start = end = token.i + 1
            while (end < len(doc) and end - start < MAX_NAME_TOKENS and end not in taken
                   and doc[end].is_title and doc[end].pos_ == "PROPN"):  # fmt: skip
                end += 1
            span = Span(doc, start, end, label="GPE", span_id=self.name)
            if end > start and not never_a_place(span.text) and self.gazetteer.is_place_name(
                span.text
            ):  # the whole name or nothing: "Dayr" alone is a town in Indiana
                spans.append(span)
                taken.update(range(start, end))
        return spans


def person_name_parts(doc: Doc) -> frozenset[str]:
    """The words of the article's full personal names ("Jason Terrell Jones")."""
    return frozenset(
        token.text
        for ent in doc.ents
        if ent.label_ == "PERSON" and len(ent) > 1
        for token in ent
        if token.is_title and len(token) > 2
    )


@Language.factory("frontlines_places", default_config=GAZETTEER_CONFIG)
def make_place_name_pass(nlp: Language, name: str, gazetteer_path: str) -> PlaceNamePass:
    return PlaceNamePass(gazetteer_path=gazetteer_path)
