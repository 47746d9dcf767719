"""Town names the model typed as a date or a language (``nlp/place_mistyped.py``): places
in a locative slot when the gazetteer holds them, never a calendar's word nor a language.
Our own sentences, hand-built Docs so a model upgrade cannot change what is tested."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import ToponymResolver
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a town typed as a date or a language, after a locative or before a place noun
        (["she", "was", "raised", "in", "Tucson", "."], [(4, 5, "DATE")], [("Tucson", "GPE")]),
        (["shells", "fell", "on", "homes", "in", "Homs", "."], [(5, 6, "LANGUAGE")],
         [("Homs", "GPE")]),
        (["troops", "moved", "toward", "Ramadi", "at", "dawn"], [(3, 4, "DATE")],
         [("Ramadi", "GPE")]),
        (["clashes", "in", "the", "Tucson", "district", "went", "on"], [(3, 4, "DATE")],
         [("Tucson", "GPE")]),
        # ... a name the story uses as a place elsewhere needs no slot of its own
        (["Homs", "was", "quiet", ".", "Homs", "residents", "left"],
         [(0, 1, "GPE"), (4, 5, "LANGUAGE")], [("Homs", "GPE"), ("Homs", "GPE")]),
        # a calendar's word is a date, whatever town goes by it
        (["talks", "resumed", "in", "March", "."], [(3, 4, "DATE")], [("March", "DATE")]),
        (["the", "truce", "held", "through", "Ramadan", "."], [(4, 5, "DATE")],
         [("Ramadan", "DATE")]),
        (["shops", "close", "on", "Sunday", "."], [(3, 4, "DATE")], [("Sunday", "DATE")]),
        (["they", "met", "in", "Spring", "."], [(3, 4, "DATE")], [("Spring", "DATE")]),
        # an era takes an article; a date with a number is a date
        (["life", "in", "the", "Tucson", "was", "hard"], [(3, 4, "DATE")],
         [("Tucson", "DATE")]),
        (["it", "ended", "in", "1990", "."], [(3, 4, "DATE")], [("1990", "DATE")]),
        # a language is no place, though a village goes by its name; a big town's is one
        (["the", "text", "was", "in", "English", "."], [(4, 5, "LANGUAGE")],
         [("English", "LANGUAGE")]),
        # no slot, no place
        (["Tucson", "was", "the", "word", "."], [(0, 1, "DATE")], [("Tucson", "DATE")]),
    ],
)  # fmt: skip
def test_town_names_typed_as_dates_or_languages(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a misread "name" holding a town's word does not make the town a person where the
        # model reads it as a town in a place's slot
        (["Sam", "Houston", "State", "University", "opened", ".", "Rain", "fell", "in",
          "Houston", "."], [(0, 4, "PERSON"), (9, 10, "GPE")],
         [("Sam Houston State University", "PERSON"), ("Houston", "GPE")]),
        (["Bill", "Houston", "spoke", ".", "Clashes", "broke", "out", "near", "Houston", "."],
         [(0, 2, "PERSON"), (8, 9, "GPE")], [("Bill Houston", "PERSON"), ("Houston", "GPE")]),
        # ... not without the slot, nor after "to", which a person's name takes too
        (["Bill", "Houston", "spoke", ".", "Houston", "said", "no", "."],
         [(0, 2, "PERSON"), (4, 5, "GPE")], [("Bill Houston", "PERSON"), ("Houston", "PERSON")]),
        (["Bill", "Houston", "spoke", ".", "a", "letter", "to", "Houston", "."],
         [(0, 2, "PERSON"), (7, 8, "GPE")], [("Bill Houston", "PERSON"), ("Houston", "PERSON")]),
        # ... nor before a possessive, as a person's name takes "in" there
        (
            ["Bill", "Houston", "spoke", ".", "a", "clause", "in", "Houston", "'s", "bill"],
            [(0, 2, "PERSON"), (7, 8, "GPE")],
            [("Bill Houston", "PERSON"), ("Houston", "PERSON")],
        ),
        # ... nor a name the story gives a title
        (["Senator", "Houston", "spoke", ".", "Bill", "Houston", "left", ".", "rain", "fell",
          "in", "Houston", "."], [(1, 2, "PERSON"), (4, 6, "PERSON"), (11, 12, "GPE")],
         [("Houston", "PERSON"), ("Bill Houston", "PERSON"), ("Houston", "PERSON")]),
    ],
)  # fmt: skip
def test_a_towns_own_reading_outweighs_a_misread_name(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("HMS Ocean", True),  # a navy's prefix opens a ship's name
        ("USS Arizona", True),
        ("USS\tArizona", True),  # any blank after the prefix (review re3dloc24, 4)
        ("USS\u00a0Arizona", True),
        ("the USS Carl Vinson", True),
        ("HMS", False),  # the prefix alone: not a ship's name (never_a_place's other rules)
        ("Ocean City", False),
        ("Arizona", False),
    ],
)
def test_a_ships_name_is_never_a_place(name, expected):
    from frontlines.resolve.place.names import never_a_place

    assert never_a_place(name) is expected


def test_a_ship_the_model_read_as_a_place_gives_no_place(gazetteer):
    words = ["the", "ships", "HMS", "Ocean", "and", "USS", "Arizona", "reached", "Bahrain"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(2, 4, "FAC"), (5, 7, "GPE"), (8, 9, "GPE")]))
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [p.text for p in places] == ["Bahrain"]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a real person's surname in "in"/"into" stays the person's, whatever the model read:
        # wire copy names people by surname after the first mention (review re3dloc24, 1)
        (["Guard", "Kyrie", "Irving", "signed", ".", "Dallas", "invested", "heavily", "in",
          "Irving", "."], [(1, 3, "PERSON"), (5, 6, "GPE"), (9, 10, "GPE")],
         [("Kyrie Irving", "PERSON"), ("Dallas", "GPE"), ("Irving", "PERSON")]),
        (["Elizabeth", "Warren", "spoke", ".", "Donors", "lost", "faith", "in", "Warren", "."],
         [(0, 2, "PERSON"), (8, 9, "GPE")],
         [("Elizabeth Warren", "PERSON"), ("Warren", "PERSON")]),
        (["George", "Santos", "was", "charged", ".", "The", "inquiry", "into", "Santos",
          "ended", "."], [(0, 2, "PERSON"), (8, 9, "GPE")],
         [("George Santos", "PERSON"), ("Santos", "PERSON")]),
        (["Lindsey", "Graham", "spoke", ".", "Voters", "lost", "trust", "in", "Graham", "."],
         [(0, 2, "PERSON"), (8, 9, "GPE")],
         [("Lindsey Graham", "PERSON"), ("Graham", "PERSON")]),
        # ... while a physical slot is a town's even then
        (["Ken", "Paxton", "won", ".", "Tornadoes", "touched", "down", "outside", "Paxton",
          "."], [(0, 2, "PERSON"), (8, 9, "GPE")],
         [("Ken Paxton", "PERSON"), ("Paxton", "GPE")]),
        # a misread institution holding the word yields to the town in an "in" slot
        (["Logan", "Elementary", "closed", ".", "Snow", "fell", "in", "Logan", "."],
         [(0, 2, "PERSON"), (7, 8, "GPE")], [("Logan Elementary", "PERSON"), ("Logan", "GPE")]),
        # ... unless a real person holds it too
        (["Logan", "Elementary", "closed", ".", "Joe", "Logan", "spoke", ".", "Snow", "fell",
          "in", "Logan", "."], [(0, 2, "PERSON"), (4, 6, "PERSON"), (11, 12, "GPE")],
         [("Logan Elementary", "PERSON"), ("Joe Logan", "PERSON"), ("Logan", "PERSON")]),
    ],
)  # fmt: skip
def test_a_surname_in_a_persons_slot_stays_the_person(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


def test_trust_in_a_name_is_no_town_even_beside_a_misread_institution(gazetteer):
    """ "faith in Logan": a noun of trust governs the "in", so a person's slot, even when
    the only "name" holding the word is a misread school."""
    words = ["Logan", "Elementary", "closed", ".", "Parents", "lost", "faith", "in", "Logan", "."]
    heads = [1, 2, 2, 2, 5, 5, 5, 6, 7, 5]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=["dep"] * len(words))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 8, 9, label="GPE")]
    assert entity_labels(PlaceNamePass(gazetteer)(doc)) == [
        ("Logan Elementary", "PERSON"),
        ("Logan", "PERSON"),
    ]
