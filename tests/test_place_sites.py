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
        # a town the model read as a people before a plant's noun: the plant, by its town
        (["Crews", "repaired", "the", "Haditha", "power", "plant", "."], [(3, 4, "NORP")],
         [("Haditha power plant", "LOC")]),
        # ... but a company's name before one is no site, nor a nationality
        (["Workers", "left", "the", "Exxon", "gas", "plant", "."], [(3, 4, "ORG")],
         [("Exxon", "ORG")]),
        (["Guards", "closed", "the", "Yemeni", "oil", "terminal", "."], [(3, 4, "NORP")],
         [("Yemeni", "NORP")]),
        # a shrine or a mosque named after a saint the model read as a person
        (["Militants", "destroyed", "the", "Nabi", "Qurdan", "shrine", "."], [(3, 5, "PERSON")],
         [("Nabi Qurdan shrine", "LOC")]),
        # a mountain read as a person: no one's name opens with "Mount"
        (["Jets", "bombed", "Mount", "Qandil", "at", "dawn", "."], [(2, 4, "PERSON")],
         [("Mount Qandil", "LOC")]),
        # landforms and waters named after a place: plains read as a law, marshes untagged
        (["Herders", "crossed", "the", "Zorbanek", "Plains", "at", "dawn", "."],
         [(3, 5, "LAW")], [("Zorbanek Plains", "LOC")]),
        (["Fishermen", "worked", "the", "Qurnayat", "marshes", "."], [],
         [("Qurnayat marshes", "LOC")]),
        # a forest or a park only with a word that makes it one ("National", "State") ...
        (["Hikers", "camped", "in", "the", "Zorbanek", "National", "Forest", "."],
         [(3, 7, "ORG")], [("Zorbanek National Forest", "LOC")]),
        (["Nottingham", "Forest", "won", "."], [(0, 2, "ORG")],
         [("Nottingham Forest", "ORG")]),
        # ... a capitalised noun going on into a longer name is a word of that name ...
        (["Veterans", "of", "Operation", "Desert", "Storm", "met", "."], [], []),
        # ... and camps after a person's name are factions
        (["Aides", "in", "the", "Zorbanek", "camps", "spoke", "."], [(3, 4, "PERSON")],
         [("Zorbanek", "PERSON")]),
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


