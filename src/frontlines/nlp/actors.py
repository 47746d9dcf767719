"""Recognise conflict actors from the dictionary and make them entities.

The statistical NER splits or mislabels actor names ("Islamic" as NORP in
"Islamic State"); a dictionary match is more trustworthy for the names we
maintain, so an actor match replaces any model entity it overlaps, except
that a country named inside a longer organisation name ("United Russia")
leaves that name alone.

Sets: ``Doc.ents`` (actor spans with ``kb_id_`` = actor id, ``id_`` =
component name) and ``Doc.spans["actors"]``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from frontlines.nlp.resources import ACTOR_CONFIG, actors_from_config
from frontlines.vocab.actors import ActorDictionary

__all__ = [
    "ActorRecognizer",
    "NAME_LABELS",
    "VERSION",
    "make_actor_recognizer",
]

VERSION = "0.3.0"
#: Model entity labels whose names may contain a country's name.
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})


class ActorRecognizer:
    name = "frontlines_actors"
    version = VERSION

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self._nlp = nlp
        self.set_dictionary(dictionary)

    def initialize(
        self,
        get_examples: Any = None,
        *,
        nlp: Language | None = None,
        actors: ActorDictionary | None = None,
    ) -> None:
        """spaCy's set-up hook; ``actors`` replaces the dictionary the config named
        (an object built in memory, or the one instance the whole pipeline shares)."""
        if actors is not None:
            self.set_dictionary(actors)

    def set_dictionary(self, dictionary: ActorDictionary) -> None:
        """Swap in another dictionary (the injectable seam for tests and users)."""
        nlp = self._nlp
        self.dictionary = dictionary
        # Single-token aliases match exactly as written ("IS" is not "is");
        # multi-token names match case-insensitively ("Iraqi Army" = "Iraqi army").
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for actor in dictionary.actors:
            single: list[Doc] = []
            multi: list[Doc] = []
            for alias in actor.aliases:
                pattern = nlp.make_doc(alias)
                (single if len(pattern) == 1 else multi).append(pattern)
            if single:
                self._exact.add(actor.id, single)
            if multi:
                self._folded.add(actor.id, multi)

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = _without_leading_prepositions(doc)
        found = []
        for matcher in (self._exact, self._folded):
            for match_id, start, end in matcher(doc):
                actor = self.dictionary.get(doc.vocab.strings[match_id])
                if actor is None:
                    continue
                found.append(
                    Span(doc, start, end, label=actor.label, kb_id=actor.id, span_id=self.name)
                )
        actor_spans = [s for s in filter_spans(found) if not _inside_a_longer_name(s, doc.ents)]
        doc.spans["actors"] = actor_spans
        taken = {i for span in actor_spans for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = filter_spans(actor_spans + kept)
        return doc


#: Prepositions the tagger reads as a name's first word when capitalised ("Near", "Outside").
_LOCATIVE = frozenset({"near", "in", "at", "outside", "around", "inside", "across", "from",
                       "outskirts", "into", "towards", "toward"})  # fmt: skip
#: Model labels that a capitalised "Near X" / "In X" at a sentence start is mistaken for.
_MISREAD_AS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"})


def _without_leading_prepositions(doc: Doc) -> list[Span]:
    """ "Near Palmyra" tagged as one PERSON: the model swallows a sentence-initial
    preposition into the name. The preposition is cut off; what follows a locative
    preposition is a place, so a name misread as a person or group becomes GPE."""
    repaired = []
    for ent in doc.ents:
        first = ent[0]
        preposition = first.tag_ == "IN" or first.pos_ == "ADP" or first.lower_ in _LOCATIVE
        if len(ent) > 1 and first.is_title and preposition:
            label = "GPE" if ent.label_ in _MISREAD_AS else ent.label_
            ent = Span(doc, ent.start + 1, ent.end, label=label, kb_id=ent.kb_id_)
        repaired.append(ent)
    return repaired


def _inside_a_longer_name(span: Span, ents: Sequence[Span]) -> bool:
    """A country inside an organisation's name is the organisation's ("United Russia",
    "the Washington Latin School"): the model's longer entity stands."""
    return span.label_ == "GPE" and any(
        e.label_ in NAME_LABELS
        and e.start <= span.start
        and span.end <= e.end
        and len(e) > len(span)
        for e in ents
    )


@Language.factory("frontlines_actors", default_config=ACTOR_CONFIG)
def make_actor_recognizer(
    nlp: Language, name: str, actor_files: list[str], use_env: bool, include_default: bool
) -> ActorRecognizer:
    return ActorRecognizer(nlp, actors_from_config(actor_files, use_env, include_default))
