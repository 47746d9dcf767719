"""Regions named by a capitalised direction and a place (issue 21): "Northern Mali" read as a
person, "Western Mindanao" as an organisation, "North East" cut before "Texas", a region the
model left untagged, and the same name opening an organisation's. Our own sentences,
hand-built Docs; the must-not-change cases sit beside them."""

from __future__ import annotations

import pytest

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.names import lookup_variants
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


def _places(gazetteer, words, ents):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    doc = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)
    return [(p.text, p.role, p.country, p.feature_code) for p in doc._.places]


def test_a_direction_and_a_country_read_as_a_person_is_the_country(gazetteer):
    words = ["we", "advise", "against", "travel", "to", "Northern", "Mali", "now"]
    places = _places(gazetteer, words, [(5, 7, "PERSON")])
    assert places == [("Northern Mali", "location", "ML", "PCLI")]


def test_a_direction_and_an_island_read_as_an_organisation_is_the_island(gazetteer):
    words = ["troops", "patrol", "in", "Western", "Mindanao", "at", "night"]
    places = _places(gazetteer, words, [(3, 5, "ORG")])
    assert places == [("Western Mindanao", "location", "PH", "ISL")]


def test_an_untagged_direction_and_state_is_the_state_with_its_noun(gazetteer):
    words = ["clashes", "went", "on", "in", "Northern", "Rakhine", "State", "today"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, []))
    assert entity_labels(doc) == [("Northern Rakhine State", "LOC")]
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.country, p.feature_code) for p in places] == [("MM", "ADM1")]


def test_a_place_cut_after_its_directions_runs_on_to_the_state(gazetteer):
    # the model's "The North East" alone would be the Botswanan district
    words = ["The", "North", "East", "Texas", "water", "board", "met", "on", "Monday"]
    places = _places(gazetteer, words, [(0, 3, "LOC")])
    assert places == [("North East Texas", "location", "US", "ADM1")]


def test_a_big_town_after_a_direction_is_the_town(gazetteer):
    words = ["shells", "landed", "in", "East", "Aleppo", "again"]
    places = _places(gazetteer, words, [(3, 5, "ORG")])
    assert places == [("East Aleppo", "location", "SY", "PPL")]


def test_a_person_named_by_a_direction_is_no_region(gazetteer):
    # "North" and "West" are surnames: "Oliver North" stays a person, "North" alone nothing
    words = ["Oliver", "North", "spoke", "and", "North", "left"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(0, 2, "PERSON"), (4, 5, "PERSON")]))
    assert entity_labels(doc) == [("Oliver North", "PERSON"), ("North", "PERSON")]


def test_a_longer_organisation_name_keeps_its_region_embedded(gazetteer):
    words = ["she", "works", "for", "Southern", "California", "Edison", "now"]
    places = _places(gazetteer, words, [(3, 6, "ORG")])
    assert places == [("Southern California", "embedded", "US", "ADM1")]


def test_a_direction_before_a_common_word_names_nothing(gazetteer):
    words = ["the", "Central", "Bank", "raised", "rates"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(0, 3, "ORG")]))
    assert entity_labels(doc) == [("the Central Bank", "ORG")]


def test_a_lowercase_direction_is_left_to_the_model(gazetteer):
    words = ["rebels", "moved", "into", "northern", "Syria"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(4, 5, "GPE")]))
    assert entity_labels(doc) == [("Syria", "GPE")]


def test_a_region_the_model_read_whole_stays_as_it_was(gazetteer):
    words = ["floods", "hit", "Upper", "Nile", "state"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(2, 4, "GPE")]))
    assert entity_labels(doc) == [("Upper Nile", "GPE")]


def test_the_region_makes_no_word_of_a_person_elsewhere(gazetteer):
    words = ["Northern", "Mali", "is", "unsafe", ".", "Mali", "signed", "the", "deal"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(0, 2, "PERSON"), (5, 6, "ORG")]))
    assert entity_labels(doc) == [("Northern Mali", "LOC"), ("Mali", "GPE")]


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("North East Texas", ["North East Texas", "Texas", "East Texas"]),
        ("North-East Nigeria", ["North-East Nigeria", "Nigeria"]),
        ("Northern Rakhine State", ["Northern Rakhine State", "Rakhine State",
                                    "Northern Rakhine", "Rakhine"]),  # fmt: skip
        ("Diyala Province", ["Diyala Province", "Diyala"]),
        ("Middle Eastern", ["Middle Eastern"]),
    ],
)
def test_lookup_variants_drop_directions_and_nouns(name, variants):
    assert lookup_variants(name) == variants


def test_a_direction_after_another_name_word_opens_no_region(gazetteer):
    # inside a longer name ("New South Wales" holds no South Wales): here a made-up hotel's
    words = ["she", "stayed", "at", "Hotel", "North", "London", "today"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, []))
    assert entity_labels(doc) == []  # no "North London", nor "London" alone


