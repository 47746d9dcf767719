"""Clauses whose structure says no event took place code none (``nlp/events/acts.py``):
every such thing, a celebration, a lawsuit or a company's merger; the same words telling an
event still code. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    "no_event",
    [
        "The new government will honor all of the peace agreements that have been signed, he said.",
        "Hundreds of party supporters gathered outside the headquarters on Monday, chanting "
        "and singing, to celebrate the results.",
        "For the third night running, party supporters gathered Sunday outside the party "
        "office, clapping, dancing, chanting and waving flags to celebrate the early results.",
        "The Smiths are long-time ranchers in northern Idaho and have fought the dam "
        "project in court.",
        "The bank said the merger of Acme Corp. with a unit of Beta Holdings had been "
        "completed on Monday.",
    ],
)
def test_clauses_that_tell_no_event_code_nothing(nlp, no_event: str) -> None:
    """ "All of", "to celebrate", "in court", a company's merger: no event."""
    assert _types(nlp, no_event) == []


@pytest.mark.parametrize(
    ("event", "sub_event"),
    [
        ("Thousands of protesters gathered in the square on Monday to denounce the "
         "election results.", "Peaceful protest"),
        ("Hundreds of students staged a demonstration of support for the jailed activist "
         "in Kalat on Monday.", "Peaceful protest"),
        ("All three attacks killed at least 20 people in Kalat on Monday.", "Attack"),
        ("Two rebel factions merged with the Kalat Liberation Front on Monday.",
         "Change to group/activity"),
        ("Rebels fought government troops in the town on Monday, killing six soldiers.",
         "Armed clash"),
    ],
)  # fmt: skip
def test_the_same_words_telling_an_event_still_code(nlp, event: str, sub_event: str) -> None:
    """A protest's purpose, a demonstration of support, counted attacks, armed groups
    merging, a fight in a town: still events."""
    assert sub_event in _types(nlp, event)
