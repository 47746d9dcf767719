"""Who a story says did its attacks, in a sentence that tells no new event
(``nlp/events/perpetrators.py``, given by ``story.owned``): stories of our own, read by
the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article

NAMED_ELSEWHERE = [
    # the doer named before the event, as the subject of an authoring verb
    ("Officials said the Ogaden Liberation Front planned the attacks. A car bombing "
     "outside the Dutch consulate in Lome killed seven people on Monday.",
     "Ogaden Liberation Front"),
    # named after it; "the bombing" refers back to "a car bomb exploded"
    ("A car bomb exploded outside the Dutch consulate in Lome on Monday, killing seven "
     "people. Investigators said the Red Dawn Movement had masterminded the bombing.",
     "Red Dawn Movement"),
    # "was behind"
    ("A car bomb exploded outside the Dutch consulate in Lome on Monday, killing seven "
     "people. Officials believe the Red Dawn Movement was behind the attack.",
     "Red Dawn Movement"),
    # a relative clause on a description of a name: the name
    ("Police are hunting Mahmud Saleh Karimi, the fugitive arms dealer who is accused of "
     "organizing the consulate bombings. The bombings at the consulates in Lome and Accra "
     "killed 19 people on Monday.", "Mahmud Saleh Karimi"),
]  # fmt: skip

NO_ONE = [
    # an indefinite noun tells a plan, not who did the bombing told
    "A car bomb exploded outside the Dutch consulate in Lome on Monday, killing seven "
    "people. Officials said the Red Dawn Movement planned an attack on the port.",
    # two sides named so: who did which is not said
    "A car bomb exploded outside the Dutch consulate in Lome on Monday, killing seven "
    "people. Officials said the Red Dawn Movement was behind the attack, while others "
    "said the Sahel Front had planned the bombing.",
    # the author of other bombings (what they hit differs) did not do this one
    "Prosecutors named Mahmud Saleh Karimi as the architect of the bombings of the "
    "consulates in Lome. Separately, a bombing of a passenger ferry in Accra killed 12 "
    "people on Monday.",
]  # fmt: skip


def _bombings(nlp, text):
    doc = read_article(nlp, text)
    return [e for e in doc._.events if e.acled_event == "Explosions/Remote violence"]


@pytest.mark.parametrize(("text", "doer"), NAMED_ELSEWHERE)
def test_the_story_names_who_did_the_attacks_elsewhere(nlp, text, doer):
    events = _bombings(nlp, text)
    assert events, text
    assert all(e.actor1 is not None and e.actor1.text == doer for e in events), [
        (e.text, e.actor1) for e in events
    ]


@pytest.mark.parametrize("text", NO_ONE)
def test_no_doer_where_the_story_names_none_for_this_event(nlp, text):
    events = _bombings(nlp, text)
    assert events, text
    assert all(e.actor1 is None for e in events), [(e.text, e.actor1) for e in events]


def test_no_doer_where_the_story_tells_such_events_by_another_side(nlp):
    """The story tells a bombing by one side and one by no one: "the bombings" someone
    planned may be either, so the unnamed one stays unnamed."""
    text = ("A car bombing outside the Dutch consulate in Lome killed seven people on Monday. "
            "On Sunday, the Sahel Front bombed a bus station in Kano, killing four people. "
            "Officials said the Ogaden Liberation Front planned the bombings.")
    events = _bombings(nlp, text)
    lome = [e for e in events if "Lome" in e.text]
    assert lome and all(e.actor1 is None for e in lome), [(e.text, e.actor1) for e in events]