def test_a_region_running_on_into_an_untagged_name_is_held_by_an_organisation(gazetteer):
    # made-up bodies: the name goes on after the state's, so the state is embedded in it,
    # and the model's cut "The North East" (a Botswanan district alone) goes
    words = ["The", "North", "East", "Texas", "Water", "Board", "met", "today"]
    assert _places(gazetteer, words, [(0, 3, "LOC")]) == [
        ("North East Texas", "embedded", "US", "ADM1")
    ]
    words = ["members", "of", "West", "Cambridge", "Youth", "Ministries", "sang"]
    assert _places(gazetteer, words, []) == []


def test_a_direction_before_a_word_no_region_bears_names_nothing(gazetteer):
    # ("East End" is a Caymanian district's whole name: no division of two words by that)
    words = ["the", "ward", "(", "East", "End", ")", "voted", "no"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, []))
    assert entity_labels(doc) == []


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        (["Southern", "Miss", "lost", "to", "Troy", "on", "Saturday"], [(0, 2, "ORG")]),
        (["Eastern", "Washington", "beat", "Montana", "at", "home"], [(0, 2, "ORG")]),
        (["fans", "cheered", "as", "Western", "Michigan", "scored"], [(3, 5, "ORG")]),
        (["Eastern", "Washington", "beat", "Montana"], [(0, 1, "ORG"), (1, 2, "GPE")]),
    ],
)
def test_a_team_named_by_a_direction_and_a_state_stays_an_organisation(gazetteer, words, ents):
    # no locative word or place cue before it: a college's team, not the state's part
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    want = [(" ".join(words[s:e]), label) for s, e, label in ents]
    got = entity_labels(doc)
    assert set(want) <= set(got) and all(label != "LOC" for _, label in got), got


def test_an_organisation_direction_and_state_after_a_locative_is_the_region(gazetteer):
    words = ["snow", "fell", "across", "Western", "Michigan", "today"]
    places = _places(gazetteer, words, [(3, 5, "ORG")])
    assert places == [("Western Michigan", "location", "US", "ADM1")]


def test_an_abbreviated_state_is_no_region_a_direction_divides(gazetteer):
    from frontlines.nlp.place_compass import names_region

    assert not names_region(gazetteer, "Miss")  # "Southern Miss": a team's short name
    assert names_region(gazetteer, "Mississippi")


@pytest.mark.parametrize("label", ["ORG", "PERSON", None])
def test_a_direction_before_the_tail_of_a_bigger_new_name_opens_no_region(gazetteer, label):
    # "North Jersey" is New Jersey's north: read as a region it would be the Channel island
    words = ["flooding", "hit", "North", "Jersey", "towns", "on", "Monday"]
    ents = [(2, 4, label)] if label else []
    got = entity_labels(PlaceNamePass(gazetteer)(entity_doc(words, ents)))
    assert got == ([("North Jersey", label)] if label else []), got


def test_a_bigger_place_than_its_new_namesake_is_still_divided(gazetteer):
    from frontlines.nlp.place_compass import names_region

    assert names_region(gazetteer, "Mexico")  # "Northern Mexico": New Mexico is smaller
    assert not names_region(gazetteer, "Jersey") and not names_region(gazetteer, "York")


def test_a_region_in_a_headline_runs_on_into_no_verb(nlp):
    doc = nlp("Southern Lebanon Residents Flee Israeli Strikes")
    assert all("Flee" not in e.text for e in doc.ents), doc.ents


@pytest.mark.parametrize(
    "words",
    [
        ["He", "said", "Northern", "Ireland", "Secretary", "Chris", "Heaton", "spoke"],
        ["talks", "with", "Lower", "Saxony", "Minister", "Stephan", "Weil", "ended"],
    ],
)
def test_a_region_runs_on_into_no_title_and_its_bearer(gazetteer, words):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, []))
    assert all("Secretary" not in t and "Minister" not in t for t, _ in entity_labels(doc))


def test_an_untagged_grade_named_for_a_region_is_no_place(gazetteer):
    # a crude oil's grade before a common noun: no body holding West Texas, and no place
    words = ["West", "Texas", "Intermediate", "crude", "fell", "on", "Monday"]
    doc = entity_doc(words, [])
    tags = ["PROPN", "PROPN", "PROPN", "NOUN", "VERB", "ADP", "PROPN"]
    for token, pos in zip(doc, tags, strict=True):
        token.pos_ = pos
    doc = PlaceNamePass(gazetteer)(doc)
    assert entity_labels(doc) == []
    assert PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places == []


def test_a_grade_named_for_a_region_in_the_full_pipeline_is_no_place(nlp):
    doc = nlp("West Texas Intermediate crude fell two percent on Monday.")
    assert [p.text for p in doc._.places] == [], doc._.places


def test_a_company_named_for_a_region_holds_it_embedded(gazetteer):
    # the "Kentucky State Police" convention: the region is the company's, embedded
    words = ["the", "East", "Japan", "Railway", "Company", "raised", "fares"]
    assert _places(gazetteer, words, []) == [("East Japan", "embedded", "JP", "PCLI")]
