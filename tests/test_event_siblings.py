"""The other places of a mention that tells a coded event again (issue 19): "a week after
the truck bombings outside the consulates in A and B", once the story told the bombing
in A, names the one in B too (ACLED: one event per place); a mention that meets no told
event stays no event, and one place alone adds nothing. Our own sentences, read by the
whole pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article

TOLD = ("ACCRA, Ghana (AP) _ A truck bomb exploded outside the U.S. consulate in Accra on "
        "Friday, killing 40 people. ")

#: (story, the place names of its events, in any order)
CASES = [
    # the twin of a told bombing, named beside it by the same reference
    (TOLD + "Travel advice was tightened a week after the May 3 truck bombings at the "
     "American consulates in Ghana and Togo.", ["Accra", "Togo"]),
    (TOLD + "Detectives could not yet tie the truck bombings outside the consulates in Ghana "
     "and Togo to any cell.", ["Accra", "Togo"]),
    # one place only: one more evidence of the told bombing, no new event
    (TOLD + "Travel advice was tightened a week after the truck bombing outside the "
     "consulate in Ghana.", ["Accra"]),
    # negated: the reference tells nothing
    (TOLD + "Officials said there were no bombings at the consulates in Ghana and Togo.",
     ["Accra"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_reference_names_the_twin_of_a_told_event(nlp, text, names):
    events = read_article(nlp, text)._.events
    assert sorted(e.place.name for e in events if e.place) == sorted(names)


def test_a_reference_to_nothing_told_stays_no_event(nlp):
    text = ("The minister spoke to reporters on Friday. Travel advice was tightened a week "
            "after the truck bombings outside the consulates in Ghana and Togo.")
    assert read_article(nlp, text)._.events == []


def test_the_twin_takes_the_day_of_the_told_event(nlp):
    """One mention tells one day: the told bombing's Friday is its twin's too, not the
    publication day (Monday, 2024-05-20)."""
    text = TOLD + ("Detectives could not yet tie the truck bombings outside the consulates in "
                   "Ghana and Togo to any cell.")
    events = read_article(nlp, text)._.events
    assert {e.place.name: e.date for e in events if e.place} == {
        "Accra": "2024-05-17", "Togo": "2024-05-17"}
