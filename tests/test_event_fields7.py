"""Dates, places and actors of events (issue 19, round 7), on sentences written here."""

from __future__ import annotations

from tests.event_reading import events_on as _events


def test_a_proclaimed_event_is_dated_by_its_proclaiming(nlp):
    """Published on a Friday: "announced the activation of ... Thursday" did the activating by
    announcing it, that Thursday; "announced Wednesday that ..." only reports a clause."""
    (change,) = _events(nlp, "Ghana's interior minister Kofi Mensah announced the activation "
                             "of a reserve police unit Thursday on the sidelines of a summit "
                             "in Accra.")  # fmt: skip
    assert change.date == "2024-03-14" and change.date_source == "text", change
    told = _events(nlp, "The ministry announced Wednesday that police had arrested six men.")
    assert told and all(e.date != "2024-03-13" for e in told), told
