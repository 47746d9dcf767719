"""A date measuring the gap before an "after" or "before" clause does not date the toll
in it (``nlp/claims/offset_clauses.py``): sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import dated_claims_by_value as _run


@pytest.mark.parametrize("gap", ["the day", "the week"])
def test_a_gap_measured_before_after_is_no_date_of_the_toll(nlp, gap):
    """'The mayor spoke the day after a gunman killed 12': the day is the speaking's."""
    text = f"The mayor spoke {gap} after a gunman killed 12 people at the mall."
    claims = _run(nlp, text, "2024-03-20")
    assert claims[12.0].as_of == "2024-03-20"


def test_a_when_clause_keeps_the_main_clauses_day(nlp):
    """'when' tells the same time: the toll is of Friday."""
    text = "The mayor was at the mall on Friday when a gunman killed 12 people."
    assert _run(nlp, text, "2024-03-20")[12.0].as_of == "2024-03-15"


def test_the_day_after_a_known_attack_dates_neither(nlp):
    """'the day' is the writing's, and a clause opened by "after" is no clause of the
    attack's day either (``named_dates``): the toll is the report's."""
    text = "The senator wrote an essay the day after the Madrid bombings killed 191 commuters."
    assert _run(nlp, text, "2009-05-26")[191.0].as_of == "2009-05-26"


def test_a_day_after_the_story_is_no_reporting_day(nlp):
    """'tomorrow' in a quote just before the cue is not when the source spoke: a claim is
    never reported after the story that carries it."""
    text = '"They could strike again tomorrow." Jones said the rebels have 6,500 fighters.'
    claims = _run(nlp, text, "2023-09-07")
    assert claims[6500.0].reported == claims[6500.0].as_of == "2023-09-07"


def test_a_measured_stretch_counts_from_the_main_clauses_day(nlp):
    """'Tuesday's raid came three days after a car bomb killed nine': Saturday, counted
    from the day the main clause names, not that day itself."""
    text = "Tuesday's raid came three days after a car bomb killed nine soldiers."
    assert _run(nlp, text, "2022-05-19")[9.0].as_of == "2022-05-14"
