"""The side an event's type names where the sentence names none
(``nlp/events/unnamed_sides.py``): sentences of our own, read by the real pipeline."""

from __future__ import annotations

from tests.event_reading import events_on


def _one(nlp, text, kind):
    events = [e for e in events_on(nlp, text) if e.acled_sub_event == kind]
    assert events, [(e.acled_sub_event, e.actor1, e.actor2) for e in events_on(nlp, text)]
    return events[0]


def test_violence_against_civilians_names_civilians_where_no_victim_is_told(nlp):
    event = _one(nlp, "Calls for tighter rules grew louder after the mass shootings in Lyon "
                      "and Denver last spring.", "Attack")  # fmt: skip
    assert event.actor2 is not None and event.actor2.text == "civilians"


def test_a_victim_the_sentence_names_stays(nlp):
    event = _one(nlp, "Gunmen abducted three aid workers near Gao on Sunday.",
                 "Abduction/forced disappearance")  # fmt: skip
    assert event.actor2 is not None and event.actor2.text == "three aid workers"


def test_an_arrest_with_no_agent_is_the_police_of_its_country(nlp):
    event = _one(nlp, "Garcia, a Texas native, has been detained in Venezuela since March.",
                 "Arrests")  # fmt: skip
    assert event.actor1 is not None and event.actor1.text == "Police Forces of Venezuela"
    assert event.actor2 is not None and event.actor2.text == "Garcia"


def test_an_arrest_in_a_town_with_no_agent_is_the_police(nlp):
    event = _one(nlp, "Two reporters were arrested in Ankara on Monday.", "Arrests")
    assert event.actor1 is not None and event.actor1.text == "police"


def test_an_arrest_by_a_named_side_keeps_it(nlp):
    event = _one(nlp, "Turkish authorities detained two journalists in Ankara on Monday.",
                 "Arrests")  # fmt: skip
    assert event.actor1 is not None and "Turkish" in event.actor1.text
