"""Place recognition that holds on unseen Syria/Iraq copy (issue 21): every name of a strike
report's opening list, a town's name closed by a direction, and a site named by a word the
model read as a nationality. Our own sentences on hand-built Docs (no model), with the
cases that must not change beside them."""

from __future__ import annotations

import pytest

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import ToponymResolver
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


def _labels(gazetteer, words, ents):
    return entity_labels(PlaceNamePass(gazetteer)(entity_doc(words, ents)))


def test_every_name_of_a_strike_report_list_is_a_place(gazetteer):
    words = ["Near", "Ardavin", ",", "Belmesk", "and", "Tell", "Zorvan", ",", "two", "strikes",
             "hit", "a", "fighting", "position"]  # fmt: skip
    labels = _labels(gazetteer, words, [(1, 2, "GPE"), (3, 4, "ORG")])
    assert labels == [("Ardavin", "GPE"), ("Belmesk", "GPE"), ("Tell Zorvan", "GPE")]


def test_a_list_closed_by_a_comma_before_a_particle_word_is_still_closed(gazetteer):
    # "an airstrike" opens with "an", a transliteration's particle too
    words = ["Near", "Mosul", "and", "Tell", "Zorvan", ",", "an", "airstrike", "destroyed",
             "a", "cache"]  # fmt: skip
    labels = _labels(gazetteer, words, [(1, 2, "GPE"), (3, 5, "ORG")])
    assert labels == [("Mosul", "GPE"), ("Tell Zorvan", "GPE")]


def test_a_near_list_before_a_clause_of_no_strike_is_no_place(gazetteer):
    words = ["Near", "Vostrikov", ",", "Keller", "and", "Brown", ",", "the", "envoys", "said",
             "the", "deal", "was", "off"]  # fmt: skip
    ents = [(1, 2, "PERSON"), (3, 4, "PERSON"), (5, 6, "PERSON")]
    assert _labels(gazetteer, words, ents) == [
        ("Vostrikov", "PERSON"), ("Keller", "PERSON"), ("Brown", "PERSON")]  # fmt: skip


def test_a_near_list_of_people_before_a_strike_stays_people(gazetteer):
    words = ["Near", "Ardavin", ",", "Vostrikov", "and", "Pellandri", ",", "jets", "struck",
             "a", "depot"]  # fmt: skip
    labels = _labels(gazetteer, words, [(1, 2, "GPE"), (3, 4, "PERSON"), (5, 6, "PERSON")])
    assert ("Vostrikov", "PERSON") in labels and ("Pellandri", "PERSON") in labels


def test_a_near_list_of_feast_days_is_no_place(gazetteer):
    words = ["Near", "Christmas", ",", "Easter", "and", "Ramadan", ",", "strikes", "on",
             "markets", "grow", "more", "common"]  # fmt: skip
    labels = _labels(gazetteer, words, [(1, 2, "DATE"), (3, 4, "PERSON")])
    assert labels == [("Christmas", "DATE"), ("Easter", "PERSON")]


def test_people_and_feasts_in_a_near_list_make_no_places(nlp):
    # "Keller" untagged is a Texas town to the rules of main; the list adds nothing
    listed = {"Brown", "Pellandri", "Okonkwar", "Easter", "Ramadan"}
    for text in (
        "Near Vostrikov, Keller and Brown, the envoys said the deal was off.",
        "Near Vostrikov, Pellandri and Okonkwar, marchers rallied on Sunday.",
        "Near Christmas, Easter and Ramadan, strikes on markets grow more common.",
    ):
        assert not listed & {p.text for p in nlp(text)._.places}, text


def test_people_listed_without_the_report_opening_stay_people(gazetteer):
    words = ["He", "met", "Omar", "Haddad", "and", "Karim", "Nassar", ",", "two", "officials",
             "said"]  # fmt: skip
    labels = _labels(gazetteer, words, [(2, 4, "PERSON"), (5, 7, "PERSON")])
    assert labels == [("Omar Haddad", "PERSON"), ("Karim Nassar", "PERSON")]


def test_a_near_inside_a_sentence_opens_no_report_list(gazetteer):
    words = ["the", "farm", "lies", "near", "Belmesk", "and", "Umar", "Jabbar", ",", "they",
             "said"]  # fmt: skip
    labels = _labels(gazetteer, words, [(6, 8, "PERSON")])
    assert ("Umar Jabbar", "PERSON") in labels


def test_a_list_that_runs_on_without_its_closing_comma_is_no_report(gazetteer):
    words = ["Near", "Ardavin", "and", "Umar", "Jabbar", "stood", "in", "line"]
    labels = _labels(gazetteer, words, [(1, 2, "GPE"), (3, 5, "PERSON")])
    assert ("Umar Jabbar", "PERSON") in labels


def test_a_town_closed_by_a_direction_is_a_place_read_as_the_town(gazetteer):
    words = ["jets", "landed", "at", "Qayyarah", "West", "on", "Monday"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(3, 5, "ORG")]))
    assert entity_labels(doc) == [("Qayyarah West", "GPE")]
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.country) for p in places] == [("Qayyarah West", "IQ")]


def test_a_direction_after_no_known_name_makes_no_place(gazetteer):
    words = ["crews", "worked", "at", "Zorblax", "West", "all", "night"]
    assert _labels(gazetteer, words, [(3, 5, "ORG")]) == [("Zorblax West", "ORG")]


def test_an_unfamiliar_word_read_as_a_people_names_the_dam_after_it(gazetteer):
    words = ["rockets", "fell", "near", "the", "Tishrin", "dam", "overnight"]
    labels = _labels(gazetteer, words, [(4, 5, "NORP")])
    assert labels == [("Tishrin dam", "LOC")]


def test_a_peoples_word_before_a_site_noun_stays_a_people(gazetteer):
    # "Kurdish" is a common English word, "Yazidi" a people of the not-places list
    for people in ("Kurdish", "Yazidi"):
        words = ["guards", "closed", "the", people, "border", "crossing", "today"]
        assert _labels(gazetteer, words, [(3, 4, "NORP")]) == [(people, "NORP")]


def test_a_town_set_off_by_a_comma_before_its_province_is_the_town(gazetteer):
    words = ["jets", "bombed", "Khan", "Shaykhun", ",", "in", "southern", "Idlib", ",", "at",
             "dawn"]  # fmt: skip
    labels = _labels(gazetteer, words, [(2, 4, "PERSON"), (7, 8, "GPE")])
    assert labels == [("Khan Shaykhun", "GPE"), ("Idlib", "GPE")]


def test_a_person_set_off_before_a_province_stays_a_person(gazetteer):
    words = ["talks", "with", "Omar", "Haddad", ",", "in", "Idlib", "province", ",", "ended"]
    labels = _labels(gazetteer, words, [(2, 4, "PERSON"), (6, 7, "GPE")])
    assert ("Omar Haddad", "PERSON") in labels


def test_a_village_apposed_and_closed_by_a_comma_is_a_place_unknown_or_not(nlp):
    doc = nlp("A patrol hit a mine near the village Zordavi, south of the capital.")
    assert [(p.text, p.role) for p in doc._.places] == [("Zordavi", "location")]


def test_a_village_apposed_before_a_preposition_is_a_place(nlp):
    doc = nlp("Gunmen raided the village Korbelin on Monday.")
    assert "Korbelin" in [p.text for p in doc._.places]


def test_an_untagged_name_with_its_article_reads_the_words_before_the_article(nlp):
    doc = nlp("Mortars landed in al-Hasakah and ar-Raqqa late that evening.")
    assert "ar-Raqqa" in [p.text for p in doc._.places]


def test_an_article_led_surname_in_no_place_slot_stays_no_place(nlp):
    doc = nlp("The envoys waited in the al-Assad palace for hours.")
    assert not any("Assad" in p.text for p in doc._.places)


def test_a_country_possessive_reaches_its_town_over_an_adjective(nlp):
    doc = nlp("Displaced families in Kenya's crowded Kakuma camps need water.")
    assert "Kakuma" in [p.text for p in doc._.places]


def test_a_country_possessive_over_an_adjective_before_a_leader_is_no_place(nlp):
    doc = nlp("Iraq's embattled Maliki resigned.")
    assert [p.text for p in doc._.places] == ["Iraq"]


@pytest.mark.parametrize(
    "text",
    [
        "Raiders seized the village Imam on Tuesday.",
        "Crowds jeered the town Mayor, who left for the coast.",
        "Soldiers detained the village Sheikh at dawn.",
        "Fighters shot the town Doctor in his clinic.",
    ],
)
def test_a_settlement_officer_after_the_noun_is_no_place(nlp, text):
    roles = {"Imam", "Mayor", "Sheikh", "Mukhtar", "Doctor"}
    assert not roles & {p.text for p in nlp(text)._.places}


@pytest.mark.parametrize("role", ["Imam", "Mayor", "Sheikh", "Mukhtar", "Doctor", "Elder"])
def test_a_settlement_officer_the_model_left_untagged_is_no_place(gazetteer, role):
    words = ["Gunmen", "seized", "the", "village", role, ",", "witnesses", "said"]
    assert _labels(gazetteer, words, []) == []
