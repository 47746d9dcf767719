"""A definite event noun naming whom it was done to tells one event (of_named.py), on
hand-built parses and through the real model, on sentences written for these tests."""

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
              pos=[POS[t] for t in tags],
              lemmas=["be" if w == "is" else w.lower() for w in words])  # fmt: skip
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


def test_a_named_person_judged_by_be_is_no_event_told() -> None:
    """ "The killing of Amos Hale is a crime": "be" judges the deed and counts it among
    no others, so the name alone does not tell it was done."""
    doc = the_killing_of(["Amos", "Hale"], ["NNP", "NNP"], person=(3, 5))
    assert not of_named(doc[1])
    assert irrealis_reason(doc[1]) == "present or generic"


def test_a_kind_of_victim_keeps_the_generic_reading() -> None:
    doc = the_killing_of(["civilians"], ["NNS"])
    assert not of_named(doc[1])
    assert irrealis_reason(doc[1]) == "present or generic"


def test_a_name_that_is_no_person_or_site_is_not_read() -> None:
    doc = the_killing_of(["Amos", "Hale"], ["NNP", "NNP"])
    assert not of_named(doc[1])


def _noun(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.lower_ == word)


def test_a_linking_verb_that_judges_the_deed_keeps_it_undone(nlp) -> None:
    """A named victim under "is unlikely", "is a duty", "is the goal": a deed weighed,
    perhaps never done."""
    for text, word in (("The assassination of Vladimir Putin is unthinkable.", "assassination"),
                       ("Clerics say the killing of Salman Rushdie is a duty.", "killing"),
                       ("The arrest of Imran Khan is unlikely, aides say.", "arrest"),
                       ("The release of Alan Gross is the goal of the talks.", "release"),
                       ("The killing of Amos Hale remains a priority for the cartel.",
                        "killing")):  # fmt: skip
        noun = _noun(nlp, text, word)
        assert not of_named(noun), text
        assert irrealis_reason(noun) != "", text


def test_a_deed_counted_among_others_or_told_as_doing_is_one_event(nlp) -> None:
    for text, word in (("The killing of Amos Hale is the third this year.", "killing"),
                       ("The killing of Amos Hale is the latest of six such murders.",
                        "killing"),
                       ("The murder of Amos Hale shocks the town.", "murder"),
                       ("The murder of Amos Hale remains unsolved, police say.", "murder"),
                       ("The killing of Lina Ortiz looks deliberate, police say.", "killing"),
                       ):  # fmt: skip
        noun = _noun(nlp, text, word)
        assert of_named(noun), text
        assert irrealis_reason(noun) == "", text
