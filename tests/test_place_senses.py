"""Names the sentence uses as something other than a place: a news source, a person with an
age or a family, a name modifying another noun, a common English word. Our own sentences
through the real pipeline (the rules read the parse), and hand-built Docs where no parse is
needed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from frontlines.nlp.place_senses import (
    english_word_only,
    is_news_source,
    modifies_noun,
    named_people,
)
from tests.place_reading import location_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet quoted as a source is no town, whatever town bears its name
        ("Mud cut off a highway, according to Xinhua.", []),
        ("Photos showed wrecked homes, Xinhua reported.", []),
        ("At least 14 villagers are dead, Al-Ahram said.", []),
        ("WASHINGTON (RNS) Evangelical leaders praised the decision.", ["WASHINGTON"]),
        # ... while a country or a big city speaks for its government
        ("Moscow said the strikes would go on.", ["Moscow"]),
        ("Turkey said its troops would stay.", ["Turkey"]),
        # a dateline is where the story was filed however it parses
        ("Election news. CROMWELL -- The third Democrat to enter the race said so.",
         ["CROMWELL"]),
    ],
)
def test_a_news_source_is_no_place(nlp, text, expected):
    assert location_texts(nlp(text)) == expected


def test_a_name_with_an_age_or_a_family_is_a_person(nlp):
    doc = nlp(
        "Flores, 26, had just left work. Courtesy of the Flores family. "
        "His mother lives in Rhode Island, where Flores grew up."
    )
    assert location_texts(doc) == ["Rhode Island"]


def test_a_name_after_a_personal_title_is_a_person_in_every_mention(nlp):
    """ "President Obama" read as the Japanese town: the title makes the name a person's,
    and one sense per document carries that to the headline's "Obama's"."""
    doc = nlp(
        "Crowds wait for Obama's speech on jobs. President Obama will talk about the "
        "economy in Denver on Friday."
    )
    assert location_texts(doc) == ["Denver"]


def test_named_people_reads_capitalised_titles_not_the_lower_case_noun():
    doc = spacy.blank("en")(
        "Ms Roe left. Sen. Doe stayed. She told the minister Homs fell. Known as 'Mr. Salem', "
        "he died."
    )
    assert named_people(doc) == frozenset({"Roe", "Doe"})


def test_a_name_modifying_a_noun_is_not_what_the_locative_places(nlp):
    doc = nlp("Early in the season, at the Olympic qualifiers, he broke two records.")
    assert location_texts(doc) == []
    doc = nlp("Fighting went on in the Idlib countryside and near Raqqa.")
    assert location_texts(doc) == ["Idlib", "Raqqa"]


def test_named_people_reads_ages_and_families_not_numbers_after_places():
    doc = spacy.blank("en")(
        "Smith, 41, left. The Jones family stayed. Near Raqqa, 12 strikes hit. Homs, 2016, fell"
    )
    assert named_people(doc) == frozenset({"Smith", "Jones"})


def test_without_a_parse_no_name_modifies_a_noun_and_no_name_is_a_source(gazetteer):
    doc = spacy.blank("en")("according to Xinhua at the Olympic trials")
    assert not modifies_noun(doc, 6)
    assert is_news_source(doc[2:3], gazetteer)  # "according to" needs no parse
    assert not is_news_source(doc[6:7], gazetteer)


@pytest.mark.parametrize(
    ("words", "deps", "expected"),
    [
        (["Xinhua", "reported", "."], ["nsubj", "ROOT", "punct"], True),
        # "Heathrow reported delays": an object, no speech: where something happened
        (["Heathrow", "reported", "delays", "."], ["nsubj", "ROOT", "dobj", "punct"], False),
    ],
)
def test_a_subject_speaks_only_without_an_object(words, deps, expected, gazetteer):
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1] * len(words),
        deps=deps,
        lemmas=[w.lower().replace("reported", "report") for w in words],
    )
    assert is_news_source(doc[0:1], gazetteer) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("House", True),  # only Housse (BE) under the folded key
        ("God", True),  # Göd (HU): a diacritic is another spelling
        ("Bronco", True),  # an alternate name of Bronte (US)
        ("Tour", True),  # Turkey's code TUR, folded
        ("Reading", False),  # a town of that very name
        ("Nice", False),
        ("Turkey", False),  # a country's name
        ("Aleppo", False),
        ("Homs", False),  # no English word
        ("Cancun", False),  # Cancún: an accent, and a known city
        ("Bronx", False),  # The Bronx, a borough of a million
        ("Eta", True),  # Etah (IN): one letter more, not the word
        ("Russian", False),  # a people
        ("ETA", False),  # capitals: an acronym, not a word
        ("house", False),  # no capital: never_a_place's business
        ("Tal Afar", False),  # not one word
    ],
)
def test_a_capitalised_english_word_folded_into_a_town_is_the_word(word, expected, gazetteer):
    assert english_word_only(word, gazetteer) is expected


def test_common_words_in_place_contexts_are_not_made_towns(nlp):
    doc = nlp(
        "The bill passed in the House on Monday. She said she believed in God and in her "
        "neighbours in Reading. Police said a Ford Bronco hit a truck; two men in the Bronco "
        "were taken to a hospital in Nice."
    )
    assert location_texts(doc) == ["Reading", "Nice"]
