"""A verb of harm whose result is death kills (issue 20, clsrc26): "shot dead", "stabbed to
death" count the killed whatever noun counts them, where the harm verb alone may only have
wounded. Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Soldiers shot dead 12 marchers outside the depot.", 12.0),
        ("Nine shoppers were shot dead by gunmen at the market.", 9.0),
        ("Three inmates were stabbed to death in the yard.", 3.0),
        ("The mob beat to death four traders on the road.", 4.0),
    ],
)
def test_harm_with_death_as_its_result_counts_the_killed(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "killed"


def test_the_harm_verb_alone_is_no_count_of_the_dead(nlp):
    claims = claims_by_value(nlp, "Soldiers shot 12 marchers outside the depot.")
    assert all(c.measure != "killed" for c in claims.values())


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Soldiers shot dead 30 of the 200 miners at the gate.", 30.0, 200.0),
        ("Guards beat to death five of the 60 inmates in the block.", 5.0, 60.0),
    ],
)
def test_the_whole_of_a_part_done_to_death_is_not_killed(nlp, text, part, whole):
    """Review of clsrc26, finding 3: only the part is killed, as with plain 'killed'."""
    claims = claims_by_value(nlp, text)
    assert claims[part].measure == "killed"
    assert whole not in claims or claims[whole].measure != "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Wardens shot dead 9 elephants that had trampled the maize fields.",
        "Two leopards were shot dead after they mauled a shepherd.",
        "Villagers beat to death 15 snakes near the well.",
        "Poachers killed 11 rhinos in the reserve.",
        "Rangers shot dead four wolves that raided the farms.",
    ],
)
def test_beasts_killed_are_no_toll(nlp, text):
    """Review of clsrc26, finding 4: a kind of beast counted is no one killed."""
    assert all(c.measure != "killed" for c in claims_by_value(nlp, text).values())


def test_people_named_after_beasts_still_count(nlp):
    claims = claims_by_value(nlp, "Soldiers shot dead 14 cattle rustlers near the river.")
    assert claims[14.0].measure == "killed"
    claims = claims_by_value(nlp, "Gunmen shot dead six herders and 40 camels at the well.")
    assert claims[6.0].measure == "killed" and 40.0 not in claims


@pytest.mark.parametrize(
    ("text", "doers", "done"),
    [
        ("Three gunmen shot dead 25 pilgrims on the road.", 3.0, 25.0),
        ("Two raiders shot 18 farmers dead in the orchard.", 2.0, 18.0),
    ],
)
def test_the_doers_of_a_killing_are_not_killed(nlp, text, doers, done):
    """The deed's result word ("dead") is said of those it befell, not of who did it."""
    claims = claims_by_value(nlp, text)
    assert claims[done].measure == "killed"
    assert doers not in claims or claims[doers].measure != "killed"
