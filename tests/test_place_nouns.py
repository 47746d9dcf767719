"""Names a place noun introduces beyond "the village of X" (issue 21, `nlp/place_nouns.py`):
lists after a plural place noun, a noun set right before a name, "a town called X", "the
state of X"; and a person's "full name" holding a place noun is none. Sentences written for
the test; the list villages are invented names."""

from __future__ import annotations

import pytest

from frontlines.nlp.place_nouns import names_of_place_nouns
from frontlines.nlp.place_senses import person_name_parts
from frontlines.nlp.places import PlaceNamePass
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels, location_texts


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a plural sub-national noun vouches for every item, gazetteer or not
        (
            "Shelling hit the villages of Umm Tarfa, Kafr Zulaym and Barqash overnight.",
            ["Umm Tarfa", "Kafr Zulaym", "Barqash"],
        ),
        (
            "The fever has spread to three districts: Lomanga, Tshikobo and Mwenda.",
            ["Lomanga", "Tshikobo", "Mwenda"],
        ),
        (
            "Gunmen raided several towns, including Bir Hasiba and Ain Qurran, on Sunday.",
            ["Bir Hasiba", "Ain Qurran"],
        ),
        # a particle hyphen-joined inside an item keeps the list going
        (
            "Water ran out in the neighbourhoods of Tell al-Ward, Jurat and Hadiqa.",
            ["Tell al-Ward", "Jurat", "Hadiqa"],
        ),
        # a broader noun needs the gazetteer: Idlib and Hama, not the nationality after
        ("Clashes spread across the provinces of Idlib and Hama, Turkish officials said.",
         ["Idlib", "Hama"]),
        # a noun set before a name the gazetteer holds, "the state of", "called"
        ("The delegation flew on to the Afghan capital Kabul on Monday.", ["Kabul"]),
        ("The strain was first found in the South African region Gauteng.", ["Gauteng"]),
        ("A device failed to go off in a market in the state of Hesse.", ["Hesse"]),
        ("They settled in a hamlet called Dar Suwayda near the river.", ["Dar Suwayda"]),
    ],
)
def test_names_a_place_noun_introduces_are_places(nlp, text, places):
    found = location_texts(nlp(text))
    assert all(p in found for p in places), found


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke in the city Monday about the new budget.",
        "He was born in the town Frank Rollins later bought.",
        "The member states of the alliance met in the spring.",
    ],
)
def test_a_noun_before_a_day_a_person_or_no_name_makes_no_place(nlp, text):
    assert location_texts(nlp(text)) == []


def test_a_list_ends_where_no_separator_or_conjunction_carries_it_on(nlp):
    doc = nlp("Aid reached the villages of Tarbin and Sadiya, Kurdish officials said.")
    assert [n.span.text for n in names_of_place_nouns(doc)] == ["Tarbin", "Sadiya"]
    assert all(n.vouched for n in names_of_place_nouns(doc))


def test_a_full_name_holding_a_place_noun_is_no_person_s(gazetteer):
    # "Village Kodok" read as a person must not make every "Kodok" a man's name
    words = ["Staff", "of", "Hope", "Village", "Kodok", "left", ".", "Flights", "into",
             "Kodok", "resumed", "."]  # fmt: skip
    ents = [(3, 5, "PERSON"), (9, 10, "PERSON")]
    assert "Kodok" not in person_name_parts(entity_doc(words, ents))
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert ("Kodok", "GPE") in entity_labels(doc)
    # a real full name still makes its surname a person's
    words = ["Karim", "Kodok", "spoke", ".", "Later", ",", "Kodok", "left", "."]
    assert "Kodok" in person_name_parts(entity_doc(words, [(0, 2, "PERSON"), (6, 7, "PERSON")]))


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a country's name of several words read as a person: the country
        (["Sri", "Lanka", "'s", "president", "flew", "home", "."], [(0, 3, "PERSON")],
         [("Sri Lanka 's", "GPE")]),
        (["Tunisia", "was", "among", "the", "first", "to", "sign", "."], [(0, 1, "PERSON")],
         [("Tunisia", "GPE")]),
        # ... but a country's name that is a given name too stays the person
        (["Jordan", "would", "fight", "the", "plan", "."], [(0, 1, "PERSON")],
         [("Jordan", "PERSON")]),
        # "the streets of X", "the coast of X": where a place's name stands
        (["Crowds", "filled", "the", "streets", "of", "Benghazi", "."], [(5, 6, "PERSON")],
         [("Benghazi", "GPE")]),
        (["Boats", "left", "the", "coast", "of", "Zuwara", "."], [(5, 6, "ORG")],
         [("Zuwara", "GPE")]),
        # "<place>, including A and B": its parts, each a name the gazetteer holds ...
        (["Avoid", "the", "Bekaa", "Valley", ",", "including", "Baalbek", "and", "Hermel",
          "."], [(1, 4, "LOC"), (6, 7, "PERSON")],
         [("the Bekaa Valley", "LOC"), ("Baalbek", "GPE"), ("Hermel", "GPE")]),
        # ... not names it lacks, nor a list after anything but a place
        (["Avoid", "the", "Bekaa", "Valley", ",", "including", "Zorbanek", "."],
         [(1, 4, "LOC"), (6, 7, "PERSON")],
         [("the Bekaa Valley", "LOC"), ("Zorbanek", "PERSON")]),
        (["The", "panel", ",", "including", "Baalbek", ",", "met", "."], [(4, 5, "PERSON")],
         [("Baalbek", "PERSON")]),
    ],
)  # fmt: skip
def test_countries_read_as_people_and_places_after_their_parts(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected
