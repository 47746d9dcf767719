"""Names that are only part of a longer name or a language's, never a pin on the map: the
head of a title ("Secretary of State ..."), a group's branch ("IS-Somalia"), a language
after "in" ("in English"). Our own sentences through the real pipeline, and hand-built
Docs where the rule needs no parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from frontlines.nlp.place_cues import token_words
from frontlines.nlp.place_parts import affiliate_of_group, heads_longer_name, organisation_named
from tests.place_reading import location_texts


def test_a_capitalised_word_opening_a_name_through_of_heads_that_name():
    doc = spacy.blank("en")("a memo to Secretary of State Jane Roe and the Gulf of Aden")
    assert heads_longer_name(doc, 3, 4)  # Secretary of State
    assert not heads_longer_name(doc, 11, 12)  # Gulf: a feature word goes on over "of"
    assert not heads_longer_name(doc, 5, 6)  # State, then a person's name: no "of"


def test_a_title_before_a_person_is_no_town(nlp):
    doc = nlp("Three governors wrote to Secretary of State Jane Roe about the treaty.")
    assert "Secretary" not in location_texts(doc)


def test_a_language_after_in_is_no_town_but_a_town_by_a_place_noun_stays(nlp):
    doc = nlp("The rebel spokesman Omar Khan posted the statement in English on Friday.")
    assert "English" not in location_texts(doc)
    doc = nlp("Fighters shelled the town of Aleppo on Friday.")
    assert "Aleppo" in location_texts(doc)


def test_a_place_joined_to_a_groups_name_is_the_groups_branch():
    doc = spacy.blank("en")("IS-Somalia fled while Iraq - Syria talks went on")
    group = Span(doc, 0, 1, label="ORG", kb_id="islamic_state")
    somalia = Span(doc, 2, 3, label="GPE")
    syria = Span(doc, 7, 8, label="GPE")
    iraq = Span(doc, 5, 6, label="GPE")
    ents = [group, somalia, iraq, syria]
    assert affiliate_of_group(somalia, ents)
    assert not affiliate_of_group(syria, ents)  # spaced dash: two places
    assert not affiliate_of_group(iraq, ents)


def test_a_groups_branch_is_no_place_through_the_pipeline(nlp):
    doc = nlp("Fighters of IS-Somalia were pushed out of the hills near Bosaso.")
    assert "Somalia" not in location_texts(doc)


def test_the_place_pass_leaves_no_token_table_on_the_doc(nlp):
    doc = nlp("Near Rawah, two strikes hit an IS tactical unit.")
    assert not any("name_words" in str(key) for key in doc.user_data)
    assert token_words(doc)[1][:2] == ["near", "rawah"]


def test_a_place_opening_an_organisations_name_is_a_word_of_that_name(nlp):
    doc = nlp("The freighter belongs to the Islamic Republic of Iran Shipping Lines.")
    assert "Islamic Republic of Iran" not in location_texts(doc)
    assert [(p.text, p.role) for p in doc._.places] == [("Iran", "embedded")]
    doc = nlp("He flew from Kenya to Nairobi on Monday.")
    assert {"Kenya", "Nairobi"} <= set(location_texts(doc))


def test_only_capitalised_words_in_no_other_entity_carry_a_place_into_a_name():
    doc = spacy.blank("en")("Kenya Wildlife Service staff and Kenya Airways")
    kenya = Span(doc, 0, 1, label="GPE")
    assert organisation_named(kenya, set()) is not None
    assert organisation_named(kenya, {1}) is None  # "Wildlife" is another entity's
    assert organisation_named(Span(doc, 0, 1, label="PERSON"), set()) is None


def test_a_province_closing_a_groups_name_is_the_groups_branch():
    doc = spacy.blank("en")(
        "Islamic State Zarand Province and the Islamic State 's Tessit Province met"
    )
    group = Span(doc, 0, 2, label="ORG", kb_id="islamic_state")
    zarand = Span(doc, 2, 4, label="GPE")
    group2 = Span(doc, 6, 8, label="ORG", kb_id="islamic_state")
    tessit = Span(doc, 9, 11, label="GPE")
    ents = [group, zarand, group2, tessit]
    assert affiliate_of_group(zarand, ents)
    assert affiliate_of_group(tessit, ents)
    # a province after a body that is no dictionary actor stays the province
    doc = spacy.blank("en")("the Red Crescent Zarand Province office")
    body = Span(doc, 1, 3, label="ORG")
    zarand = Span(doc, 3, 5, label="GPE")
    assert not affiliate_of_group(zarand, [body, zarand])
