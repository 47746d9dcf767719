"""Claims on unseen news, issue 20 (brief claims19): false claims of the kinds the judged
samples and the check halves show on uncoded news (a toll of a mishap told in the sentence
before, or in a clause on the dead; a pit called a mine; poisoned drink; people who leave
to make a living; things that "disappear"; offences written with a hyphen), each tested on
sentences written for this test, beside conflict counts of the same shape that stay."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims

WAR = "Rebels attacked an army base near the border on Tuesday, the army said. "


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the mishap is told in the sentence before; the toll's own clause names no cause
        (WAR + "A fishing boat overturned off the cape last week. The skipper and 11 others "
         "died, but a boy survived by holding on to a cooler.", "11"),
        (WAR + "A minibus plunged into a ravine on the pass. Nineteen people died and six "
         "were hurt.", "Nineteen"),
        # the clause on the people counted says what they died in
        (WAR + "Her brother was among 14 tenants who died in the apartment fire last winter.",
         "14"),
        # a pit, not a landmine
        (WAR + "Six miners died when a shaft collapsed at the gold mine.", "Six"),
        # drink laced with poison
        (WAR + "Twelve people died after drinking bootleg liquor laced with methanol.",
         "Twelve"),
    ],
)
def test_a_toll_of_a_mishap_is_no_claim(nlp, text, number):
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the sentence before tells of violence, or the toll's own clause does
        (WAR + "A mortar round set a market stall on fire. Nine people died.", "Nine"),
        (WAR + "A bus overturned near the checkpoint. Militants then killed 7 passengers.",
         "7"),
        (WAR + "The convoy came under fire on the pass. Nineteen soldiers died.", "Nineteen"),
        # a mine that is a weapon
        (WAR + "Four soldiers died when their truck hit a mine near the village.", "Four"),
        (WAR + "Her brother was among 14 villagers who died in the shelling last winter.",
         "14"),
    ],
)
def test_a_toll_of_violence_stays(nlp, text, number):
    assert number in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "About 3,000 young men left the province last year to find work in the "
         "capital.", "About 3,000"),
        (WAR + "In 2011, three of the magazine's editors left to start a rival weekly.",
         "three"),
        (WAR + "Some 2,000 nurses have left the country for jobs abroad.", "Some 2,000"),
    ],
)
def test_leaving_for_a_living_is_no_displacement(nlp, text, number):
    assert number not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "Some 4,000 families left the town to seek safety in the hills.", "Some 4,000"),
        (WAR + "About 12,000 residents left the district as the shelling grew worse.",
         "About 12,000"),
    ],
)
def test_flight_stays_displacement(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "displaced"


def test_things_that_disappear_are_no_missing(nlp):
    text = WAR + "By evening 12 roadblocks on the highway had vanished."
    assert "12" not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "Five activists disappeared after the raid on the office.", "Five"),
        (WAR + "Two journalists vanished near the front line in March.", "Two"),
        (WAR + "The group documented 40 cases of enforced disappearance last year.", "40"),
    ],
)
def test_people_who_disappear_stay_missing(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "missing"


def test_a_hyphened_offence_is_no_detention(nlp):
    text = WAR + "Highway police made 17 drunk-driving arrests over the holiday weekend."
    assert "17" not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # "stormed" is an assault, no storm; "came under fire" is shooting, no blaze
        (WAR + "In 2012 marines stormed a cargo ship bound for the port. Six activists "
         "aboard were killed.", "Six"),
        (WAR + "The patrol came under fire from a farmhouse, the ministry said. Two "
         "policemen were wounded.", "Two"),
    ],
)
def test_an_assault_or_gunfire_before_is_no_mishap(nlp, text, number):
    assert number in _claims(nlp, text)


def test_a_number_labelling_a_title_word_is_no_count(nlp):
    text = ("Police arrested 12 protesters at the rally on Sunday, officials said. - Pack 212 "
            "and Troop 212 from Millbrook will be collecting for the county food bank.")
    found = _claims(nlp, text)
    assert "212" not in found
    assert "12" in found



@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        (WAR + "The rebel commander leads a guerrilla force of 2,000 in the hills.", "2,000",
         "fighters"),
        (WAR + "The insurgents have assembled a 3,000-strong force near the river.", "3,000",
         "fighters"),
        (WAR + "The army has assembled a 3,000-strong force near the river.", "3,000", "troops"),
        (WAR + "The government sent a force of 900 to retake the town.", "900", "troops"),
    ],
)
def test_whose_force_says_fighters_or_troops(nlp, text, number, measure):
    assert _claims(nlp, text)[number].measure == measure


def test_people_named_one_by_one_are_no_strength(nlp):
    text = WAR + "Three soldiers, Mark Lee, Dan Ortiz and Ana Ruiz, were honored at the ceremony."
    assert "Three" not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "About 500 fighters, commanded by Ali Musa, hold the hills.", "About 500"),
        (WAR + "Some 2,000 troops, backed by jets, have been sent to the border, General Sam "
         "Okoro said.", "Some 2,000"),
    ],
)
def test_a_force_with_a_clause_set_off_stays(nlp, text, number):
    assert number in _claims(nlp, text)


def test_money_a_campaign_fund_receives_is_no_aid(nlp):
    text = (WAR + "A super PAC backing the governor received a $1 million donation from a "
            "hedge fund manager.")
    assert "$1 million" not in _claims(nlp, text)


def test_aid_a_charity_receives_stays(nlp):
    text = (WAR + "The relief agency received a $3 million donation in humanitarian aid for "
            "the displaced.")
    assert _claims(nlp, text)["$3 million"].measure == "aid_funding"


def test_the_enemy_of_a_force_is_not_its_owner(nlp):
    text = WAR + "The insurgents faced a force of 300 near the river."
    assert _claims(nlp, text)["300"].measure == "troops"


def test_riders_of_a_vehicle_are_no_strength(nlp):
    text = WAR + "A police pickup with 5 policemen hit a mine while patrolling near the village."
    assert "5" not in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (WAR + "A convoy with 300 troops reached the town on Monday.", "300"),
        (WAR + "The army sent 300 troops with tanks to the town.", "300"),
    ],
)
def test_a_force_on_the_move_stays(nlp, text, number):
    assert _claims(nlp, text)[number].measure == "troops"
