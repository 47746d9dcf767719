"""Precision on unseen political news (issue 19): words that name a protest, a deployment
or a killing in passing, or in another sense, and what still codes the event.

Sentences are written for these tests; each pair uses the same words both ways.
"""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import off_sense
from tests.event_reading import sub_events as _types


def _rally(nlp, text: str):
    (rally,) = [t for t in nlp(text) if t.lemma_.lower() == "rally"]
    return rally


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("At a rally in Springfield on Monday, the anger boiled over when the senator "
         "took issue with the criticism.", True),
        ("Donors were promised tickets to a rally in Des Moines on Tuesday.", True),
        ("Not everyone at the rally in Ventura saw the governor as a change agent.", True),
        ("Thousands took part in a rally in the capital on Sunday.", False),
        ("Hundreds joined a rally against the war in Lyon on Friday.", False),
        ("The statement was read at a pro-government rally in Lyon on Friday.", False),
        ("Speeches were given at a rally demanding new elections in Lyon on Friday.", False),
        ("A student was beaten at a rally in Lyon on Friday.", False),
    ],
)
def test_a_rally_named_only_as_the_setting_is_no_protest(nlp, text, off):
    """A rally that is only where something else happened is a meeting; a cause, a
    side it is for, a crowd taking part or harm told make it a demonstration."""
    assert bool(off_sense(_rally(nlp, text), "peaceful_protest")) is off


def test_a_rally_as_the_setting_codes_no_event_but_a_crowd_rallying_does(nlp):
    assert _types(nlp, "At a rally in Springfield on Monday, voters cheered the mayor.") == []
    assert _types(nlp, "Thousands took part in a rally in Springfield on Monday.") == [
        "Peaceful protest"]


def test_a_toll_in_a_town_of_the_country_bombed_is_what_the_bombs_did(nlp):
    """A killing told in a town that lies in the country of an explosion just told is
    that explosion's toll (evidence of it), not an attack of its own; a killing in a
    place the explosions did not reach stays one."""
    text = ("Two car bombs exploded outside government offices in Kenya and Uganda on "
            "Friday, killing 60 people. At least 50 people were killed in Nairobi, and 200 "
            "others were wounded.")
    assert _types(nlp, text) == ["Remote explosive/landmine/IED"] * 2
    apart = ("Two car bombs exploded outside government offices in Kenya and Uganda on "
             "Friday, killing 60 people. At least 50 people were killed in Lyon.")
    assert "Attack" in _types(nlp, apart)


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("The army dispatched three battalions to the border town on Sunday.", "Other"),
        ("Troops were deployed to the northern province of Kalat on Monday.", "Other"),
        ("Two rebel factions merged into a new group in Kalat on Monday.",
         "Change to group/activity"),
        ("Two new brigades of troops were formed in Kalat on Monday.",
         "Change to group/activity"),
    ],
)
def test_forces_moved_are_other_and_a_group_changed_is_a_change_to_group(nlp, text, sub_event):
    """The guide's coders file troop movements under Strategic developments / Other and
    keep Change to group/activity for what a group becomes."""
    events = nlp(text)._.events
    assert [e.acled_sub_event for e in events] == [sub_event]
    assert sub_event != "Other" or events[0].actor2 is None  # forces sent: one side


def test_forces_sent_are_not_a_sanction_told_again(nlp):
    """Two strategic developments of different kinds in one story stay two events, also
    when the later one is a definite noun ("the dispatching of troops")."""
    text = ("On Monday the council imposed sanctions on Freedonia over the invasion. "
            "Days after the president announced the dispatching of troops to the border, "
            "the leader made a nationwide address.")
    events = nlp(text)._.events
    assert [e.acled_sub_event for e in events] == ["Other", "Other"]
    assert all(not e.evidence for e in events)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Pataki blasted Warren as a hypocrite on Friday.", []),
        ("Gillibrand slammed Warren for her remarks on Friday.", []),
        ("A roadside bomb blasted a police convoy near Kalat on Tuesday, killing four "
         "officers.", ["Remote explosive/landmine/IED"]),
    ],
)
def test_a_name_that_judges_a_named_person_attacks_in_words(nlp, text, events):
    """A surname the entity model does not read as a person, attacking a named person
    "as" something or "for" something, is a speaker's verdict, not violence."""
    assert _types(nlp, text) == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Protesters were angry that the council released only part of the report.", []),
        ("Demonstrators said they wanted a new inquiry into the shooting.", []),
        ("Protesters dismissed the governor's apology as too late.", []),
        ("Hundreds of protesters marched through the center of Kalat on Friday.",
         ["Peaceful protest"]),
    ],
)
def test_protesters_saying_or_feeling_something_is_no_protest_of_its_own(nlp, text, events):
    """People of a protest as the subject of what they say, judge or feel give a view;
    protesters who march are the protest."""
    assert _types(nlp, text) == events
