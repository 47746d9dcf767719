"""Claims on real news, issue 20 (brief clrec11): recall and precision shapes, each tested on
sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # an admission to come counts people who are refugees already
        ("Canada will accept 25,000 refugees by the end of February.", "25,000"),
        ("The administration said 10,000 Syrian refugees would be admitted next year.",
         "10,000"),
        # a country taking people in is an admission, no capacity of a building
        ("The country will take in 5,000 Syrian refugees over two years.", "5,000"),
        ("Germany will take in 800,000 asylum seekers this year.", "800,000"),
        # resettlement is of refugees
        ("The minister said that 40,000 would be resettled from camps in Jordan.", "40,000"),
    ],
)
def test_admissions_to_come_count_refugees(nlp, text, number):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == "refugees"


@pytest.mark.parametrize(
    "text",
    [
        # a flight to come, a place's capacity: no count yet
        "As many as 300,000 Eritreans could flee to Sudan if the fighting spreads.",
        "The camp can take in 5,000 refugees.",
        "The new prison will hold 2,000 inmates.",
        "The transit centre can hold, at most, 650 people.",
    ],
)
def test_flights_to_come_and_capacities_stay_out(nlp, text):
    assert _claims(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "number", "kept"),
    [
        # a number on the object of a preposition of setting counts events or places
        ("A total of 260 people were injured in the two blasts.", "two", "260"),
        ("Residents were evacuated from four villages after the shelling.", "four", None),
        ("Police detained 40 suspects during two raids on Tuesday.", "two", "40"),
    ],
)
def test_counts_of_settings_are_no_tolls(nlp, text, number, kept):
    found = _claims(nlp, text)
    if kept is not None:
        assert kept in found
    wrong = found.get(number)
    assert wrong is None or wrong.measure not in {"wounded", "displaced", "detained"}, (
        wrong.measure if wrong else None)


def test_a_described_object_still_counts_people(nlp):
    # "thinks about the 14 pupils who were killed": the clause says what befell them
    found = _claims(nlp, "He still thinks about the 14 pupils who were killed in the attack.")
    assert "14" in found
    assert found["14"].measure == "killed"


def test_a_toll_noun_after_a_preposition_is_the_toll(nlp):
    # "resulted in 1,500 fatalities": the noun is what the measure counts, not a setting
    found = _claims(nlp, "Rival cartel violence in the country has resulted in 1,500 "
                         "fatalities in the first half of the year.")
    assert "1,500" in found
    assert found["1,500"].measure == "killed"
