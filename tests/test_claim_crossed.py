"""Flight across a border counts refugees, flight inside a country the displaced
(``nlp/claims/crossed.py``). Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import measures_by_text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("About 300,000 people fled to neighbouring countries last year.", "About 300,000"),
        ("More than 40,000 villagers have fled across the border into Chad.",
         "More than 40,000"),
        ("Nearly 2 million people have fled abroad since the war began.", "Nearly 2 million"),
        ("Some 12,000 people have fled the country since March.", "Some 12,000"),
        ("The exodus of about 1 million farmers to neighboring countries began in July.",
         "about 1 million"),
        ("Some 8,000 people fled across the international border into Chad.", "Some 8,000"),
    ],
)
def test_flight_abroad_counts_refugees(nlp, text, number):
    assert measures_by_text(nlp, text).get(number) == "refugees"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # another town, a border reached, homes left: still inside the country
        ("Some 20,000 families fled to the capital after the fighting.", "Some 20,000"),
        ("About 3,000 people fled to the border area.", "About 3,000"),
        ("About 5,000 people fled their homes in the north.", "About 5,000"),
        ("Some 9,000 residents fled to other towns in the province.", "Some 9,000"),
        # the main clause's flight abroad is not the number's own
        ("Thousands fled abroad after the army displaced 20,000 villagers in the north.",
         "20,000"),
        # a border inside the country: a state's, a province's, borders within a region
        ("About 30,000 people fled across the state border into Benue.", "About 30,000"),
        ("Some 40,000 residents fled across the provincial border into the neighbouring "
         "province.", "Some 40,000"),
        ("About 2,000 people fled across borders within the region.", "About 2,000"),
    ],
)
def test_flight_at_home_stays_displaced(nlp, text, number):
    assert measures_by_text(nlp, text).get(number) == "displaced"
