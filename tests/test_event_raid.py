"""A raid is an arrest only when someone is detained (ACLED's Arrests is a detention):
the lexicon's "raid" type, our own sentences through the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        # a raid that detains no one is no arrest (events.toml "raid")
        ("Police raided two houses in Kisumu on Monday and searched for a suspect.", "Other"),
        ("Police raided a house in Kisumu on Monday and arrested three men.", "Arrests"),
        # a raid from the air is an air strike, whatever the raid type weighs
        ("The minister said that the American air raid on Kandahar on Monday hit a depot.",
         "Air/drone strike"),
    ],
)  # fmt: skip
def test_a_raid_is_an_arrest_only_with_a_detention(nlp, text, sub_event):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [sub_event]
