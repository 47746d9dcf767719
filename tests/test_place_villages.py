"""Places the packaged gazetteer lacks or spells otherwise: villages that show themselves by
their contexts, spellings one letter off, and places inside organisation names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontlines.nlp.geo import PlaceResolverComponent
from frontlines.resolve.place import Gazetteer, ToponymResolver
from frontlines.resolve.place.gazetteer import VOWEL_LIKE, one_edit_apart
from frontlines.resolve.place.names import lookup_variants, name_key
from frontlines.resolve.place.sources import NameRow, PlaceRow
from tests.hand_docs import entity_doc
from tests.hand_gazetteer import tiny_gazetteer
from tests.place_reading import entity_labels

# Invented places: a province spelt two ways, a big town, and a long one-word name.
PLACES = (
    PlaceRow(1, "Dayr az Zawr", 35.0, 40.5, "AA", "07", "", 400000, "A", "ADM1"),
    PlaceRow(2, "Karbolan", 32.6, 44.0, "AA", "12", "", 900000, "P", "PPL"),
    PlaceRow(3, "Qaryatayntown", 34.2, 37.2, "AA", "08", "", 20000, "P", "PPL"),
)
NAMES = (
    NameRow(name_key("Dayr az Zawr"), 1, "name"),
    NameRow(name_key("Deir ez-Zor"), 1, "alt"),
    NameRow(name_key("Karbolan"), 2, "name"),
    NameRow(name_key("Karbilan"), 2, "alt"),
    NameRow(name_key("Qaryatayntown"), 3, "name"),
)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    return tiny_gazetteer(tmp_path_factory.mktemp("gaz"), PLACES, NAMES)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("dayrazayr", "dayrazawr", True),  # one letter replaced
        ("karabilan", "karbilan", True),  # one deleted
        ("karbilan", "karabilan", True),  # one inserted
        ("karabilan", "karbolan", False),  # two
        ("martingale", "martindale", True),  # any letter ...
        ("same", "same", False),  # no edit: an exact match is no variant
    ],
)
def test_one_edit_apart(a, b, expected):
    assert one_edit_apart(a, b) is expected


def test_transliterations_differ_in_vowel_like_letters_only():
    assert one_edit_apart("dayrazayr", "dayrazawr", VOWEL_LIKE)
    assert one_edit_apart("abukamal", "abukamaal", VOWEL_LIKE)
    assert not one_edit_apart("martingale", "martindale", VOWEL_LIKE)  # ... but not a consonant
    assert not one_edit_apart("kingstret", "kingstre", VOWEL_LIKE)


def test_a_spelling_one_letter_off_a_name_of_several_words(tiny):
    (found,) = tiny.variants("Dayr Az Zayr")
    assert (found.place.geonames_id, found.kind) == (1, "variant")
    assert tiny.variants("Dayr az Zawr") == []  # exact: no variant of itself
    assert [c.place.geonames_id for c in tiny.variants("Qaryataintown")] == [3]  # long word
    assert tiny.variants("Qaryatayntowm") == []  # a consonant changed: another name


def test_variants_are_read_once_and_handed_out_as_copies(tiny):
    first = tiny.variants("Dayr Az Zayr")
    first.clear()  # the caller's own list: the remembered readings are untouched
    hits = tiny._cached_variants.cache_info().hits
    again = tiny.variants("Dayr Az Zayr")
    assert [(c.place.geonames_id, c.kind) for c in again] == [(1, "variant")]
    assert tiny._cached_variants.cache_info().hits == hits + 1
    assert again == list(tiny._variants("Dayr Az Zayr"))  # as a fresh scan reads it


def test_a_short_single_word_is_no_variant_of_a_big_town(tiny):
    # "Karabilan", a village, is one letter from an alternate spelling of a big town: reading
    # it as the town would put a village's events 300 km away
    assert tiny.variants("Karabilan") == []
    assert ToponymResolver(tiny).resolve_document_scored(["Karabilan"])[0].place is None


def test_a_variant_reading_is_half_as_sure(tiny):
    exact, variant = ToponymResolver(tiny).resolve_document_scored(["Dayr az Zawr", "Dayr Az Zayr"])
    assert exact.place is not None and variant.place is not None
    assert exact.place.geonames_id == variant.place.geonames_id == 1
    assert variant.confidence <= 0.5 * exact.confidence


def test_a_variant_needs_a_settled_place_in_its_country(tiny):
    # alone, or in a story whose places lie elsewhere, a letter off is no evidence
    assert ToponymResolver(tiny).resolve_document_scored(["Dayr Az Zayr"])[0].place is None


def test_a_village_no_gazetteer_holds_shows_itself_in_two_place_contexts(nlp):
    doc = nlp(
        "Marines pushed into Husaybah on Monday. Insurgents who fled Zarqabiyah regrouped "
        "near Ubaydi. The assault on Husaybah and Zarqabiyah lasted a week."
    )
    villages = [p for p in doc._.places if p.text == "Zarqabiyah"]
    assert len(villages) == 2
    assert all(p.role == "location" and p.lat is None and p.confidence is None for p in villages)


def test_a_name_after_to_and_from_is_no_village(nlp):
    doc = nlp(
        "The minister sent a letter to Zorbanek on Monday. A reply from Zorbanek came on "
        "Friday, the ministry said."
    )
    assert "Zorbanek" not in [p.text for p in doc._.places]


def _org(words: list[str]) -> Doc:
    return entity_doc(words, [(0, len(words) - 1, "ORG")])


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Islamic", "State", "of", "Iraq", "and", "the", "Levant", "said"],
         [("Iraq", "embedded"), ("the Levant", "embedded")]),
        (["the", "Middle", "East", "Tobias", "Ellwood", "said"], [("Middle East", "embedded")]),
        (["Embassy", "in", "Amman", "said"], [("Amman", "embedded")]),
        (["Bank", "of", "America", "Merrill", "Lynch", "said"], []),  # a name is never cut
    ],
)  # fmt: skip
def test_places_anywhere_inside_organisation_names(words, expected, gazetteer):
    doc = _org(words)
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == expected


def test_a_nationality_or_a_generic_name_is_never_an_attested_village(nlp):
    doc = nlp(
        "Aid went to Sudanese families in Darfur. Many fled into Sudanese camps near the "
        "border. Charges were heard in General Sessions Court on Monday and again in "
        "General Sessions Court on Friday."
    )
    roles = {(p.text, p.role) for p in doc._.places}
    assert ("Sudanese", "location") not in roles
    assert not any("Court" in p.text for p in doc._.places)


def test_a_closing_direction_is_tried_without_it():
    assert lookup_variants("Qayyarah West") == ["Qayyarah West", "Qayyarah"]
    assert lookup_variants("West Virginia")[:1] == ["West Virginia"]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Dabiq", "SY"), ("Zumar", "IQ"), ("Shirqat", "IQ"), ("Heet", "IQ"), ("the Ghouta", "SY"),
     # "Beiji" is also a Chinese name of North Pole, Alaska
     ("Beiji", "IQ"), ("Kefraya", "SY")],
)  # fmt: skip
def test_war_villages_the_extracts_lack_are_in_the_gazetteer(name, country, gazetteer):
    place = ToponymResolver(gazetteer).resolve(name)
    assert place is not None and place.country == country and place.lat is not None


def test_a_besieged_town_by_its_news_spelling_in_a_syrian_story(gazetteer):
    """ "Foah" is an alternate name of Foix and of an Egyptian town too: the story's Syria
    settles it on Al-Fu'ah."""
    from frontlines.resolve.place import Toponym

    text = "Buses left Foah and Kefraya in Idlib province, Syria, on Monday."
    names = [Toponym(n, text.index(n), text.index(n) + len(n)) for n in ("Foah", "Idlib", "Syria")]
    foah, _, _ = ToponymResolver(gazetteer).resolve_document(names, text)
    assert foah is not None and foah.country == "SY"


@pytest.mark.parametrize(
    ("words", "label", "expected"),
    [
        (["the", "Battle", "of", "Mosul", "ended"], "EVENT", [("Mosul", "embedded")]),
        (["Henderson", "County", "Jail", "said"], "FAC", [("Henderson County", "embedded")]),
        # an event or a facility often opens with a person's name, not a town's
        (["David", "Lipscomb", "Campus", "said"], "FAC", []),
        (["Moby", "Dick", "of", "Mosul", "sold"], "WORK_OF_ART", []),
    ],
)  # fmt: skip
def test_places_inside_event_and_facility_names(words, label, expected, gazetteer):
    doc = entity_doc(words, [(0, len(words) - 1, label)])
    places = PlaceResolverComponent(ToponymResolver(gazetteer))(doc)._.places
    assert [(p.text, p.role) for p in places] == expected


def test_a_place_the_model_read_as_a_law_is_relabelled(gazetteer):
    from frontlines.nlp.places import PlaceNamePass

    words = ["Christians", "live", "in", "the", "Nineveh", "Plains"]
    doc = PlaceNamePass(gazetteer)(entity_doc(words, [(3, 6, "LAW")]))
    assert entity_labels(doc) == [("the Nineveh Plains", "GPE")]
