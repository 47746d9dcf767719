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
