"""A name read as a person or a group, put in the province the gazetteer puts a town of
that name in, is the town; a list the model reads partly as groups and partly as people
is a list of towns (issue 21, re3d). Our own sentences."""

from __future__ import annotations

from frontlines.nlp.place_listing import listed_places_of
from frontlines.nlp.place_within import inside_named_division, sharing_plural_place_noun
from tests.hand_docs import entity_doc


def _first(words: list[str], end: int, label: str = "PERSON"):
    return entity_doc(words, [(0, end, label)]).ents[0]


def test_a_town_put_in_its_own_province_is_inside_it(gazetteer):
    ent = _first(["Khan", "Shaykhun", "in", "southern", "Idlib", "was", "bombed"], 2)
    assert inside_named_division(ent, gazetteer)


def test_a_town_put_in_another_province_is_not(gazetteer):
    ent = _first(["Khan", "Shaykhun", "in", "Anbar", "was", "bombed"], 2)
    assert not inside_named_division(ent, gazetteer)


def test_a_country_does_not_contain_for_this_reading(gazetteer):
    # any of a country's villages would vouch for a person sharing its name
    ent = _first(["Khan", "Shaykhun", "in", "Syria", "was", "bombed"], 2)
    assert not inside_named_division(ent, gazetteer)


def test_a_name_the_gazetteer_lacks_is_no_town(gazetteer):
    ent = _first(["Omar", "Farouk", "in", "Idlib", "said", "so"], 2)
    assert not inside_named_division(ent, gazetteer)


def test_nothing_after_the_name_means_no_division(gazetteer):
    ent = _first(["Khan", "Shaykhun", "was", "bombed"], 2)
    assert not inside_named_division(ent, gazetteer)


def test_the_pipeline_places_a_town_in_its_province(nlp):
    doc = nlp("Jets bombed Khan Shaykhun in southern Idlib overnight.")
    assert "Khan Shaykhun" in [p.text for p in doc._.places]


def test_a_list_read_as_groups_and_people_is_a_list_of_towns(nlp):
    doc = nlp("The rebels hold Daraa, Quneitra and Idlib.")
    assert {"Daraa", "Quneitra", "Idlib"} <= {p.text for p in doc._.places}


def _listed(gazetteer, labels: list[str]) -> list[str]:
    words = ["Daraa", ",", "Quneitra", "and", "Idlib", "fell"]
    doc = entity_doc(words, [(0, 1, labels[0]), (2, 3, labels[1]), (4, 5, labels[2])])
    ents = listed_places_of(
        list(doc.ents), frozenset(), gazetteer, lambda e: True, gazetteer.is_place_name, "t"
    )
    return [e.label_ for e in ents]


def test_big_towns_listed_as_groups_and_people_are_towns(gazetteer):
    assert _listed(gazetteer, ["ORG", "PERSON", "ORG"]) == ["GPE", "GPE", "GPE"]


def test_big_towns_listed_only_as_people_stay_people(gazetteer):
    # a model that reads every item as a person may well be right ("Lincoln, Jefferson")
    assert _listed(gazetteer, ["PERSON", "PERSON", "PERSON"]) == ["PERSON"] * 3


def _shared(words: list[str], start: int, end: int) -> bool:
    return sharing_plural_place_noun(entity_doc(words, [(start, end, "PERSON")]).ents[0])


def test_names_sharing_a_plural_place_noun_are_places():
    words = ["in", "the", "Hay", "Salam", "and", "Bab", "Nasr", "neighbourhoods", "."]
    assert _shared(words, 2, 4)  # the first, before "and"
    assert _shared(words, 5, 7)  # the last, right before the noun


def test_a_lone_name_before_a_plural_place_noun_is_left_to_other_rules():
    assert not _shared(["Jones", "provinces", "grew"], 0, 1)


def test_a_plural_noun_no_place_takes_says_nothing():
    assert not _shared(["the", "Smith", "and", "Jones", "families", "left"], 3, 4)


def test_the_pipeline_reads_a_neighbourhood_the_model_read_as_a_person(nlp):
    doc = nlp("Shells fell on the Ashrafieh and Sheikh Maqsoud neighbourhoods on Friday.")
    assert "Sheikh Maqsoud" in [p.text for p in doc._.places]


def test_war_places_the_extracts_lack_are_in_the_gazetteer(gazetteer):
    # a camp, a city district, an ancient site and a town under its full Arabic name
    expected = {"Zaatari camp": "JO", "Sheikh Maqsoud": "SY", "Nimrud": "IQ", "Busra al-Sham": "SY"}
    for name, country in expected.items():
        assert any(c.place.country == country for c in gazetteer.candidates(name)), name


def test_a_people_s_word_before_a_shared_plural_place_noun_stays_a_people_s():
    words = ["the", "Asian", "and", "European", "regions", "agreed"]
    doc = entity_doc(words, [(1, 2, "NORP"), (3, 4, "NORP")])
    assert not any(sharing_plural_place_noun(e) for e in doc.ents)


def test_a_one_word_name_in_a_state_stays_a_person(gazetteer):
    # surnames are towns in many US states and Canadian provinces
    for name, division in (("Clinton", "Iowa"), ("Hamilton", "Ontario"), ("Franklin", "Tennessee")):
        ent = _first([name, "in", division, "promised", "jobs"], 1)
        assert not inside_named_division(ent, gazetteer), name


def test_a_capitalised_or_company_plural_noun_shares_no_place():
    assert not _shared(["the", "Alpha", "and", "Beta", "regions", "failed"], 3, 4)
    assert not _shared(["Omega", ",", "Delta", "and", "Sigma", "Regions", "reported"], 2, 3)


def test_names_read_as_organisations_before_a_plural_place_noun_stay_organisations():
    words = ["the", "Acme", "and", "Globex", "districts", "grew"]
    doc = entity_doc(words, [(1, 2, "ORG"), (3, 4, "ORG")])
    assert not any(sharing_plural_place_noun(e) for e in doc.ents)


def test_the_pipeline_keeps_surnames_in_states_as_people(nlp):
    for text in ("Jackson in Mississippi won the primary.", "Carson in California drew a crowd."):
        doc = nlp(text)
        assert text.split()[0] not in [p.text for p in doc._.places], text
