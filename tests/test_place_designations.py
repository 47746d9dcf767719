"""Places news copy names in set forms the model reads poorly: a legislator's designation
("Sen. Byron Dorgan, D-N.D."), where a named person is from ("Ray Hufstetler of Roswell"), a
dateline closed by a colon or three dashes, a country's own name read as a person. Our own
sentences on hand-built Docs (the blank tokenizer splits as the pipeline does), so a model
upgrade cannot change what is tested."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from frontlines.nlp.place_cues import party_designations
from frontlines.nlp.places import PlaceNamePass


def _doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    """``text`` tokenized as the pipeline does, with each (words, label) as an entity."""
    doc = spacy.blank("en")(text)
    spans = []
    at = 0
    for words, label in ents:  # in text order
        start = text.index(words, at)
        at = start + len(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    for token in doc:
        token.is_sent_start = token.i == 0
    return doc


def _places(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('said Rep. Alma Doyle, D-N.D. "We lost."', ["N.D."]),
        ("Sen. Tom Reed, D-Calif, told them", ["Calif"]),
        ("Rep. Jo Lamb, D-W. Va., chairs it", ["W. Va."]),
        ("State Rep. Bo Kane (R-Ocilla), chairman", ["Ocilla"]),
        ("Rep. Ed Ward, R-Columbus, voted", ["Columbus"]),
        # no designation: a hyphenated word, a letter grade, a place the gazetteer lacks
        ("the T-Mobile store and the D-Day landings", []),
        ("he got a D-minus , sadly", []),
        ("Rep. Ann Ott, D-Zorbanekville, voted", []),
    ],
)
def test_a_legislators_designation_names_a_state_or_a_town(gazetteer, text, expected):
    doc = PlaceNamePass(gazetteer)(_doc(text, []))
    assert _places(doc) == expected


def test_designations_need_a_comma_or_parenthesis_before_and_close_on_punctuation():
    doc = spacy.blank("en")("Rep. Ed Ward, R-Columbus, and R-Ohio State Fans")
    assert [doc[s:e].text for s, e in party_designations(doc)] == ["Columbus"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a full name and where its bearer is from
        ("Police named Daniel Ray Hufstetler of Roswell as the driver",
         [("Daniel Ray Hufstetler", "PERSON"), ("Roswell", "ORG")], ["Roswell"]),
        # ... with a comma between, when the model read the name as a place: news gives a
        # speaker's employer or club so (review re3dloc24, 3)
        ("The driver, Ann Lee Cole, of Amarillo, was hurt",
         [("Ann Lee Cole", "PERSON"), ("Amarillo", "GPE")], ["Amarillo"]),
        ("The driver, Ann Lee Cole, of Amarillo, was hurt",
         [("Ann Lee Cole", "PERSON"), ("Amarillo", "ORG")], []),
        # ... or when an age before the name makes its bearer a private person
        ("The car, driven by 47-year-old Ray Dunn, of Amarillo, crashed",
         [("Ray Dunn", "PERSON"), ("Amarillo", "ORG")], ["Amarillo"]),
        ('"We were unlucky," said Jo Mendes, of Arsenal.',
         [("Jo Mendes", "PERSON"), ("Arsenal", "ORG")], []),
        ('"Rates will fall," said Kim Hale, of Lloyds.',
         [("Kim Hale", "PERSON"), ("Lloyds", "ORG")], []),
        ('"Profits rose," said Ana Ruiz, of Santander.',
         [("Ana Ruiz", "PERSON"), ("Santander", "ORG")], []),
        ("a report by Mary Jones, of Human Rights Watch, said",
         [("Mary Jones", "PERSON"), ("Human Rights Watch", "ORG")], []),
        # an organisation's "of" is no such cue, nor a lone name's
        ("He joined the Bank of Roswell last year",
         [("the Bank of Roswell", "ORG")], []),
        ("Hufstetler of Roswell fame", [("Hufstetler", "PERSON"), ("Roswell", "ORG")], []),
    ],
)  # fmt: skip
def test_where_a_named_person_is_from(gazetteer, text, ents, expected):
    doc = PlaceNamePass(gazetteer)(_doc(text, ents))
    assert _places(doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graves defaced. BEIRUT: Unknown men removed the doors.", ["BEIRUT"]),
        ("Aid refused. COLUMBIA --- The governor said no.", ["COLUMBIA"]),
        # capitals before a colon that name no place, or an organisation
        ("UPDATE: The road reopened.", []),
        ("NATO: The alliance met.", []),
        # a briefing's speaker after a courtesy title, however like a dateline it looks
        ("QUESTION: And the convoy? MR KIRBY: We are watching it.", []),
        ("Thanks. DR NEWTON: Next question, please.", []),
    ],
)
def test_datelines_closed_by_a_colon_or_three_dashes(gazetteer, text, expected):
    doc = PlaceNamePass(gazetteer)(_doc(text, []))
    assert _places(doc) == expected


def test_a_countrys_own_name_read_as_an_organisation_is_the_country(gazetteer):
    doc = PlaceNamePass(gazetteer)(
        _doc('"Tunisia moved faster than most," she said.', [("Tunisia", "ORG")])
    )
    assert _places(doc) == ["Tunisia"]
    # read as a person, a country's name may be a given name: it stays one
    doc = PlaceNamePass(gazetteer)(_doc("Jordan would fight on.", [("Jordan", "PERSON")]))
    assert _places(doc) == []
    # ... unless it is a word of a person's name in the article
    doc = PlaceNamePass(gazetteer)(
        _doc(
            "Michael Jordan scored. Jordan was tired.",
            [("Michael Jordan", "PERSON"), ("Jordan", "PERSON")],
        )
    )
    assert _places(doc) == []


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a town's own service names the town, however small
        ("Roselle police ticketed motorists", [], ["Roselle"]),
        ("Glasgow Police Chief Ann Rowe said", [("Ann Rowe", "PERSON")], ["Glasgow"]),
        # a capitalised run that names no service, or a service of a town nobody holds
        ("Glasgow Ultimate Frisbee won", [], []),
        ("Zorbanekville Police said", [], []),
        # nor a word only a US post office goes by
        ("Capitol Police Chief Ann Rowe said", [("Ann Rowe", "PERSON")], []),
        ("Campus Police searched the dorms", [], []),
    ],
)
def test_a_towns_service_names_the_town(gazetteer, text, ents, expected):
    doc = PlaceNamePass(gazetteer)(_doc(text, ents))
    assert _places(doc) == expected


def test_a_service_read_as_a_person_becomes_an_organisation_holding_its_town(gazetteer):
    from frontlines.nlp.geo import PlaceResolverComponent
    from frontlines.resolve.place import ToponymResolver

    doc = PlaceNamePass(gazetteer)(
        _doc("said Litchfield Fire Chief Jim Koser", [("Litchfield Fire Chief", "PERSON")])
    )
    assert [(e.text, e.label_) for e in doc.ents] == [("Litchfield Fire Chief", "ORG")]
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == [("Litchfield", "embedded")]


def test_no_town_of_a_title_a_state_service_or_a_colon_label(gazetteer):
    doc = PlaceNamePass(gazetteer)(
        _doc("Vice Mayor Ann Rowe and State police came. SLUG: coldcase", [("Ann Rowe", "PERSON")])
    )
    assert _places(doc) == []


@pytest.mark.parametrize("service", ["Capitol Police", "River Police", "Litchfield Police"])
def test_an_organisations_service_word_is_no_post_office(gazetteer, service):
    from frontlines.nlp.geo import PlaceResolverComponent
    from frontlines.resolve.place import ToponymResolver

    assert any(c.place.is_postal for c in gazetteer.candidates(service.split()[0]))
    doc = _doc(f"The {service} searched the river bank", [(service, "ORG")])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    expected = [("Litchfield", "embedded")] if service.startswith("Litchfield") else []
    assert [(p.text, p.role) for p in places] == expected
