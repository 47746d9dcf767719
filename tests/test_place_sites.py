"""Camps, crossings, dams and mountains named after a place: the model tags the name as an
organisation or a person, or nothing at all, and the site is missed (issue 21). Our own
sentences, hand-built Docs so a model upgrade cannot change what is tested."""

from __future__ import annotations

import pytest

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import ToponymResolver
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the name read as an organisation, the noun left out
        (["The", "Kajaki", "dam", "in", "Helmand", "supplies", "power", "."],
         [(1, 2, "ORG"), (4, 5, "GPE")], [("Kajaki dam", "LOC"), ("Helmand", "GPE")]),
        # nothing tagged at all
        (["They", "retreated", "to", "the", "Hamrin", "mountains", "."], [],
         [("Hamrin mountains", "LOC")]),
        # a facility without its noun, "the" and all
        (["Trucks", "waited", "at", "the", "Bab", "al", "-", "Hawa", "crossing", "."],
         [(3, 8, "FAC")], [("Bab al - Hawa crossing", "LOC")]),
        # "refugee" between the name and "camp": a camp, gazetteer or not
        (["Families", "reached", "the", "Qurnayat", "refugee", "camp", "."], [(3, 4, "ORG")],
         [("Qurnayat refugee camp", "LOC")]),
        # a bare "camp" after a name the gazetteer holds
        (["Aid", "reached", "the", "Khanaqin", "camp", "on", "Monday", "."], [],
         [("Khanaqin camp", "LOC")]),
        # ... but a bare "camp" after a name it lacks is a faction
        (["Aides", "in", "the", "Qurnayat", "camp", "spoke", "."], [(3, 4, "ORG")],
         [("Qurnayat", "ORG")]),
        (["The", "Fatah", "camp", "disagreed", "."], [(1, 2, "ORG")], [("Fatah", "ORG")]),
        # a nationality names no site, and a place stays the place
        (["Trucks", "waited", "at", "the", "Syrian", "border", "crossing", "."],
         [(4, 5, "NORP")], [("Syrian", "NORP")]),
        (["Engineers", "inspected", "the", "Mosul", "dam", "."], [(3, 4, "GPE")],
         [("Mosul", "GPE")]),
        # a mountain read as a person: no one's name opens with "Mount"
        (["Jets", "bombed", "Mount", "Qandil", "at", "dawn", "."], [(2, 4, "PERSON")],
         [("Mount Qandil", "LOC")]),
    ],
)  # fmt: skip
def test_sites_named_after_a_place(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


def test_a_site_resolves_by_its_town_never_by_a_word_cut_out_of_its_name(gazetteer):
    resolver = PlaceResolverComponent(ToponymResolver(gazetteer))
    doc = entity_doc(["The", "Kajaki", "dam", "in", "Helmand", "."], [(1, 3, "LOC")])
    (kajaki,) = resolver(doc)._.places
    assert kajaki.country == "AF"
    # "Bab al-Hawa crossing": not the town Al Bab, some 60 km away
    doc = entity_doc(["the", "Bab", "al", "-", "Hawa", "crossing", "."], [(1, 6, "LOC")])
    (crossing,) = resolver(doc)._.places
    assert crossing.text == "Bab al - Hawa crossing" and crossing.lat is None


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a route's two ends read as one title
        (["They", "walked", "from", "Aleppo", "to", "Azaz", "."], [(3, 6, "WORK_OF_ART")],
         [("Aleppo", "GPE"), ("Azaz", "GPE")]),
        # ... but not without "from", nor when one end is no place
        (["She", "read", "Aleppo", "to", "Azaz", "."], [(2, 5, "WORK_OF_ART")],
         [("Aleppo to Azaz", "WORK_OF_ART")]),
        (["They", "came", "from", "Aleppo", "to", "Zorbanekistan", "."],
         [(3, 6, "WORK_OF_ART")], [("Aleppo to Zorbanekistan", "WORK_OF_ART")]),
    ],
)  # fmt: skip
def test_a_route_read_as_one_name_is_its_two_ends(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected
