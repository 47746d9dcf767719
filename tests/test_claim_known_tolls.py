"""A known toll recalls its attack by the place alone (issue 20, clsrc26): a death toll equal
to one a listed attack is known by (``tolls`` in ``data/named_history.toml``), in a sentence
naming a place the attack is remembered by, is as of the attack's day. Sentences written
for this test (no story text)."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.named_history import conflicts
from tests.claim_reading import claims_by_number


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        ("The vigil came a year after 49 people were killed in Orlando.", 49.0, "2016-06-12"),
        ("Lawmakers recalled the 20 children shot dead at a Newtown school.", 20.0,
         "2012-12-14"),
        ("Mourners held a vigil for the 14 shot dead in San Bernardino.", 14.0,
         "2015-12-02"),
        ("At least 130 people died in Paris that night, the minister recalled.", 130.0,
         "2015-11-13"),
    ],
)
def test_a_known_toll_by_its_place_is_as_of_the_attack(nlp, text, value, as_of):
    claim = claims_by_number(nlp, text, "2017-03-01")[value]
    assert claim.measure == "killed"
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two people were killed in Orlando on a quiet street.", 2.0),  # another toll
        ("Forty-nine people were wounded in Orlando.", 49.0),  # not the dead
        ("Gunmen killed 49 villagers across the province.", 49.0),  # no place of the attack
    ],
)
def test_a_toll_that_is_not_the_attacks_stays_as_of_the_report(nlp, text, value):
    assert claims_by_number(nlp, text, "2017-03-01")[value].as_of == "2017-03-01"


@pytest.mark.parametrize("published", ["2010-05-04", "2016-06-20"])
def test_a_story_written_before_or_soon_after_the_attack_is_not_dated_by_it(nlp, published):
    """Before the attack the toll is another's; within a month it may still be rising."""
    claim = claims_by_number(nlp, "Police said 49 people were killed in Orlando.",
                             published)[49.0]
    assert claim.as_of == published


def test_a_toll_dated_in_its_own_clause_keeps_its_date(nlp):
    claim = claims_by_number(nlp, "On Tuesday, gunmen killed 14 shoppers in San Bernardino.",
                             "2019-03-08")[14.0]
    assert claim.as_of == "2019-03-05"


def test_every_listed_toll_has_a_day_and_a_place():
    for conflict in conflicts():
        if conflict.tolls:
            assert conflict.date is not None and conflict.places, conflict.names


def test_a_range_is_no_known_toll(nlp):
    claim = claims_by_number(nlp, "Between 14 and 20 people were killed in San Bernardino.",
                             "2017-03-01")[14.0]
    assert claim.as_of == "2017-03-01"


def test_a_place_in_the_sentence_before_dates_no_toll(nlp):
    text = ("The town marked the anniversary of the Boston Marathon bombing. "
            "Three people were killed when a gunman opened fire at a bar.")
    assert claims_by_number(nlp, text, "2017-03-01")[3.0].as_of == "2017-03-01"


def test_a_year_in_the_clause_is_refined_to_the_attacks_day(nlp):
    text = "The film retells the 2012 raid in Benghazi in which four Americans died."
    assert claims_by_number(nlp, text, "2016-01-20")[4.0].as_of == "2012-09-11"
