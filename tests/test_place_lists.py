"""A list shares its first name's role: "captured Tell Abyad and Ain Issa" makes both
places, a village no gazetteer holds included. Our own sentences, hand-built parsed Docs
so a model upgrade cannot change what is tested."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from frontlines.nlp.place_cues import place_context, reads_as_village
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


_LEMMAS = {"captured": "capture", "met": "meet"}


def _parsed(verb: str) -> Doc:
    """ "Rebels <verb> Tell Abyad and Zorbanek ." with its parse: Zorbanek (no town of
    that name exists) is a conjunct of the verb's object."""
    words = ["Rebels", verb, "Tell", "Abyad", "and", "Zorbanek", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 3, 1],
        deps=["nsubj", "ROOT", "compound", "dobj", "cc", "conj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT"],
        lemmas=["rebel", _LEMMAS[verb], "Tell", "Abyad", "and", "Zorbanek", "."],
    )
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 6, label="PERSON")]
    return doc


def test_a_conjunct_takes_the_role_of_the_lists_first_name():
    doc = _parsed("captured")
    assert place_context(doc, 5, 6) and reads_as_village(doc, 5, 6)
    assert not place_context(_parsed("met"), 5, 6)


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("captured", [("Tell Abyad", "GPE"), ("Zorbanek", "GPE")]),
        # no verb that only a place takes: the people stay people
        ("met", [("Tell Abyad", "PERSON"), ("Zorbanek", "PERSON")]),
    ],
)
def test_a_village_listed_with_a_place_the_list_governs(gazetteer, verb, expected):
    doc = PlaceNamePass(gazetteer)(_parsed(verb))
    assert [(e.text, e.label_) for e in doc.ents] == expected
