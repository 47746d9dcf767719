"""History told through its doers rather than its name: a side of an old war or the
perpetrator of a well-known attack named as the one who did the event ("Nazi guards
shot ...", "the 9/11 hijackers killed ..."), a clause that goes on telling what they did
("... before they deported them and burned their homes"), and a figure of a war's time
described in a relative clause. What is done to such a person later, a name after a
hyphen, and a veteran's news stay news. Our own sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Nazi guards shot hundreds of prisoners near the river.", "1933"),
        ("In the occupied region, Nazi officers forced the farmers to wear armbands before "
         "they gathered them in the square and shot them.", "1933"),
        ("The 9/11 hijackers killed thousands of office workers.", "2001"),
        ("Her uncle admired the WWII general, a commander who was later assassinated by "
         "his own officers.", "1939"),
    ],
)  # fmt: skip
def test_what_an_old_side_did_is_history(nlp, text, year):
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background and e.date == year for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # done to a person of that time, later
        "A former Nazi guard was arrested in Texas on charges of hiding his past.",
        # a name after a hyphen is today's movement
        "Neo-Nazis attacked a shelter for refugees in the town.",
        # a grandson is not his grandfather
        "Stalin's grandson says police beat him at a rally in the capital.",
        # a veteran outlives the war that names him
        "A Korean War veteran who was beaten by police outside his home has died.",
        "Korean War veterans marched through the capital to demand pensions.",
    ],
)  # fmt: skip
def test_what_is_done_today_by_or_to_them_stays_news(nlp, text):
    events = events_on(nlp, text, "2016-06-01")
    assert not any(e.background for e in events)
