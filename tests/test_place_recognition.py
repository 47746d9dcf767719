"""Toponym recognition beyond the NER: streets, datelines, embedded names, personal names."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.nlp.places import PlaceNamePass
from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.streets import street_spans
from tests.hand_docs import entity_doc
from tests.place_reading import entity_labels


def _words(text: str) -> Doc:
    return spacy.blank("en")(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot on Memphis Street late on Friday.", ["Memphis Street"]),
        ("The crash closed County Road 42 near the lake.", ["County Road 42"]),
        ("All lanes of Interstate 64 East were shut.", ["Interstate 64 East"]),
        ("She lives at 1935 E. Broad St., Alexandria.", ["E. Broad St."]),
        ("Marchers met at Northwest 13th Street and Northwest 16th Avenue.",
         ["Northwest 13th Street", "Northwest 16th Avenue"]),
        ("Traffic on Highway 19 and State Route 1 was slow.", ["Highway 19", "State Route 1"]),
    ],
)  # fmt: skip
def test_streets_and_numbered_roads(text, expected):
    assert [s.text for s in street_spans(_words(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The driver, Virginia L. Lane, 77, was unhurt.",  # a person
        "Pupils at Pleasant Lane School won.",  # part of a longer name
        "Bishops met in St. Louis on Monday.",  # Saint, not Street
        "I went down the main road and a side street.",  # no name
        "United Way volunteers and the Supreme Court.",  # left out on purpose
    ],
)
def test_names_that_are_not_streets(text):
    assert street_spans(_words(text)) == []



def test_streets_are_located_but_not_resolved(gazetteer):
    words = ["Police", "closed", "Memphis", "Street", "in", "Alexandria", "."]
    doc = entity_doc(words, [(2, 3, "GPE"), (5, 6, "GPE")])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == [
        ("Memphis Street", "street"),  # not the city of Memphis
        ("Alexandria", "location"),
    ]
    assert places[0].geonames_id is None and places[0].lat is None
    assert places[1].geonames_id is not None


def test_a_place_opening_an_organisation_after_the_article(gazetteer):
    words = ["the", "Mansfield", "Police", "Department", "said", "."]
    doc = entity_doc(words, [(0, 4, "ORG")])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == [("Mansfield", "embedded")]


def test_datelines_left_in_the_text_become_places(nlp):
    doc = nlp("Council backs a new jail. CHARLESTON, W.Va. -- The county council voted on Monday.")
    found = {p.text: p for p in doc._.places}
    assert found["CHARLESTON"].country == "US" and found["CHARLESTON"].admin1
    assert found["W.Va."].name == "West Virginia"
    assert nlp("BREAKING NEWS - the council met.")._.places == []


def test_a_wire_dateline_closed_by_an_underscore_is_a_place(nlp):
    # old wire copy puts "_" where a dash goes: the whole town of several words, not the
    # last word the model tagged
    doc = nlp(" PORT LOUIS, Mauritius (AP) _  Police detained two men on Friday.")
    found = {p.text: p for p in doc._.places}
    assert "PORT LOUIS" in found and found["PORT LOUIS"].country == "MU", found
    assert nlp("The vote was close _ very close _ officials said.")._.places == []


def test_an_underscore_in_the_body_closes_no_dateline(nlp):
    # the old wire's underscore is its dash all through the body: a dateline only after a
    # credit ("(AP) _") or where a line opens
    doc = nlp("Troops killed 10 militants on Monday. LAGOS _ The army gave no details.")
    assert [p.text for p in doc._.places] == [], doc._.places
    doc = nlp("LAGOS _ Troops killed 10 militants on Monday.")
    assert [(p.text, p.country) for p in doc._.places] == [("LAGOS", "NG")], doc._.places


def test_the_comoro_islands_are_the_comoros(nlp):
    doc = nlp("Police in the Comoro Islands searched two houses on Monday.")
    assert [p.country for p in doc._.places] == ["KM"]


def test_a_dateline_of_two_places_gives_both(nlp):
    # "<PLACE>/<PLACE> --": a story filed from two bureaus; a body is no place among them
    doc = nlp("MOMBASA/NAIROBI — Two buses collided on the coast road on Friday, police said.")
    found = {p.text: p for p in doc._.places if p.role == "location"}
    assert found["MOMBASA"].country == "KE" and found["NAIROBI"].country == "KE"
    doc = nlp("KANDAHAR/PENTAGON — Two drones crashed on Friday, officials said.")
    assert [p.text for p in doc._.places] == ["KANDAHAR"]


def test_a_division_named_with_its_suffix_noun_makes_its_bare_name_known(gazetteer):
    # "Zabul province" is a place, so "the Zabul provincial head" read as an organisation
    # names the same place
    words = ["Rebels", "left", "Zabul", "province", ".", "The", "Zabul", "provincial", "head",
             "spoke", "."]  # fmt: skip
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(2, 4, "GPE"), (6, 7, "ORG")]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Zabul province", "GPE"), ("Zabul", "GPE")]


def test_a_surname_is_not_a_place_when_the_full_name_is_in_the_article(gazetteer):
    # "Hartmann" alone looks like a place to the model; "Bill Hartmann" says who it is.
    words = ["Bill", "Hartmann", "appealed", ".", "Hartmann", "lost", "in", "Texas", "."]
    doc = entity_doc(words, [(0, 2, "PERSON"), (4, 5, "GPE"), (7, 8, "GPE")])
    doc = PlaceNamePass(gazetteer)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Bill Hartmann", "PERSON"),
        ("Hartmann", "PERSON"),
        ("Texas", "GPE"),
    ]


def test_a_state_keeps_its_sense_next_to_a_namesake(gazetteer):
    words = ["George", "Washington", "High", "said", "Washington", "would", "pay", "."]
    doc = entity_doc(words, [(0, 2, "PERSON"), (4, 5, "GPE")])
    doc = PlaceNamePass(gazetteer)(doc)
    assert ("Washington", "GPE") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["the", "University", "of", "Georgia", "said"], [("Georgia", "embedded")]),
        (["the", "U.S.", "Senate", "voted"], [("U.S.", "embedded")]),
        (["the", "White", "House", "said"], []),  # "White" is only an alternate county name
        (["Wal", "-", "Mart", "said"], []),
    ],
)
def test_places_inside_organisation_names(gazetteer, words, expected):
    n_org = len(words) - 1
    doc = entity_doc(words, [(0, n_org, "ORG")])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == expected


def test_a_country_inside_a_party_name_is_not_a_location(nlp):
    doc = nlp("The mayor refused to join United Russia, the ruling party.")
    assert "Russia" not in [p.text for p in doc._.places if p.role == "location"]


def test_streets_are_stored_and_listed_by_the_name_as_written(tmp_path, db_path):
    import json

    from typer.testing import CliRunner

    import frontlines
    from frontlines.cli.main import app

    article = tmp_path / "shooting.txt"
    article.write_text(
        "Man shot in Alexandria\n\nA man was shot on Memphis Street in Alexandria, "
        "Louisiana, on Friday, police said.\n",
        encoding="utf-8",
    )
    frontlines.ingest([article], db_path)
    result = CliRunner().invoke(app, ["places", "--db", str(db_path), "--role", "street", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["name"], r["geonames_id"], r["lat"]) for r in rows] == [
        ("Memphis Street", None, None)
    ]


def test_organisations_peoples_and_cut_names_never_become_places(nlp):
    doc = nlp(
        "The EU and NATO met in Brussels. Baloch separatists attacked a train in Quetta. "
        "The Wall Street Journal said Taliban fighters did not leave Kabul."
    )
    found = {p.text: p for p in doc._.places}
    assert {"Brussels", "Quetta", "Kabul"} <= set(found)
    assert not {"EU", "NATO", "Baloch", "Wall", "Taliban", "n't"} & set(found)


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a name the model left untagged, after a locative preposition
        (["Near", "Al", "Hawijah", ",", "two", "strikes", "hit", "."], [],
         [("Al Hawijah", "GPE")]),
        # ... or before a container noun
        (["the", "arid", "Syrian", "Deir", "Ezzor", "province", "fell"], [(2, 3, "NORP")],
         [("Syrian", "NORP"), ("Deir Ezzor", "GPE")]),
        # no place context, no other mention: left alone
        (["Manbij", "Smith", "spoke", "to", "us", "."], [], []),
        # a mislabelled name with words only a place takes around it
        (["They", "shelled", "eastern", "Manbij", "."], [(3, 4, "NORP")], [("Manbij", "GPE")]),
        (["Troops", "massed", "west", "of", "Tikrit", "."], [(4, 5, "PERSON")],
         [("Tikrit", "GPE")]),
        (["the", "siege", "of", "Darayya", "ended"], [(3, 4, "ORG")], [("Darayya", "GPE")]),
        # one sense per document: a place once, a place everywhere (tagged or not)
        (["Rebels", "held", "Manbij", ".", "Manbij", "fell", ".", "Manbij", "burned"],
         [(2, 3, "ORG"), (4, 5, "GPE")],
         [("Manbij", "GPE"), ("Manbij", "GPE"), ("Manbij", "GPE")]),
        # a sea's name goes on over "of"
        (["Ships", "crossed", "the", "Gulf", "of", "Aden", "."], [], [("Gulf of Aden", "GPE")]),
        # "the village of X" names a place whether the gazetteer knows it or not
        (["in", "the", "village", "of", "Umm", "Qadira", "."], [], [("Umm Qadira", "GPE")]),
        (["near", "the", "village", "of", "Umm", "Qadira"], [(4, 6, "PERSON")],
         [("Umm Qadira", "GPE")]),
        # the body that rules a place is no place; "government of Iraq" keeps the place
        (["the", "government", "of", "Iraq", "said"], [(1, 4, "GPE")], [("Iraq", "GPE")]),
        (["the", "Iraqi", "government", "said"], [(1, 3, "GPE")],
         [("Iraqi government", "ORG")]),
    ],
)  # fmt: skip
def test_places_the_model_missed_or_mislabelled(gazetteer, words, ents, expected):
    doc = PlaceNamePass(gazetteer)(entity_doc(words, ents))
    assert entity_labels(doc) == expected


def test_a_place_is_the_object_of_a_verb_of_movement(nlp):
    doc = nlp("Thousands of families fled Qamishli on Tuesday as the fighting spread.")
    assert "Qamishli" in [p.text for p in doc._.places if p.role == "location"]


def test_the_seed_story_province_is_found(nlp):
    doc = nlp("Drones hit a gas plant in the arid Syrian Deir Ezzor province late on Sunday.")
    (found,) = [p for p in doc._.places if p.text.startswith("Deir")]
    assert found.country == "SY" and found.lat is not None


def test_a_facility_named_after_a_town_is_placed_near_it(nlp):
    doc = nlp("The militia said its fighters were 5 km from Tabqa Dam on Sunday.")
    (dam,) = [p for p in doc._.places if p.text.endswith("Dam")]
    assert (dam.role, dam.country, dam.acled_precision) == ("location", "SY", 2)
    assert dam.lat is not None and dam.confidence is not None and dam.confidence <= 0.5


def test_a_name_after_plural_place_nouns_such_as(nlp):
    doc = nlp("Historic cities such as Tikrit and Samarra have been badly damaged.")
    assert {"Tikrit", "Samarra"} <= {p.text for p in doc._.places if p.role == "location"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a battle's name read as a work of art holds its place, as an event's does
        (["The", "Siege", "of", "Homs", "ended"], [("Homs", "embedded")]),
        # a work of art's name does not ("A Tale of ...": no battle)
        (["A", "Tale", "of", "Homs", "sold"], []),
    ],
)
def test_a_battle_read_as_a_work_of_art_holds_its_place(gazetteer, words, expected):
    doc = entity_doc(words, [(0, len(words) - 1, "WORK_OF_ART")])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == expected
