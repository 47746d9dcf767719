"""Place names written in capitals (strike reports, wire headlines) read as the places they
spell; real acronyms keep reading only as what they abbreviate (issue 21)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import Gazetteer, Toponym, ToponymResolver
from frontlines.resolve.place.names import in_capitals, is_acronym


@pytest.fixture(scope="module")
def resolver(gazetteer: Gazetteer) -> ToponymResolver:
    return ToponymResolver(gazetteer)


def _placed(text: str, name: str) -> Toponym:
    start = text.index(name)
    return Toponym(name, start, start + len(name))


@pytest.mark.parametrize(
    ("name", "country", "code"),
    [
        ("MOSUL", "IQ", "P"),  # five capitals and more: a word, not an acronym
        ("RAQQA", "SY", "P"),
        ("ALEPPO", "SY", "P"),
        ("TAL AFAR", "IQ", "P"),  # several words
        ("DEIR EZZOR", "SY", None),
        ("SYRIA", "SY", "A"),
        ("IRAQ", "IQ", "A"),  # four capitals spelling a country's own name
    ],
)
def test_a_name_in_capitals_reads_as_its_title_case_form(resolver, name, country, code):
    place = resolver.resolve(name)
    assert place is not None and place.country == country, name
    assert code is None or place.feature_class == code


@pytest.mark.parametrize("name", ["EU", "NATO", "ISIS", "U.N."])
def test_real_acronyms_still_name_no_town(resolver, name):
    assert resolver.resolve(name) is None


@pytest.mark.parametrize(("name", "country"), [("US", "US"), ("UAE", "AE"), ("UK", "GB")])
def test_short_abbreviations_still_read_as_what_they_abbreviate(resolver, name, country):
    place = resolver.resolve_document([name, "France"])[0]
    assert place is not None and place.country == country


def test_four_capitals_are_a_word_in_a_line_written_in_capitals(resolver):
    line = "COALITION JETS STRUCK TARGETS NEAR HOMS AND IN IRAQ ON TUESDAY"
    assert in_capitals(line, line.index("HOMS"), line.index("HOMS") + 4)
    assert is_acronym("HOMS") and not is_acronym("HOMS", in_capitals=True)
    homs, iraq = resolver.resolve_document([_placed(line, "HOMS"), _placed(line, "IRAQ")], line)
    assert homs is not None and homs.country == "SY"
    assert iraq is not None and iraq.is_country and iraq.country == "IQ"


def test_a_mixed_case_line_is_not_in_capitals():
    text = "Officials from NATO and the EU met in Brussels on Tuesday, a spokesman said."
    assert not in_capitals(text, text.index("NATO"), text.index("NATO") + 4)
    report = "Strike summary\nNEAR RAQQA, SYRIA: TWO STRIKES DESTROYED A FIGHTING POSITION.\n"
    start = report.index("RAQQA")
    assert in_capitals(report, start, start + 5)
    assert not in_capitals(report, 0, 6)  # the mixed-case title line above stays its own
    assert not in_capitals("", 0, 0) and not in_capitals("abc", 2, 9)


def test_the_recogniser_finds_places_in_a_line_written_in_capitals(nlp):
    text = (
        "Strike summary for Tuesday.\n"
        "COALITION JETS STRUCK TARGETS NEAR MOSUL AND IN SYRIA ON TUESDAY.\n"
        "Officials from NATO and the EU met in Brussels."
    )
    places = {p.text: p for p in nlp(text)._.places}
    assert places["MOSUL"].country == "IQ" and places["MOSUL"].lat is not None
    assert places["SYRIA"].country == "SY"
    assert "NATO" not in places and "EU" not in places


def test_a_long_name_in_capitals_in_a_mixed_case_line_is_found(nlp):
    places = {p.text: p for p in nlp("Near HAJIN, Syria, one strike hit a position.")._.places}
    assert places["HAJIN"].country == "SY" and places["HAJIN"].lat is not None


def test_an_acronym_the_gazetteer_lacks_is_no_untagged_place(nlp):
    text = "Troops of the MONUSCO mission deployed near Goma, and MONUSCO patrols left Goma."
    assert "MONUSCO" not in {p.text for p in nlp(text)._.places}
