"""Whom territory was taken from (``nlp/events/territory_sides.py``): stories of our own,
read by the real pipeline, where the sentence that tells the taking names only its doer."""

from __future__ import annotations

from tests.event_reading import events_on


def _territory(nlp, text: str):
    events = [e for e in events_on(nlp, text) if "territory" in e.acled_sub_event]
    assert events, [e.acled_sub_event for e in events_on(nlp, text)]
    return events[0]


def test_the_group_its_sentence_names_lost_the_ground(nlp):
    # ISIL is no argument of "recaptured": it is the group of the clause of time
    event = _territory(nlp, "Iraqi forces recaptured Hit on Sunday, two years after ISIL "
                            "fighters overran the town.")
    assert event.actor2 is not None and event.actor2.text == "ISIL"


def test_a_governments_gain_is_from_the_group_named_nearest(nlp):
    # al-Qaida is told of first, on another front; ISIL beside the retaking
    event = _territory(nlp, "Al-Qaida fighters attacked a market in Idlib last month, the "
                            "monitor said. Separately, Iraqi forces recaptured the town of "
                            "Hit on Sunday, the army said. ISIL had held the town since 2014.")
    assert event.actor1 is not None and event.actor1.text == "Iraqi forces"
    assert event.actor2 is not None and event.actor2.text == "ISIL"


def test_an_ally_of_the_doer_did_not_lose_the_ground(nlp):
    event = _territory(nlp, "This week Syrian army units and their Hezbollah allies have "
                            "advanced into the farms around the village.")
    assert event.actor2 is None


def test_a_groups_gain_takes_no_loser_from_elsewhere_in_the_story(nlp):
    # a group may take ground from anyone: only its own sentence says from whom
    event = _territory(nlp, "Rebel fighters captured the town of Kafr Nabl on Sunday, the "
                            "monitor said. ISIL had held the town since 2014.")
    assert event.actor2 is None


def test_a_member_group_named_again_is_still_the_doer(nlp):
    # a member actor (the YPG of the SDF) told twice is one side, not the side that lost
    event = _territory(nlp, "YPG fighters captured the town of Manbij on Sunday, a YPG "
                            "commander said.")
    assert event.actor2 is None


def test_the_takings_own_doer_decides_its_side(nlp):
    # the sentence's first side word is ISIL's, but the liberation is the government's
    event = _territory(nlp, "The minister welcomed the Iraqi government's liberation of "
                            "Falluja and pledged support in the fight against ISIL.")
    assert event.acled_sub_event == "Government regains territory"
    assert event.actor1 is not None and event.actor1.text == "Iraqi government"
