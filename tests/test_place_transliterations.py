"""A transliteration's consonant skeleton (``names.fold_key``): the last fallback of a spelling
of a place in a country whose names reach English transliterated, read only near the story's
places. Places and sentences are invented or written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from frontlines.resolve.place import Gazetteer, ToponymResolver
from frontlines.resolve.place.gazetteer import FOLD_LONG_KEY, FOLD_MIN_KEY
from frontlines.resolve.place.names import (
    FOLD_MARK,
    TRANSLITERATED_COUNTRIES,
    fold_key,
    name_key,
)
from frontlines.resolve.place.rows import names_for
from frontlines.resolve.place.sources import PlaceRow
from tests.hand_gazetteer import tiny_gazetteer


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Shaykh Barzan", "Sheikh Barzaan"),  # Sheikh / Shaykh, doubled vowels
        ("Sheik Barzan", "Shaikh Barzan"),
        ("Tell Sufan", "Tal Soufan"),  # Tal / Tell, ou / u
        ("Deir al-Hafir", "Dayr Hafeer"),  # Deir / Dayr, an article, ee / i
        ("Abou ad-Dalil", "Abu al Dalil"),  # Abu / Abou, an assimilated article
        ("Qasr Mirkan", "Kasr Mirgan"),  # q / k / g
        ("Khan Tulaib", "Kan Touleib"),  # kh / k
        ("Dhahabiyah", "Zahabiya"),  # dh / z, -iyah / -iya
        ("Zahabiyya", "Zahabieh"),  # -iyya / -ieh
        ("Ras el-Mirr", "Ra's al Mir"),  # marks, hyphens, doubled consonants
        ("Deir Ezzawr", "Dayr az-Zawr"),  # an article written into the word
        ("Cheikh Najjar", "Shaykh Najar"),  # French ch
    ],
)
def test_transliterations_of_one_name_share_a_skeleton(one, other):
    assert name_key(one) != name_key(other) or one == other
    assert fold_key(one) == fold_key(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("Barzan", "Marzan"), ("Tell Sufan", "Tell Sufar"), ("Kirbala", "Kirbana")],
)
def test_another_consonant_is_another_name(one, other):
    assert fold_key(one) != fold_key(other)


def test_the_countries_of_transliterated_names_are_a_data_list():
    assert {"SY", "IQ", "IR", "AF", "YE"} <= TRANSLITERATED_COUNTRIES
    assert not {"US", "GB", "FR", "DE"} & TRANSLITERATED_COUNTRIES


def test_digits_are_no_consonants():
    # "Checkpoint 9" and "Checkpoint" are one skeleton; a number alone is none
    assert fold_key("Checkpoint 9") == fold_key("Checkpoint")
    assert fold_key("Post 41") == fold_key("Post") and fold_key("41 41") == ""


def test_a_skeleton_too_short_to_read_is_not_stored():
    assert len(fold_key("Tal Ea")) < FOLD_MIN_KEY
    assert [r.kind for r in names_for(7, "name", "Tal Ea", folded=True)] == ["name"]


def test_only_a_transliterated_country_s_names_get_a_skeleton():
    plain = list(names_for(7, "name", "Tell Sufan"))
    folded = list(names_for(7, "name", "Tell Sufan", folded=True))
    assert [r.kind for r in plain] == ["name"]
    assert [(r.key, r.kind) for r in folded[1:]] == [(FOLD_MARK + fold_key("Tell Sufan"), "fold")]
    assert list(names_for(7, "demonym", "Sufani", folded=True))[-1].kind == "demonym"


# Invented places: a town and a village of one skeleton far apart (the far one more
# populous), a province that vouches for the near one, and a town of a country whose
# names are no transliteration.
PLACES = (
    PlaceRow(11, "Tall Sufan", 36.50, 40.70, "SY", "05", "", 3000, "P", "PPL"),
    PlaceRow(15, "Sufan", 36.45, 40.75, "SY", "05", "", 2000, "P", "PPL"),
    PlaceRow(12, "Tal Safin", 33.90, 45.10, "IQ", "09", "", 40000, "P", "PPL"),
    PlaceRow(13, "Al Barzaniyah", 36.40, 40.90, "SY", "05", "", 250000, "A", "ADM1"),
    PlaceRow(14, "Talsafen", 51.0, 7.0, "DE", "07", "", 90000, "P", "PPL"),
)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    names = [
        row
        for p in PLACES
        for row in names_for(p.geonames_id, "name", p.name, p.country in TRANSLITERATED_COUNTRIES)
    ]
    return tiny_gazetteer(tmp_path_factory.mktemp("gaz"), PLACES, names)


def test_a_skeleton_reads_only_places_of_transliterated_countries(tiny):
    assert tiny.variants("Tel Sofan") == []  # two letters off any name
    found = {c.place.geonames_id for c in tiny.transliterations("Tel Sofan")}
    assert found == {11, 12}  # both Tall Sufan and Tal Safin; never Talsafen (DE)
    assert all(c.kind == "fold" for c in tiny.transliterations("Tel Sofan"))


def test_a_skeleton_is_no_place_name_and_no_exact_reading(tiny):
    assert not tiny.is_place_name("Tel Sofan")  # recognition never rests on a skeleton
    assert tiny.candidates("Tel Sofan") == []
    assert tiny.candidates(FOLD_MARK + fold_key("Tall Sufan")) == []  # keys fold the mark away


def test_a_skeleton_of_two_consonants_reads_nothing(tiny):
    assert len(fold_key("Tel Ea")) < FOLD_MIN_KEY
    assert tiny.transliterations("Tel Ea") == []
    assert tiny.transliterations("Tower 55") == []  # "tr": the number adds nothing


def test_a_skeleton_of_three_consonants_needs_a_nearer_place(tiny):
    # most Arabic roots are three consonants: "Saufan" is a skeleton of dozens of names,
    # so only a place the story names nearby vouches for it
    assert len(fold_key("Saufan")) == FOLD_LONG_KEY - 1
    assert {c.place.geonames_id for c in tiny.transliterations("Saufan")} == {15}
    near = ToponymResolver(tiny).resolve_document_scored(["Al Barzaniyah", "Saufan"])[1]
    assert near.place is not None and near.place.geonames_id == 15  # 15 km away
    weights = ToponymResolver(tiny).weights
    far = ToponymResolver(tiny, replace(weights, fold_short_km=10.0))
    assert far.resolve_document_scored(["Al Barzaniyah", "Saufan"])[1].place is None


def test_an_exact_spelling_never_falls_back_to_the_skeleton(tiny):
    readings = ToponymResolver(tiny).readings("Tal Safin")
    assert [(c.place.geonames_id, c.kind) for c in readings] == [(12, "name")]


def test_a_transliteration_is_read_near_the_story_s_places_at_lower_confidence(tiny):
    # the province vouches for the village nearby, though a bigger town 600 km away
    # has the same consonants
    province, village = ToponymResolver(tiny).resolve_document_scored(
        ["Al Barzaniyah", "Tel Sofan"]
    )
    assert province.place is not None and village.place is not None
    assert village.place.geonames_id == 11
    assert village.confidence <= 0.5 * province.confidence


def test_a_transliteration_alone_is_no_reading(tiny):
    assert ToponymResolver(tiny).resolve_document_scored(["Tel Sofan"])[0].place is None


def test_a_transliteration_far_from_the_story_s_places_is_no_reading(tiny):
    # the province lies 400 km from Tal Safin: it vouches only for what lies near it
    resolved = ToponymResolver(tiny).resolve_document_scored(["Al Barzaniyah", "Tell Sapheen"])
    assert {c.place.geonames_id for c in tiny.transliterations("Tell Sapheen")} == {11, 12}
    assert resolved[1].place is not None and resolved[1].place.geonames_id == 11


def test_a_village_by_another_spelling_gets_its_coordinates(nlp):
    doc = nlp(
        "Shelling hit Qamishly and the city of Hasakah on Sunday, residents of both cities said."
    )
    found = {p.text: p for p in doc._.places}
    assert "Qamishly" in found
    assert found["Qamishly"].lat is not None and 36 < found["Qamishly"].lat < 38


def test_a_town_spelt_neither_exactly_nor_a_letter_off_is_located_near_its_neighbour(nlp):
    doc = nlp(
        "Government troops shelled homes in Maarrat Masreen and Saraqib on Sunday, killing "
        "four people."
    )
    found = {p.text: p for p in doc._.places}
    town, neighbour = found["Maarrat Masreen"], found["Saraqib"]
    assert town.lat is not None and neighbour.lat is not None
    assert abs(town.lat - neighbour.lat) < 0.5  # Ma'arrat Misrin, 20 km away
    assert town.confidence is not None and neighbour.confidence is not None
    assert town.confidence <= 0.5 * neighbour.confidence
