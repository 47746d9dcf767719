"""The crowd is the first side of a demonstration (``nlp/events/crowd_sides.py``): sentences
of our own where the protest word names no one, or where the sentence's subject is not
the crowd; the real pipeline parses them."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on

CROWD_FIRST = [
    # (sentence, ACLED event type, actor1 wanted)
    # the protest word alone: the generic crowd
    ("Protests followed, with the anger directed at the city council.", "Protests",
     "protesters"),
    ("Some demonstrations turned violent on Friday night in the city centre.", "Riots",
     "protesters"),
    # a protester noun that is no subject of the protest word
    ("Police officers watched the crowd of union protesters at the annual rally on the "
     "square.", "Protests", "union protesters"),
    # the subject did something else to a protester: the protester protested
    ("Last Tuesday a retired 58-year-old welder was fined for battery once he kicked a "
     "demonstrator at a march in Dayton.", "Protests", "demonstrator"),
    # the subject of the protest's own word stays the crowd
    ("Thousands of nurses marched through the capital on Sunday to demand higher pay.",
     "Protests", "Thousands of nurses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "crowd"), CROWD_FIRST)
def test_the_crowd_is_the_first_side_of_a_demonstration(nlp, text, kind, crowd):
    events = [e for e in events_on(nlp, text) if e.acled_event == kind]
    assert len(events) == 1, [(e.acled_sub_event, e.actor1) for e in events]
    assert events[0].actor1 is not None and events[0].actor1.text == crowd


def test_force_against_protesters_keeps_the_force_first(nlp):
    text = "Riot police fired tear gas at protesters outside parliament in Lima on Tuesday."
    events = [e for e in events_on(nlp, text) if e.acled_event == "Protests"]
    assert events, "no protest event read"
    for event in events:
        if event.acled_sub_event == "Excessive force against protesters":
            assert event.actor1 is not None and "police" in event.actor1.text


def test_the_sentence_s_own_protester_outranks_a_crowd_carried_from_before(nlp):
    text = ("Last week the mayor called off a speech in Reno after thousands of marchers "
            "crowded the square outside. Days later, a retired welder, 58, faced battery "
            "charges once he sucker-punched a demonstrator at a march in Dayton, Ohio.")
    second = [e for e in events_on(nlp, text) if e.acled_event == "Protests" and e.start > 0]
    assert second and second[0].actor1 is not None
    assert second[0].actor1.text == "demonstrator"


STEPPED_IN = [
    # (sentence, who laid hands on the protester)
    ("Park Rangers stop protester at Denver fundraiser.", "Park Rangers"),
    ("The night ended badly for Tom Reyes, 40, a protester who was kicked in the leg by a "
     "county official on Monday as deputies were walking him out of a rally in Macon.",
     "county official"),
    ("Last month a 71-year-old farmer was fined for battery after he slapped a "
     "demonstrator during a march in Boise.", "71-year-old farmer"),
    ("In Tampa on Friday, a long line of protesters blocked a campaign speech, lying down "
     "on the stage so that ushers had to carry them out.", "ushers"),
    # a verb of seeing tells who did what its participle says, through "who" to its noun
    ("The council suspended an officer who was photographed dragging a protester by the "
     "hair.", "officer"),
    ("A guard was seen kicking a protester outside the hall.", "guard"),
    ("Reporters saw a guard kicking a protester outside the hall.", "guard"),
]  # fmt: skip


def test_seeing_the_crowd_do_something_is_no_intervention(nlp):
    text = "Reporters saw the crowd chanting slogans at the rally."
    events = [e for e in events_on(nlp, text) if e.acled_event == "Protests"]
    assert events and events[0].acled_sub_event == "Peaceful protest"
    assert events[0].actor2 is None


@pytest.mark.parametrize(("text", "who"), STEPPED_IN)
def test_whoever_lays_hands_on_the_protester_stepped_in(nlp, text, who):
    events = [e for e in events_on(nlp, text) if e.acled_event == "Protests"]
    assert len(events) == 1, [(e.acled_sub_event, e.actor1) for e in events]
    assert events[0].acled_sub_event == "Protest with intervention"
    assert events[0].actor2 is not None and events[0].actor2.text == who


def test_a_passive_seen_subject_the_actor_lists_do_not_know_is_no_intervener(nlp):
    # the tagger may make a sentence-initial plural a name: "Medics" helped, not stopped
    text = "Medics were filmed carrying an injured protester to an ambulance in Nairobi."
    events = [e for e in events_on(nlp, text) if e.acled_event == "Protests"]
    assert events and events[0].acled_sub_event == "Peaceful protest"
    assert events[0].actor2 is None


def test_talking_to_a_protester_is_no_intervention(nlp):
    text = "Reporters interviewed a protester at the rally in Tulsa on Sunday."
    events = [e for e in events_on(nlp, text) if e.acled_event == "Protests"]
    assert events and events[0].acled_sub_event == "Peaceful protest"
    assert events[0].actor2 is None
