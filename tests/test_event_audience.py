"""A gathering that is only the audience of a speech ("told a rally", "addressed the
crowd") tells no protest; the people addressed, or a rally held, still tell one. Our own
sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    "text",
    [
        "Senator Smith told a Texas rally that the president would abolish the militia.",
        "Senator Smith addressed the crowd in Dallas on Monday.",
    ],
)
def test_a_speech_audience_is_no_protest(nlp, text):
    assert events_on(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The governor told the protesters outside the statehouse on Monday that he would "
        "listen.",
        "Thousands of teachers held a rally in Dallas on Monday.",
    ],
)
def test_a_crowd_addressed_or_a_rally_held_is_one(nlp, text):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == ["Peaceful protest"]
