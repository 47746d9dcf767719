"""The event's date field (issue 19, evdate11): weeks coded to a month, and dates an
event inherits from the story, on sentences written here."""

from __future__ import annotations

from frontlines.resolve.time.timex import week_month
from tests.event_reading import events_on as _events


def test_a_week_falls_in_the_month_of_its_thursday():
    assert week_month("2016-W09") == "2016-03"  # Feb 29 - Mar 6
    assert week_month("2024-W09-WE") == "2024-02"  # Feb 26 - Mar 3
    assert week_month("2024-03") is None and week_month("2024-W99") is None


def test_an_event_told_last_week_is_dated_to_that_week_s_month(nlp):
    """ACLED codes a day, a month or a year, never a week: "last week" in a story of
    Tuesday 5 March 2024 is the week of 26 February, most of it in February."""
    (event,) = _events(nlp, "Rebels attacked an army post near the border last week, "
                            "a local official told reporters.", published="2024-03-05")  # fmt: skip
    assert event.date == "2024-02" and event.date_precision == 3, event
    assert event.date_source == "text", event
