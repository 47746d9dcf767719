"""A definite event noun naming whom it was done to tells one event (of_named.py), on
hand-built parses of sentences written for these tests."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from frontlines.nlp.events.of_named import of_named
from frontlines.nlp.events.realis import irrealis_reason

VOCAB = spacy.blank("en").vocab
POS = {"DT": "DET", "NN": "NOUN", "NNP": "PROPN", "NNS": "NOUN", "VBZ": "AUX", "IN": "ADP",
       "JJ": "ADJ", ".": "PUNCT"}  # fmt: skip


def parsed(words, heads, deps, tags, person=None) -> Doc:
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags,
              pos=[POS[t] for t in tags], lemmas=[w.lower() for w in words])  # fmt: skip
    if person is not None:
        doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


def the_killing_of(object_words, object_tags, person=None) -> Doc:
    """ "The killing of <object> is a crime ."."""
    n = len(object_words)
    words = ["The", "killing", "of", *object_words, "is", "a", "crime", "."]
    verb = 3 + n
    heads = [1, verb, 1, *([2] * (n - 1)), 2, verb, verb + 2, verb, verb]
    heads[3 : 3 + n] = [*([3 + n - 1] * (n - 1)), 2]
    deps = ["det", "nsubj", "prep", *(["compound"] * (n - 1)), "pobj", "ROOT", "det", "attr",
            "punct"]  # fmt: skip
    tags = ["DT", "NN", "IN", *object_tags, "VBZ", "DT", "NN", "."]
    return parsed(words, heads, deps, tags, person)


def test_a_named_person_makes_the_noun_one_event() -> None:
    doc = the_killing_of(["Amos", "Hale"], ["NNP", "NNP"], person=(3, 5))
    assert of_named(doc[1])
    assert irrealis_reason(doc[1]) == ""


def test_a_kind_of_victim_keeps_the_generic_reading() -> None:
    doc = the_killing_of(["civilians"], ["NNS"])
    assert not of_named(doc[1])
    assert irrealis_reason(doc[1]) == "present or generic"


def test_a_name_that_is_no_person_or_site_is_not_read() -> None:
    doc = the_killing_of(["Amos", "Hale"], ["NNP", "NNP"])
    assert not of_named(doc[1])
