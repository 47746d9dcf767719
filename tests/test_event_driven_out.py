"""Ground taken by driving a side out of a place (issue 19): "pushed the militants out of
Tal Abyad" names the side driven out as the verb's object and the place in its "out of"
phrase, so a side as object does not make the verb off its territory sense. Driving a
person out of an office or a room is still no territory taken. Our own sentences, read
by the whole pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import off_sense
from tests.event_reading import read_article

TAKEN = [
    "Kurdish fighters pushed the militants out of Tal Abyad on Sunday.",
    "Government soldiers chased the rebels out of the town of Kidal on Sunday.",
]

NOT_TAKEN = [
    "Party leaders pushed the senator out of the cabinet on Sunday.",
    "Fans chased the referee out of the stadium on Sunday.",
    "The coach pushed the players out of the dressing room after the match.",
]


@pytest.mark.parametrize("text", TAKEN)
def test_a_side_driven_out_of_a_place_is_territory_taken(nlp, text):
    events = read_article(nlp, text)._.events
    assert [e.acled_event for e in events] == ["Battles"]
    assert events[0].place is not None


def test_the_object_is_no_reason_when_an_out_of_phrase_names_the_place(nlp):
    doc = nlp("Kurdish fighters pushed the militants out of Tal Abyad on Sunday.")
    pushed = next(t for t in doc if t.text == "pushed")
    assert off_sense(pushed, "non_state_overtakes_territory") == ""
    doc = nlp("Party leaders pushed the senator out of the cabinet on Sunday.")
    pushed = next(t for t in doc if t.text == "pushed")
    assert off_sense(pushed, "non_state_overtakes_territory") != ""


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_a_person_driven_out_of_a_room_or_office_is_no_event(nlp, text):
    assert read_article(nlp, text)._.events == []
