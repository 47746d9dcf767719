"""A report the story calls false tells no event; a report denied by one side, or
confirmed, still does. Our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    "text",
    [
        "The colonel said that initial accounts that nerve agents had been used on the "
        "convoy turned out to be false.",
        "Reports that rebels shelled the town on Monday were false, the army said.",
        "The agency debunked claims that rebels shelled the town on Monday.",
    ],
)
def test_a_report_called_false_tells_no_event(nlp, text):
    assert events_on(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry dismissed reports that troops shelled the village on Monday.",
        "Reports that rebels shelled the town on Monday were confirmed by the army.",
    ],
)
def test_a_report_denied_or_confirmed_still_tells_one(nlp, text):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [
        "Shelling/artillery/missile attack"]
