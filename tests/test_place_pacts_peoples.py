"""Two uses of a place's word that put no pin on the map: a country's demonym the model
read as a place ("Ukrainian President ..."), and a place's name that names a pact or an
arrangement ("the Schengen system", "the Paris climate pact"). Our own sentences through
the real pipeline, and hand-built Docs where the rule needs no parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from frontlines.nlp.place_pacts import treaty_names
from frontlines.nlp.place_senses import demonym_only, peoples_words
from tests.place_reading import location_texts


def test_a_country_demonym_is_no_place_name_but_a_name_shared_with_a_country_is(gazetteer):
    assert demonym_only(gazetteer, "Ukrainian")
    assert demonym_only(gazetteer, "Afghan")
    assert not demonym_only(gazetteer, "Saudi")  # also Saudi Arabia's short name
    assert not demonym_only(gazetteer, "Ukraine")
    assert not demonym_only(gazetteer, "Kurdish")  # no country's demonym


def test_demonyms_read_as_places_become_peoples_words(gazetteer):
    doc = spacy.blank("en")("Ukrainian officials met Saudi envoys in Jeddah")
    doc.ents = [Span(doc, 0, 1, "GPE"), Span(doc, 3, 4, "GPE"), Span(doc, 6, 7, "GPE")]
    got = peoples_words(doc.ents, gazetteer, "test")
    assert [(e.text, e.label_) for e in got] == [
        ("Ukrainian", "NORP"),
        ("Saudi", "GPE"),
        ("Jeddah", "GPE"),
    ]


def test_a_demonym_is_never_a_location_on_the_map(nlp):
    doc = nlp(
        "Negotiators met Ukrainian diplomats on Wednesday in Doha. Ukrainian ministers "
        "later flew on to Riyadh to see the king."
    )
    assert "Ukrainian" not in location_texts(doc)
    assert {"Doha", "Riyadh"} <= set(location_texts(doc))


def test_a_name_that_names_a_pact_is_no_place(nlp):
    doc = nlp(
        "Ministers argued over the Schengen Agreement for months. Critics of Schengen say "
        "border checks must return. Hungary has long opposed Schengen rules."
    )
    assert location_texts(doc) == ["Hungary"]


def test_a_country_named_with_a_pact_stays_the_country(nlp):
    doc = nlp("Critics of the Iran nuclear agreement met in Vienna. Is the US system a mess?")
    assert location_texts(doc) == ["Iran", "Vienna", "US"]


def test_a_pact_named_after_a_city_leaves_the_city_where_the_text_places_it(nlp):
    doc = nlp(
        "Countries pledged to meet the Paris climate pact targets, according to a "
        "Paris-based agency."
    )
    places = [p for p in doc._.places if p.role == "location"]
    assert [(p.text, p.start) for p in places] == [("Paris", doc.text.rindex("Paris"))]


def test_treaty_names_keeps_a_name_also_read_as_a_place(nlp):
    doc = nlp(
        "Rebels broke the Minsk rules twice, and the Minsk accords failed. Talks resumed in "
        "Minsk on Friday."
    )
    assert location_texts(doc) == ["Minsk"]  # "in Minsk": the city, the pact's mentions are not
    assert location_texts(doc) and doc._.places[-1].start == doc.text.rindex("Minsk")


def test_treaty_names_without_a_parse_reads_only_a_name_ending_in_a_pact_noun():
    """One mention names the pact: the other is left to read as the place."""
    doc = spacy.blank("en")("the Schengen Agreement and Schengen")
    doc.ents = [Span(doc, 1, 3, "GPE"), Span(doc, 4, 5, "GPE")]
    found = treaty_names(list(doc.ents), lambda name: False, lambda name: False)
    assert [(e.text, e.label_) for e in found] == [
        ("Schengen Agreement", "ORG"),
        ("Schengen", "GPE"),
    ]


def test_the_models_own_pacts_count_towards_a_name_read_as_a_pact():
    doc = spacy.blank("en")("the Schengen Agreement , the Schengen Accord . Critics hate Schengen")
    doc.ents = [Span(doc, 0, 3, "LAW"), Span(doc, 5, 7, "GPE"), Span(doc, 10, 11, "GPE")]
    found = treaty_names(list(doc.ents), lambda name: False, lambda name: False)
    assert [(e.text, e.label_) for e in found] == [
        ("the Schengen Agreement", "LAW"),
        ("Schengen Accord", "ORG"),
        ("Schengen", "LAW"),
    ]
    # a country's name is never a pact's; a major place's other mentions stay its own
    found = treaty_names(list(doc.ents), lambda name: name == "Schengen", lambda name: False)
    assert found[-1].label_ == "GPE"
    found = treaty_names(list(doc.ents), lambda name: False, lambda name: name == "Schengen")
    assert [e.label_ for e in found] == ["LAW", "ORG", "GPE"]
