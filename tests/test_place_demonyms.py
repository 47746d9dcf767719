"""A people named for a state, a province or a continent reads as that place, as a
country's demonym reads as the country (issue 21, data/place_aliases.toml)."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from tests.place_reading import toponyms_in


def _read(gazetteer, text: str, names: list[str]) -> list[tuple[str, str, str]]:
    found = ToponymResolver(gazetteer).resolve_document(toponyms_in(text, names), text)
    return [(p.country, p.admin1, p.feature_code) if p else ("", "", "") for p in found]


def test_state_and_province_demonyms_read_as_the_division(gazetteer):
    text = "Many Iowans and a few Ontarians drove south to see the Texan rodeo."
    assert _read(gazetteer, text, ["Iowans", "Ontarians", "Texan"]) == [
        ("US", "IA", "ADM1"), ("CA", "08", "ADM1"), ("US", "TX", "ADM1"),
    ]  # fmt: skip


def test_continent_demonyms_read_as_the_continent(gazetteer):
    text = "European buyers and African growers met at the fair."
    assert _read(gazetteer, text, ["European", "African"]) == [("", "", "CONT")] * 2


def test_a_shared_demonym_stays_the_countrys(gazetteer):
    """ "Georgians" are the country's people in the file; the state's is not added."""
    assert _read(gazetteer, "Georgians voted on Sunday.", ["Georgians"]) == [("GE", "", "PCLI")]


def test_state_demonyms_are_no_place_names(gazetteer):
    """A demonym tells where a story is set; it does not make a word a place name."""
    assert not gazetteer.is_place_name("Iowans")
    assert not gazetteer.is_place_name("Texan")
