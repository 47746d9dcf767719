"""Who took part in an event by the verb that says so, and a name that only says where
someone is based (``accountable.accused``, ``participants._based``): sentences of our own,
read by the real pipeline."""

from __future__ import annotations

from tests.event_reading import events_on

TEXT = ("Police say the cell, which answers to a U.S.-based preacher, Omar Haddad, was "
        "involved in the failed coup last month.")


def test_involved_in_names_a_doer_and_a_based_name_no_side(nlp):
    events = [e for e in events_on(nlp, TEXT) if e.acled_event == "Battles"]
    assert events, [(e.acled_sub_event, e.actor1) for e in events_on(nlp, TEXT)]
    event = events[0]
    assert event.actor1 is not None and event.actor1.text == "cell"
    assert event.actor2 is None or "U.S." not in event.actor2.text
