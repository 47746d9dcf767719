"""Place names that open with an Arabic article: read as places only when a place bears
the article in its own name. Our own sentences, hand-built Docs."""

from __future__ import annotations

import pytest

from frontlines.nlp.place_articles import bears_article
from frontlines.nlp.places import PlaceNamePass
from tests.hand_docs import entity_doc


def test_a_place_must_bear_the_article_itself(gazetteer):
    assert bears_article("Al Anbar", gazetteer)
    assert bears_article("El Bab", gazetteer)  # Al Bāb
    assert not bears_article("Al Gore", gazetteer)  # Goré folds to "gore": no article
    assert not bears_article("Anbar", gazetteer)


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # an article the model left outside the person it read
        (["Near", "Ar", "Rutbah", ",", "one", "strike", "hit"], [(2, 3, "PERSON")],
         [("Ar Rutbah", "GPE")]),
        # an English article is no Arabic one
        (["An", "Alexandria", "man", "was", "hurt"], [(1, 2, "GPE")], [("Alexandria", "GPE")]),
        # a province read as a person; "the" before an article-led name dropped
        (["forces", "cleared", "Al", "Anbar", "and", "the", "Ar", "Raqqah", "countryside"],
         [(2, 4, "PERSON"), (5, 8, "ORG")], [("Al Anbar", "GPE"), ("Ar Raqqah", "GPE")]),
        # a place's name cut after its article grows back over it
        (["Near", "Al", "Qaim", ",", "two", "strikes"], [(2, 3, "GPE")], [("Al Qaim", "GPE")]),
        # an article inside a longer name joins that name, no place's
        (["said", "Abu", "Bakr", "Al", "Bab", "today"], [(4, 5, "PERSON")],
         [("Bab", "PERSON")]),
        (["fled", "to", "Al", "Bab", "today"], [(3, 4, "PERSON")], [("Al Bab", "GPE")]),
        # a man called Al stays a man
        (["Al", "Gore", "said", "so"], [(0, 2, "PERSON")], [("Al Gore", "PERSON")]),
        # a town's name the model cut at its article ("Numan" alone is a Nigerian town)
        (["Rebels", "held", "Ma'arat", "al", "-", "Numan", "and", "Idlib", "."],
         [(3, 6, "PERSON"), (7, 8, "GPE")],
         [("Ma'arat al - Numan", "GPE"), ("Idlib", "GPE")]),
        # ... but a man's longer name is no town's
        (["Police", "chief", "Ahmed", "Khalil", "al", "-", "Numan", "spoke", "."],
         [(4, 7, "PERSON")], [("al - Numan", "PERSON")]),
    ],
)  # fmt: skip
def test_article_led_names(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert [(e.text, e.label_) for e in doc.ents] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # an ʿayn or a hamza marked inside a name's word: still a name's word
        (["Near", "Qa'raba", ",", "one", "strike", "hit", "."], [("Qa'raba", "GPE")]),
        (["Families", "reached", "the", "Shu'lan", "refugee", "camp", "."],
         [("Shu'lan refugee camp", "LOC")]),
        # a capital after the mark is a surname's form ("D'Arcy"), not a transliteration
        (["Near", "D'Arcy", ",", "one", "strike", "hit", "."], []),
    ],
)  # fmt: skip
def test_a_name_word_may_hold_an_inner_mark(gazetteer, words, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, []))
    assert [(e.text, e.label_) for e in doc.ents] == expected
