"""A dotted abbreviation reads only as the places our alias file spells it so (issue 21,
resolve/place/spellings.py): "L.A." is Los Angeles, "La." Louisiana, though both fold to
one lookup key."""

from __future__ import annotations

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.gazetteer import Candidate
from frontlines.resolve.place.spellings import spelt_as_written
from tests.place_reading import toponyms_in


def _names(resolver: ToponymResolver, text: str, names: list[str]) -> list[str | None]:
    return [
        r.place.name if r.place else None
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


def test_initials_with_stops_are_the_city_and_the_state_abbreviation_the_state(gazetteer):
    resolver = ToponymResolver(gazetteer)
    text = "Detectives in L.A. said the van was found on Tuesday."
    assert _names(resolver, text, ["L.A."]) == ["Los Angeles"]
    text = "The levee near Lafayette, La., held overnight."
    assert _names(resolver, text, ["Lafayette", "La."]) == ["Lafayette", "Louisiana"]


def test_a_direction_before_the_initials_reads_them_the_same_way(gazetteer):
    names = [c.place.name for c in ToponymResolver(gazetteer).readings("South L.A.")]
    assert "Los Angeles" in names and "Louisiana" not in names


def test_without_the_check_both_spellings_share_their_readings(gazetteer):
    found = gazetteer.candidates("L.A.")
    assert {"Los Angeles", "Louisiana"} <= {c.place.name for c in found}
    kept = spelt_as_written("L.A.", found)
    assert [c.place.name for c in kept if c.kind == "abbr"] == ["Los Angeles"]
    # written without stops, the spelling tells nothing: the ranker decides
    assert spelt_as_written("LA", found) == list(found)


def test_an_abbreviation_no_alias_spells_is_kept(gazetteer):
    found: list[Candidate] = gazetteer.candidates("N.Y.")
    assert spelt_as_written("N.Y.", found) == list(found)
