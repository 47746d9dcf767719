"""Classes of conflict numbers the claims layer missed or took wrongly (issue 20, brief
clrec): verbs and nouns a coder counts that the taxonomy did not name. Sentences written
for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import measures_by_text as _measures


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A gunman fatally shot four people at a market on Sunday, police said.",
         {"four": "killed"}),
        ("Three guards were fatally stabbed during the prison riot.", {"Three": "killed"}),
        ("The army lost three young Ukrainians in the shelling of the base.",
         {"three": "killed"}),
    ],
)
def test_how_a_verb_says_people_died(nlp, text, kept):
    assert _measures(nlp, text) == kept


def test_a_shot_without_a_fatal_word_says_no_death(nlp):
    assert "killed" not in _measures(nlp, "Soldiers shot four protesters in the leg.").values()


def test_shootings_are_attacks(nlp):
    found = _measures(nlp, "The province has seen more than 1,500 shootings this year "
                           "amid the insurgency.")  # fmt: skip
    assert found == {"more than 1,500": "attacks"}


@pytest.mark.parametrize(
    "text",
    [
        "Police said 12 attackers took part in the raid on the barracks.",
        "Investigators believe four hijackers seized the plane over the desert.",
    ],
)
def test_attackers_are_counted_as_fighters(nlp, text):
    assert set(_measures(nlp, text).values()) == {"fighters"}


def test_armour_aircraft_and_ships_are_materiel(nlp):
    found = _measures(nlp, "The rebels fielded 200 tanks, 40 warplanes and six warships "
                           "during the offensive.")  # fmt: skip
    assert found == {"200": "materiel", "40": "materiel", "six": "materiel"}


def test_people_in_displacement_camps_are_displaced(nlp):
    found = _measures(nlp, "More than 50,000 Yazidis live in displacement camps since the "
                           "militants attacked their villages.")  # fmt: skip
    assert found == {"More than 50,000": "displaced"}


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The commander sent scouts from a force of 700 near the border.", "700", "troops"),
        ("The warlord leads a militia of about 2,000 in the hills.", "about 2,000", "fighters"),
    ],
)
def test_a_force_of_n_is_its_strength(nlp, text, value, measure):
    assert _measures(nlp, text).get(value) == measure


def test_a_force_of_n_counted_things_is_not_its_strength(nlp):
    found = _measures(nlp, "The convoy was a force of 30 trucks and a few guards.")
    assert "30" not in found or found["30"] != "troops"


def test_people_handed_over_are_detained(nlp):
    found = _measures(nlp, "The two suspects were handed over to federal authorities after "
                           "the bombing.")  # fmt: skip
    assert found == {"two": "detained"}


def test_weapons_handed_over_stay_weapons(nlp):
    assert _measures(nlp, "The army handed over 300 rifles to the militia.") == {
        "300": "materiel"}


def test_the_particle_over_is_no_bound(nlp):
    claims = nlp("The rebels handed over 20 prisoners to the Red Cross on Friday.")._.claims
    assert [(c.value, c.lower, c.measure) for c in claims] == [(20.0, None, "detained")]
    claims = nlp("Gunmen killed over 20 people in the village.")._.claims
    assert [(c.value, c.lower) for c in claims] == [(20.0, 20.0)]


@pytest.mark.parametrize(
    "text",
    [
        "All 80 members of the budget committee voted on the plan after the attack.",
        "The alliance has grown from 20 members to 25 since the war began.",
    ],
)
def test_members_of_no_armed_side_are_no_fighters(nlp, text):
    assert "fighters" not in _measures(nlp, text).values()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,000 Islamic State members remain in the desert.", "About 2,000"),
        ("The group sent 300 of its members to fight in the north.", "300"),
    ],
)
def test_members_of_an_armed_group_are_fighters(nlp, text, value):
    assert _measures(nlp, text).get(value) == "fighters"
