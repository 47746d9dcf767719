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
