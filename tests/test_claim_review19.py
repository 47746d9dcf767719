"""Claims the review of session 19 found lost or misread (brief fixclaims19): rules of
that session that reached too far (whole subtrees read for a force's owner, a headline's
verb taken for a label, a purpose clause searched to its end, an attribution taken for a
list of names, a "heavy fire" that is a blaze, a relief campaign taken for an election
one), each tested on sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims

WAR = "Rebels attacked an army base near the border on Tuesday, the army said. "


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a force raised against irregulars is the state's
        (WAR + "The government deployed an anti-terrorist force of 300 to the valley.", "300"),
        (WAR + "A counter-insurgent force of 800 was sent to the district.", "800"),
        # the irregulars are named deep in the subject, not as its head
        (WAR + "Soldiers hunting the rebels have assembled a force of 3,000 near the river.",
         "3,000"),
        (WAR + "The army, which has fought the insurgents for years, deployed a force of "
         "2,000 in the north.", "2,000"),
    ],
)
def test_a_state_force_against_irregulars_is_troops(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "troops"


def test_a_rebel_commander_fields_fighters(nlp):
    text = WAR + "The rebel commander leads a force of 900 in the hills."
    assert _claims(nlp, text)["900"].measure == "fighters"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen Kill 12 In Attack On Village\nGunmen attacked a village in the north on "
        "Sunday, police said.",
        "Bomb Blast Kills 12 In Kabul\nA bomb exploded at a market in Kabul on Sunday, "
        "police said.",
    ],
)
def test_a_toll_in_a_title_case_headline_stays(nlp, text):
    assert _claims(nlp, text)["12"].measure == "killed"


@pytest.mark.parametrize(
    "text",
    [
        WAR + "Some 5,000 residents left their homes to take shelter in a school.",
        WAR + "Some 5,000 residents left the town to escape the shelling near the school.",
    ],
)
def test_fleeing_to_shelter_near_a_school_is_displacement(nlp, text):
    assert _claims(nlp, text)["Some 5,000"].measure == "displaced"


def test_an_attribution_is_no_list_of_names(nlp):
    text = WAR + "About 2,000 fighters, Musa said, have joined the group."
    assert _claims(nlp, text)["About 2,000"].measure == "fighters"


def test_a_heavy_blaze_is_no_gunfire(nlp):
    text = WAR + "Six workers died in a heavy fire at the warehouse."
    assert "Six" not in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        WAR + "Two soldiers were killed when the convoy came under heavy fire near the pass.",
        WAR + "Gunmen opened heavy fire on the checkpoint, killing two soldiers.",
    ],
)
def test_heavy_gunfire_stays_violence(nlp, text):
    assert _claims(nlp, text)["two" if "killing two" in text else "Two"].measure == "killed"


def test_a_relief_campaign_receives_aid(nlp):
    text = WAR + "The relief campaign received $5 million in aid from donors."
    assert _claims(nlp, text)["$5 million"].measure == "aid_funding"


@pytest.mark.parametrize(
    "text",
    [
        WAR + "The senator's re-election campaign received a $2 million donation from a "
        "hedge fund manager.",
        WAR + "His campaign received a $2 million donation from a hedge fund manager.",
    ],
)
def test_an_election_campaign_receives_no_aid(nlp, text):
    assert "$2 million" not in _claims(nlp, text)
