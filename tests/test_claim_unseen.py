"""Claims on stories the rules were not written on (issue 20, brief claimsr): what a
guide-following coder takes and leaves. Sentences written for this test."""

from __future__ import annotations

import pytest


def _measures(nlp, text: str) -> dict[str, str]:
    return {c.text: c.measure for c in nlp(text)._.claims}


def test_every_item_of_a_list_is_counted(nlp):
    found = _measures(nlp, "The attacks killed 17 people: nine soldiers, five police "
                           "officers and three civilians.")  # fmt: skip
    assert found == {"17": "killed", "nine": "killed", "five": "killed", "three": "killed"}


@pytest.mark.parametrize(
    "text",
    [
        "The patient drank approximately 1.5 p of the syrup.",  # a fraction is no head count
        "The estate covers 190,000 square meters of expensive property.",  # not territory
        "The navy is responsible for 2.5 million square miles of sea.",
        "Eight other employees left the agency.",  # an institution, not a home
    ],
)
def test_numbers_a_coder_leaves_out(nlp, text):
    assert _measures(nlp, text) == {}


def test_an_area_held_or_taken_is_territory(nlp):
    found = _measures(nlp, "Government forces recaptured roughly 1,200 square kilometers "
                           "from the militants.")  # fmt: skip
    assert set(found.values()) == {"territory_area"}


def test_leaving_a_place_is_displacement_but_leaving_people_without_is_not(nlp):
    assert set(_measures(nlp, "About 8,000 people left the city after the shelling.")
               .values()) == {"displaced"}  # fmt: skip
    found = _measures(nlp, "The storm killed 14 people and left thousands without power.")
    assert found == {"14": "killed"}
