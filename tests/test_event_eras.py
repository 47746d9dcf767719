"""History told by its era: an event whose clause is set in a decade or century long
gone, "years ago" or a stage of the subject's life has no date of its own, yet it is
background, not news; a clause about something else, or a date of the event's own, leaves
it alone. Our own sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    "text",
    [
        "In the 1980s, militiamen raided the farm and shot two of its workers.",
        "Decades ago, bandits abducted her grandfather near the border.",
        "A few years ago, gunmen kidnapped the mayor's brother.",
        "In the 18th century, invading armies burned the port and massacred its people.",
        "As a teenager, the lawmaker was beaten by police at a student protest.",
        "In her youth, the minister was arrested at a rally against the dam.",
        "When he was a boy, soldiers burned his village and killed his uncle.",
    ],
)  # fmt: skip
def test_an_event_told_in_a_past_era_is_background(nlp, text):
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # the decade is the village's, not the raid's
        "Militiamen raided the village, which was founded in the 1980s, killing 12 people.",
        # a decade still going on
        "In the 2010s, militiamen raided the farm and shot two of its workers.",
        # a student today is no stage of life looked back on
        "As students, they marched on the ministry to demand lower fees.",
    ],
)  # fmt: skip
def test_news_in_a_clause_of_no_past_era_stays_news(nlp, text):
    events = events_on(nlp, text, "2016-06-01")
    assert events and not any(e.background for e in events)
