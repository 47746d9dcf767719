"""A verb of harm whose result is death kills (issue 20, clsrc26): "shot dead", "stabbed to
death" count the killed whatever noun counts them, where the harm verb alone may only have
wounded. Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Soldiers shot dead 12 marchers outside the depot.", 12.0),
        ("Nine shoppers were shot dead by gunmen at the market.", 9.0),
        ("Three inmates were stabbed to death in the yard.", 3.0),
        ("The mob beat to death four traders on the road.", 4.0),
    ],
)
def test_harm_with_death_as_its_result_counts_the_killed(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "killed"


def test_the_harm_verb_alone_is_no_count_of_the_dead(nlp):
    claims = claims_by_value(nlp, "Soldiers shot 12 marchers outside the depot.")
    assert all(c.measure != "killed" for c in claims.values())
