"""A clause on every occasion ("every time", "each time", "whenever") tells a habit, not
one event (``nlp/events/scope.py``): our own sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article, reason_for


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Every time there is shelling near the school, we pray for it, says a teacher.",
         "shelling"),
        ("Each time the rebels shelled the town, the farmers hid in the cellar.", "shelled"),
        ("Whenever the militia attacked the village, families fled to the hills.",
         "attacked"),
    ],
)  # fmt: skip
def test_a_clause_on_every_occasion_is_a_habit(nlp, text, word):
    assert reason_for(read_article(nlp, text), word) == "habitual"


def test_one_time_told_is_still_an_event(nlp):
    doc = read_article(nlp, "The last time rebels shelled the town, on Monday, four died.")
    assert reason_for(doc, "shelled") != "habitual"
