"""Claims on stories the rules were not written on (issue 20, brief claimsr): what a
guide-following coder takes and leaves. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import measures_by_text as _measures


def test_every_item_of_a_list_is_counted(nlp):
    found = _measures(nlp, "The attacks killed 17 people: nine soldiers, five police "
                           "officers and three civilians.")  # fmt: skip
    assert found == {"17": "killed", "nine": "killed", "five": "killed", "three": "killed"}


@pytest.mark.parametrize(
    "text",
    [
        "The patient drank approximately 1.5 p of the syrup.",  # a fraction is no head count
    ],
)
def test_numbers_a_coder_leaves_out(nlp, text):
    assert _measures(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The area under rebel control grew to 5,000 square kilometers.",
        "Rebel-held eastern Ghouta spans roughly 100 square kilometers.",
        "The militants' self-declared state covered some 90,000 square kilometers.",
    ],
)
def test_an_area_in_a_conflict_story_is_territory(nlp, text):
    assert set(_measures(nlp, text).values()) == {"territory_area"}


def test_an_area_held_or_taken_is_territory(nlp):
    found = _measures(nlp, "Government forces recaptured roughly 1,200 square kilometers "
                           "from the militants.")  # fmt: skip
    assert set(found.values()) == {"territory_area"}


def test_leaving_a_place_is_displacement(nlp):
    assert set(_measures(nlp, "About 8,000 people left the city after the shelling.")
               .values()) == {"displaced"}  # fmt: skip
    assert _measures(nlp, "The floods left thousands without power.") == {}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The attack killed 30 soldiers, bringing the total this month to 200.", "200"),
        ("Police detained 14 people on Monday, taking the total to 60.", "60"),
        ("The rebels now control an area of about 5,000 square kilometres.",
         "about 5,000 square kilometres"),
    ],
)
def test_running_totals_and_areas_of_land_stay_claims(nlp, text, value):
    assert value in _measures(nlp, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Two suicide bombers killed 30 people at the market.", {"30": "killed"}),
        ("Clashes between the two groups have killed 2 people since Sunday.",
         {"2": "killed"}),
        ("Thousands of residents fled the city as the fighting intensified.",
         {"Thousands": "displaced"}),
        ("Ten people lost their lives in the blast.", {"Ten": "killed"}),
    ],
)
def test_the_doers_are_not_counted_as_their_victims(nlp, text, kept):
    assert _measures(nlp, text) == kept


def test_a_side_that_lost_soldiers_had_them_killed(nlp):
    found = _measures(nlp, "The army has lost 3,000 men since the war began.")
    assert found == {"3,000": "killed"}
