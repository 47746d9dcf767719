"""Type competition inside one clause (issue 19): the object of a verb of violence is what
the deed was done to, so the verb's type is the event's ("the air force bombed rebel
hideouts" is a strike, not weapons found); a cue phrase holding the verb ("seized weapons")
or a verb that also tells an arrest or a search ("raided a weapons cache") leaves the
object's type. Our own sentences, read by the whole pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article

CASES = [
    ("The air force bombed rebel hideouts near Kallo on Monday.", "Air/drone strike"),
    ("Troops seized weapons at a rebel hideout near Kallo on Monday.",
     "Disrupted weapons use"),
    ("Rebels shot down an army drone near Kallo on Monday.", "Disrupted weapons use"),
    ("Police raided a weapons cache in Vesna on Monday.", "Disrupted weapons use"),
    ("Police beat protesters outside parliament in Vesna on Friday.",
     "Excessive force against protesters"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sub_event"), CASES)
def test_the_head_predicate_types_the_event(nlp, text, sub_event):
    events = read_article(nlp, text)._.events
    assert [e.acled_sub_event for e in events] == [sub_event]
