"""A toll in a city once struck by a famous attack is news of its own (review of clsrc26,
findings 1-2): dating a toll equal to an old attack's by the city named anywhere in its
sentence was removed, since later clashes there, or a source speaking from there, gave new
tolls a date years back. The toll stays as of the story, or of the date its source said it
on. Every sentence here was made up for this file."""

from __future__ import annotations

import pytest

from tests.claim_reading import dated_claims


def _as_of(nlp, text: str, published: str) -> dict[float | None, str | None]:
    return {c.value: c.as_of for c in dated_claims(nlp, text, published)}


@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        ("2019-06-03", "Four fighters were killed in street battles in Benghazi, a doctor said.",
         4.0),
        ("2018-09-20", "Speaking in London, the envoy said 52 villagers were killed in the "
                       "shelling of Idlib.", 52.0),
        ("2017-04-11", "A truck bomb in Kirkuk killed 130 people, diplomats in Paris said.",
         130.0),
        ("2019-02-14", "Riots in Manchester left 22 people dead, the police said.", 22.0),
    ],
)
def test_a_toll_in_a_city_of_an_old_attack_is_as_of_the_story(nlp, published, text, value):
    assert _as_of(nlp, text, published)[value] == published


def test_a_toll_said_on_a_day_keeps_that_day(nlp):
    text = "Militias fighting in Benghazi killed four guards, a spokesman said on Monday."
    assert _as_of(nlp, text, "2016-05-12")[4.0] == "2016-05-09"
