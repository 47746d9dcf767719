"""A place name the model cut at a hyphen grows to the whole hyphenated name when the
gazetteer holds it ("Guinea" of "Guinea-Bissau" is another country); a hyphenated word
the gazetteer lacks stays cut. Hand-built Docs of our own sentences (no parse is needed)
and the real gazetteer."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from frontlines.nlp.place_forms import hyphen_joined

#: English lexical attributes (is_alpha) without the model
_VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(_VOCAB, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _texts(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_a_country_cut_before_the_hyphen_is_the_whole_country(gazetteer):
    doc = _doc(
        ["Aid", "reached", "Guinea", "-", "Bissau", "."],
        [True, True, False, False, False, False],
        [(2, 3, "GPE")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Guinea-Bissau", "GPE")]


def test_a_name_cut_after_the_hyphen_grows_leftwards_and_swallows_the_other_part(gazetteer):
    doc = _doc(
        ["Observers", "from", "Timor", "-", "Leste", "came", "on", "Friday"],
        [True, True, False, False, True, True, True, False],
        [(2, 3, "PERSON"), (4, 5, "GPE"), (7, 8, "DATE")],
    )
    grown = hyphen_joined(list(doc.ents), gazetteer, "t")
    assert _texts(grown) == [("Timor-Leste", "GPE"), ("Friday", "DATE")]
    assert grown[0].id_ == "t"


def test_a_towns_hyphenated_name_stays_as_the_model_cut_it(gazetteer):
    doc = _doc(
        ["Protesters", "marched", "in", "Baden", "-", "Baden", "."],
        [True, True, True, False, False, False, False],
        [(3, 4, "GPE")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Baden", "GPE")]


@pytest.mark.parametrize(
    ("words", "spaces"),
    [
        # a hyphenated word the gazetteer lacks: an organisation's name, a compound
        (["He", "runs", "Guinea", "-", "Lanta", "now"], [True, True, False, False, True, False]),
        (["A", "Guinea", "-", "based", "firm"], [True, False, False, True, False]),
        # a hyphen with spaces around is a dash between two names, not one name
        (["Guinea", "-", "Bissau", "talks"], [True, True, True, False]),
    ],
)
def test_a_hyphenated_word_the_gazetteer_lacks_stays_as_it_was(gazetteer, words, spaces):
    start = words.index("Guinea")
    doc = _doc(words, spaces, [(start, start + 1, "GPE")])
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Guinea", "GPE")]


def test_only_place_names_grow(gazetteer):
    doc = _doc(
        ["Guinea", "-", "Bissau", "won"],
        [False, False, True, False],
        [(0, 1, "ORG")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Guinea", "ORG")]


def test_a_name_held_only_as_another_places_alternate_name_stays_cut(gazetteer):
    # "Tri-State": the gazetteer's alternate name of a town
    doc = _doc(
        ["Storms", "hit", "the", "Tri", "-", "State", "area"],
        [True, True, True, False, False, True, False],
        [(3, 4, "GPE")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Tri", "GPE")]


def test_an_article_written_with_the_second_word_joins_the_name_the_model_cut(gazetteer):
    """ "Ras al-Ain" tagged as "Ras" and "Ain" apart: one town, when the gazetteer holds it."""
    doc = _doc(
        ["Shells", "fell", "on", "Ras", "al", "-", "Ain", "."],
        [True, True, True, True, False, False, False, False],
        [(3, 4, "LOC"), (6, 7, "GPE")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [("Ras al-Ain", "LOC")]
    # a name the gazetteer lacks stays as the model cut it
    doc = _doc(
        ["Shells", "fell", "on", "Qorvel", "al", "-", "Ain", "."],
        [True, True, True, True, False, False, False, False],
        [(3, 4, "LOC"), (6, 7, "GPE")],
    )
    assert _texts(hyphen_joined(list(doc.ents), gazetteer, "t")) == [
        ("Qorvel", "LOC"),
        ("Ain", "GPE"),
    ]
