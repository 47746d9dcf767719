"""Lists with a serial comma ("A, B, and C") vouch for their last item as plain lists do,
and a name grown whole first ("Rio Grande" of "Rio Grande do Sul") vouches for its
neighbours (issue 21). A comma and "and" joining two clauses joins no list. Our own
sentences, hand-built Docs."""

from __future__ import annotations

from frontlines.nlp.places import PlaceNamePass
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


def _labels(gazetteer, words, ents):
    return entity_labels(PlaceNamePass(gazetteer)(entity_doc(words, ents)))


def test_the_last_item_after_a_serial_comma_is_a_place(gazetteer):
    words = ["fighters", "held", "Jarablus", ",", "Manbij", ",", "and", "Raqqa", "then"]
    got = _labels(gazetteer, words, [(2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "PERSON")])
    assert got == [("Jarablus", "GPE"), ("Manbij", "GPE"), ("Raqqa", "GPE")]


def test_an_item_before_a_serial_comma_and_a_place_is_a_place(gazetteer):
    words = ["fighters", "held", "Jarablus", ",", "Manbij", ",", "and", "Raqqa", "then"]
    got = _labels(gazetteer, words, [(2, 3, "GPE"), (4, 5, "ORG"), (7, 8, "GPE")])
    assert got == [("Jarablus", "GPE"), ("Manbij", "GPE"), ("Raqqa", "GPE")]


def test_a_comma_and_joining_two_clauses_is_no_list(gazetteer):
    words = ["talks", "were", "held", "in", "Paris", ",", "and", "Lincoln", "said", "no"]
    got = _labels(gazetteer, words, [(4, 5, "GPE"), (7, 8, "ORG")])
    assert got == [("Paris", "GPE"), ("Lincoln", "ORG")]


def test_people_after_a_serial_comma_stay_people(gazetteer):
    words = ["he", "thanked", "Smith", ",", "Jones", ",", "and", "Brown", "in", "Texas"]
    ents = [(2, 3, "PERSON"), (4, 5, "PERSON"), (7, 8, "PERSON"), (9, 10, "GPE")]
    got = _labels(gazetteer, words, ents)
    assert got == [("Smith", "PERSON"), ("Jones", "PERSON"), ("Brown", "PERSON"),
                   ("Texas", "GPE")]  # fmt: skip


def test_a_name_grown_over_its_particle_vouches_for_the_list(gazetteer):
    words = ["cases", "in", "Rio", "Grande", "do", "Sul", ",", "Tocantins", ",", "and",
             "Minas", "Gerais", "rose"]  # fmt: skip
    got = _labels(gazetteer, words, [(2, 4, "GPE"), (10, 12, "PERSON")])
    assert got == [("Rio Grande do Sul", "GPE"), ("Tocantins", "GPE"), ("Minas Gerais", "GPE")]


def test_a_subject_after_an_address_and_a_comma_and_stays_a_person(nlp):
    # the comma before the state passes for a list's: "Jackson" opens a clause of its own
    doc = nlp("She was born in Tulsa, Oklahoma, and Jackson moved to Chicago in 1990.")
    got = [(e.text, e.label_) for e in doc.ents]
    assert ("Jackson", "GPE") not in got and "Jackson" not in [p.text for p in doc._.places]
    assert [p.text for p in doc._.places] == ["Tulsa", "Oklahoma", "Chicago"]


def test_a_subject_after_a_serial_comma_joins_no_list(gazetteer):
    words = ["stops", "in", "Denver", ",", "Miami", ",", "and", "Austin", "said", "no"]
    doc = entity_doc(words, [(2, 3, "GPE"), (4, 5, "GPE"), (7, 8, "PERSON")])
    doc[7].dep_ = "nsubj"
    got = entity_labels(PlaceNamePass(gazetteer)(doc))
    assert ("Austin", "PERSON") in got
