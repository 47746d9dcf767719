"""A candidate or a party taking a US state won it at the polls (``nlp/events/ballot.py``);
a force taking a town, even one in a state, still takes ground. Every sentence is written
for this test."""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    "won",
    [
        "Maria Lopez has captured Nevada and Utah.",
        "He also took his home state of Maine on Tuesday.",
        "John Miller captured Ohio, Iowa, Kansas and Kentucky.",
        "She captured the neighboring state of Rhode Island last week.",
        "She has led Miller in the West, previously capturing wins in New Mexico and Arizona.",
        "The Republicans captured Delaware on Tuesday.",
        "He is paying tribute to Maria Lopez, who captured Nevada and Utah.",
    ],
)
def test_a_candidate_taking_a_state_codes_no_territory_event(nlp, won: str) -> None:
    """The taker is a named person, "he" or "she", or a party; what is taken is a US state,
    a state as such or a win: an election result."""
    assert _types(nlp, won) == []


@pytest.mark.parametrize(
    ("taken", "sub_event"),
    [
        ("Rebels captured the town of Kalat on Monday after heavy fighting.",
         "Non-state actor overtakes territory"),
        ("Militants captured Damboa in Borno state on Monday.",
         "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_ground_taken_by_a_force_is_still_read(nlp, taken: str, sub_event: str) -> None:
    """A force taking a town keeps its event, in a state or not: the thing taken is a town."""
    assert sub_event in _types(nlp, taken)
