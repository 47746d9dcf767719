"""A place's short name defined in brackets after its full name is the place, there and
wherever the text uses it again. Our own sentences, hand-built Docs so a model upgrade
cannot change what is tested."""

from __future__ import annotations

import pytest

from frontlines.nlp.places import PlaceNamePass
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the initials of the place's name, read as an organisation, then left untagged
        (["Fighting", "spread", "in", "the", "Central", "African", "Republic", "(", "CAR",
          ")", "and", "CAR", "towns", "emptied", "."],
         [(3, 7, "GPE"), (8, 9, "ORG")],
         [("the Central African Republic", "GPE"), ("CAR", "GPE"), ("CAR", "GPE")]),
        # a long name the model tagged in two pieces ("<region> of <country>")
        (["Envoys", "toured", "the", "Kurdistan", "Region", "of", "Iraq", "(", "KRI", ")",
          "."],
         [(2, 5, "GPE"), (6, 7, "GPE"), (8, 9, "ORG")],
         [("the Kurdistan Region", "GPE"), ("Iraq", "GPE"), ("KRI", "GPE")]),
        # letters that are not the place's initials define nothing
        (["talks", "in", "Geneva", "(", "UN", ")", "ended", "."],
         [(2, 3, "GPE"), (4, 5, "ORG")],
         [("Geneva", "GPE"), ("UN", "ORG")]),
        (["the", "Islamic", "State", "in", "Iraq", "(", "ISI", ")", "said"],
         [(1, 3, "ORG"), (4, 5, "GPE"), (6, 7, "ORG")],
         [("Islamic State", "ORG"), ("Iraq", "GPE"), ("ISI", "ORG")]),
        # ... nor do a group's, whose name holds a place's
        (["the", "Islamic", "State", "of", "Iraq", "(", "ISI", ")", "said"],
         [(1, 3, "ORG"), (4, 5, "GPE"), (6, 7, "ORG")],
         [("Islamic State", "ORG"), ("Iraq", "GPE"), ("ISI", "ORG")]),
    ],
)  # fmt: skip
def test_an_abbreviation_defined_after_a_place_is_the_place(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected
