"""As-of dates of claims, session 11 of issue 20 (clfields11): sentences written for this
test, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.claim_reading import dated_claims_by_value as _run


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("have been killed", "2024-06-08"), ("were killed", "2024-06-07")],
)
def test_a_gapped_second_half_of_a_toll_shares_the_first_halfs_tense(nlp, verb, expected):
    """'60 people have been killed and 500 others wounded in the explosions on Friday':
    the wounded clause leaves its auxiliaries out, so it is as much a running count as
    the killed one (as of the report); told in the simple past, both are of Friday."""
    text = (f"More than 60 people {verb} and more than 500 others wounded in the "
            "explosions near the ministry on Friday.")
    claims = _run(nlp, text, "2024-06-08")
    assert claims[500.0].as_of == claims[60.0].as_of == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("Nearly 3,000 people died on 9/11.", 3000.0, "2001-09-11"),
        ("The Paris attacks killed 130 people.", 130.0, "2015-11-13"),
        ("Five officers killed in the Charlie Hebdo attack were buried.", 5.0, "2015-01-07"),
        ("The San Bernardino attack, which killed 14 people, shocked the country.", 14.0,
         "2015-12-02"),
        ("He recalled the 9/11 attacks, in which nearly 3,000 people were killed.", 3000.0,
         "2001-09-11"),
    ],
)
def test_a_toll_tied_to_a_named_attack_is_as_of_its_day(nlp, text, value, expected):
    """A toll recalled by the attack's name, with no date of its own, is as of the attack
    (general knowledge, ``data/named_history.toml``), not of the report years later."""
    claims = _run(nlp, text, "2016-03-09")
    assert claims[value].as_of == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since the Paris attacks, police have arrested 40 people.", 40.0),
        ("In the wake of the Paris attacks, France deployed 10,000 troops.", 10000.0),
        ("The attack was the deadliest since 9/11, killing 49 people.", 49.0),
    ],
)
def test_a_count_after_a_named_attack_keeps_the_report_date(nlp, text, value):
    """'since', 'after' and words like 'wake' put the count later than the attack."""
    assert _run(nlp, text, "2016-03-09")[value].as_of == "2016-03-09"


def test_a_fresh_toll_of_a_named_attack_is_as_of_the_report(nlp):
    """Within a month of the attack its toll may still be rising: as of the report."""
    claims = _run(nlp, "The Paris attacks killed 130 people.", "2015-11-20")
    assert claims[130.0].as_of == "2015-11-20"
