"""One soldier, Marine or fighter killed is still someone under arms: ACLED codes the
killing as a battle, not violence against civilians (``armed_targets`` in
``data/event_words.toml`` lists the singulars beside the plurals). Sentences written
for this test."""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    "text",
    [
        "A Marine was killed on March 12 in Helmand province.",
        "A peacekeeper was shot dead near Kalat on Monday.",
    ],
)
def test_one_armed_victim_makes_an_armed_clash(nlp, text: str) -> None:
    assert _types(nlp, text) == ["Armed clash"]


def test_a_civilian_victim_stays_an_attack(nlp) -> None:
    assert _types(nlp, "A teacher was shot dead near Kalat on Monday.") == ["Attack"]