def test_a_desert_is_placed_by_its_region_a_river_never_by_a_namesake_town(gazetteer):
    resolver = PlaceResolverComponent(ToponymResolver(gazetteer))
    doc = entity_doc(["Jets", "struck", "in", "the", "Anbar", "desert", "."], [(4, 6, "LOC")])
    (desert,) = resolver(doc)._.places
    assert desert.country == "IQ" and desert.lat is not None
    # a river or a creek runs far from the town of its name: no point at all
    doc = entity_doc(["Boats", "sank", "in", "the", "Harlan", "creek", "."], [(4, 6, "LOC")])
    (creek,) = resolver(doc)._.places
    assert creek.lat is None


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


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an airfield read as a man's name: the airfield, and its town no surname
        (["Jets", "flew", "from", "Kayara", "Airfield", "."], [(3, 5, "PERSON")],
         [("Kayara Airfield", "LOC")]),
        # "air base" read as an organisation: the base
        (["Drones", "hit", "the", "Ain", "Zalah", "Air", "Base", "."], [(3, 7, "ORG")],
         [("Ain Zalah Air Base", "LOC")]),
        # a station only with a modifier: a train station is a site ...
        (["Riders", "reached", "Khanpur", "train", "station", "."], [(2, 3, "PRODUCT")],
         [("Khanpur train station", "LOC")]),
        # ... a bare base or station is a following or a broadcaster
        (["The", "Zephyr", "base", "loves", "him", "."], [(1, 2, "ORG")], [("Zephyr", "ORG")]),
        (["He", "joined", "the", "Corvex", "station", "."], [(3, 4, "ORG")],
         [("Corvex", "ORG")]),
        # a port, a reef, a desert and a refinery after their names
        (["Ships", "docked", "at", "the", "Tanjong", "Pelepas", "port", "."], [],
         [("Tanjong Pelepas port", "LOC")]),
        (["Boats", "circled", "Marvel", "reef", "."], [(2, 3, "ORG")],
         [("Marvel reef", "LOC")]),
        (["Drones", "struck", "near", "the", "Tanf", "garrison", "."], [],
         [("Tanf garrison", "LOC")]),
        # "Camp <name>", whatever the model made of it
        (["Soldiers", "left", "Camp", "Taji", "at", "dawn", "."], [(2, 4, "FAC")],
         [("Camp Taji", "LOC")]),
        (["Recruits", "trained", "at", "Camp", "Marlow", "."], [(3, 5, "ORG")],
         [("Camp Marlow", "LOC")]),
        # ... not a pact named after one, nor a camp that closes another name
        (["They", "praised", "the", "Camp", "Dorval", "Accords", "."], [(2, 6, "LAW")],
         [("the Camp Dorval Accords", "LAW")]),
        (["The", "Hollis", "Camp", "Fund", "paid", "."], [(1, 4, "ORG")],
         [("Hollis Camp Fund", "ORG")]),
    ],
)  # fmt: skip
def test_airfields_bases_stations_ports_and_camps_named_first(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


def test_a_camp_named_first_resolves_by_its_town(gazetteer):
    resolver = PlaceResolverComponent(ToponymResolver(gazetteer))
    doc = entity_doc(
        ["Soldiers", "left", "Camp", "Taji", "near", "Baghdad", "."],
        [(2, 4, "LOC"), (5, 6, "GPE")],
    )
    camp, _ = resolver(doc)._.places
    assert camp.text == "Camp Taji" and camp.country == "IQ"


def test_a_facility_is_never_placed_by_a_word_cut_out_of_its_longer_name(gazetteer):
    resolver = PlaceResolverComponent(ToponymResolver(gazetteer))
    # "Angel" is a town somewhere, but "Island Immigration" stands between it and the noun
    doc = entity_doc(
        ["at", "the", "Angel", "Island", "Immigration", "Station", "."], [(1, 6, "FAC")]
    )
    assert [p.lat for p in resolver(doc)._.places if p.role == "location"] in ([], [None])
    # a modifier between the town and the noun is fine: "Bagram Air Base"
    doc = entity_doc(["at", "Bagram", "Air", "Base", "."], [(1, 4, "LOC")])
    (base,) = resolver(doc)._.places
    assert base.country == "AF"


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # "the <name> neighbourhood" read as a facility: the noun says it is a place
        (["Troops", "cleared", "the", "Hay", "al", "-", "Zahra", "neighbourhood", "."],
         [(2, 7, "FAC")], [("the Hay al - Zahra", "GPE")]),
        (["Shops", "reopened", "in", "the", "Qadisiya", "neighborhood", "."], [(4, 5, "ORG")],
         [("Qadisiya", "GPE")]),
        # a people's word is no neighbourhood's name
        (["The", "Christian", "neighbourhood", "was", "quiet", "."], [(1, 2, "NORP")],
         [("Christian", "NORP")]),
    ],
)  # fmt: skip
def test_a_name_before_a_neighbourhood_is_a_place(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an Arabic landform's or village's word opens the name, as "Mount" does
        (["Rebels", "took", "Jabal", "Qurdan", "."], [(2, 4, "PERSON")],
         [("Jabal Qurdan", "LOC")]),
        # "Nahr" (river) opens the names of rivers and of the camps and towns on them
        (["Fighting", "spread", "to", "Nahr", "al", "-", "Qurdan", "."], [(3, 7, "PERSON")],
         [("Nahr al - Qurdan", "LOC")]),
        (["Troops", "reached", "Wadi", "Hurban", "at", "dawn", "."], [],
         [("Wadi Hurban", "GPE")]),
        (["Shells", "hit", "Kafr", "Hurban", "."], [(2, 4, "ORG")], [("Kafr Hurban", "LOC")]),
        # ... but not a body's name opening with a place, nor a given name
        (["the", "Deir", "Hurban", "Military", "Council", "said", "."], [(1, 5, "ORG")],
         [("Deir Hurban Military Council", "ORG")]),
        (["Tal", "Becker", "said", "so", "."], [(0, 2, "PERSON")], [("Tal Becker", "PERSON")]),
    ],
)  # fmt: skip
def test_a_name_opening_with_an_arabic_place_word_is_a_place(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected
