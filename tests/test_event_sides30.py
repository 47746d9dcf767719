"""Sides of territory events (session 30). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


def _only(nlp, text: str, published: str = "2016-10-17"):
    events = events_on(nlp, text, published=published)
    assert len(events) == 1, [(e.type, e.text) for e in events]
    return events[0]


def test_a_nationality_modifying_the_speakers_is_no_side_losing_ground(nlp):
    """'Kurdish officials': the adjective names officials, not the side the ground was
    taken from."""
    event = _only(nlp, "Kurdish officials said the Peshmerga had taken several villages "
                       "east of Farvale by midday.")
    assert event.acled_sub_event == "Government regains territory"
    assert event.actor2 is None or event.actor2.text != "Kurdish"


def test_a_group_named_with_an_armed_head_noun_still_lost_the_ground(nlp):
    event = _only(nlp, "Government troops retook the village from Kurdish militants, "
                       "officials said.")
    assert event.actor2 is not None and "militants" in event.actor2.text


@pytest.mark.parametrize("text", [
    "Government troops retook the village of Farvale from rebel fighters on Sunday.",
    "The army retook the hill town of Marrow Ridge from the insurgents on Monday.",
])
def test_a_past_form_the_tagger_reads_as_a_present_tells_a_deed(nlp, text):
    """'retook' tagged as a present (VBP) read as a habit; its lemma ('retake') shows it
    is a past form (``lemmas.mend_silent_e_verbs``)."""
    event = _only(nlp, text)
    assert event.acled_sub_event == "Government regains territory"


def test_a_present_habit_stays_no_event(nlp):
    assert events_on(nlp, "Our forces retake villages every spring.") == []


@pytest.mark.parametrize("text", [
    "The army said 80 percent of the ground the rebels had seized in the north was now "
    "back under its control.",
    "Militants have lost most of the territory they captured in 2014.",
])
def test_ground_a_share_measures_tells_no_seizing(nlp, text):
    """The seizing only says which ground the share is of (``measured``)."""
    assert not [e for e in events_on(nlp, text)
                if e.acled_sub_event == "Non-state actor overtakes territory"]


def test_a_relative_clause_on_the_doer_still_tells_its_deed(nlp):
    events = events_on(nlp, "The rebels, who seized the town of Farvale on Monday, have "
                            "executed 12 people.")
    assert any(e.acled_sub_event == "Non-state actor overtakes territory" for e in events)
