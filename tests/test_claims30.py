"""Claims, issue 20 (brief claims30): nationals a state admits are refugees (not patients a
hospital takes, nor an intake refused), guards of an armed service are troops, armoured
vehicles built to fight or held by a force are materiel, and a special forces team has a
strength. Sentences written for this test (no story
text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The prime minister offered last week to admit 20,000 Eritreans.", 20000.0),
        ("Lawmakers voted to admit 60,000 Afghan migrants over two years.", 60000.0),
        ("The island state agreed to resettle 3,500 Rohingya next spring.", 3500.0),
    ],
)
def test_nationals_a_country_admits_are_refugees(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "refugees"


def test_nationals_doing_anything_else_are_no_refugees(nlp):
    claims = claims_by_value(nlp, "The company hired 300 Eritreans for the harvest.")
    assert 300.0 not in claims or claims[300.0].measure != "refugees"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 120 border guards were sent to the Lunsk crossing.", 120.0),
        ("The ministry deployed 300 presidential guards around the palace.", 300.0),
        ("The army sent a 12-member special forces team to the port of Tarvo.", 12.0),
    ],
)
def test_guards_and_a_special_forces_team_are_troops(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "troops"


def test_a_cabinet_team_is_no_force(nlp):
    claims = claims_by_value(nlp, "The president named a 12-member cabinet team on Monday.")
    assert 12.0 not in claims


def test_a_title_case_headline_counts_the_people_it_names(nlp):
    """Every word of a title-case headline is capitalised: "One Officer" names no one."""
    claims = claims_by_value(nlp, "Gunmen Kill Two Guards at Lunsk Checkpoint")
    assert claims[2.0].measure == "killed"


@pytest.mark.parametrize(
    ("text", "values", "measure"),
    [
        ("Officials said those killed on Friday included 14 teachers and more than 30 "
         "farmers.", (14.0, 30.0), "killed"),
        ("The dead included nine nurses and two doctors, the ministry said.", (9.0, 2.0),
         "killed"),
        ("People wounded in the blast included 40 pupils.", (40.0,), "wounded"),
    ],
)
def test_what_befell_those_a_count_is_included_in(nlp, text, values, measure):
    claims = {c.value if c.value is not None else c.lower: c for c in nlp(text)._.claims}
    assert all(claims[v].measure == measure for v in values)


def test_an_event_less_set_includes_no_toll(nlp):
    claims = claims_by_value(nlp, "The new cabinet included nine women.")
    assert 9.0 not in claims


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army will deploy 2,000 soldiers and 300 armored vehicles to the border.", 300.0),
        ("Rebels destroyed 12 armoured personnel carriers near Lunsk.", 12.0),
    ],
)
def test_armoured_vehicles_are_materiel(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "materiel"


def test_plain_vehicles_stay_unclaimed(nlp):
    assert 30.0 not in claims_by_value(nlp, "The aid convoy of 30 vehicles reached Tarvo.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Germany accepted 1,200 Syrian migrants last month.", 1200.0),
        ("The country absorbed 70,000 Ukrainians within months.", 70000.0),
        ("Ministers unveiled a plan to accept as many as 90,000 Sudanese migrants.", 90000.0),
    ],
)
def test_nationals_a_state_takes_in_are_refugees(nlp, text, value):
    assert claims_by_value(nlp, text)[value].measure == "refugees"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The clinic in Dorvik admitted 45 Palestinians on Sunday.", 45.0),
        ("Velan hospitals have admitted 2,000 Syrians since 2015.", 2000.0),
        ("The field hospital accepted 60 Ukrainians overnight.", 60.0),
        ("The hospital sheltered 40 Syrians during the storm.", 40.0),
        ("Marovia agreed to accept 300 Palestinians for medical treatment.", 300.0),
        ("Canada did not accept 5,000 Sudanese, the minister said.", 5000.0),
        ("The government refused to admit 3,000 Eritreans.", 3000.0),
        ("Norway declined to resettle 900 Somalis this year.", 900.0),
        ("The hospital's plan to accept 30 Yemenis drew praise.", 30.0),
        ("Dr. Lind agreed to admit 45 Syrians for medical treatment.", 45.0),
    ],
)
def test_no_refugees_a_hospital_admits_or_a_state_turns_away(nlp, text, value):
    """Patients a hospital takes, people taken for care, and an intake denied or refused
    are no refugees taken in from abroad."""
    claims = claims_by_value(nlp, text)
    assert value not in claims or claims[value].measure != "refugees"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The goalkeeper and two guards were substituted in the second half.", 2.0),
        ("Two guards and a forward scored twenty points each in the basketball final.", 2.0),
        ("Prison guards, numbering 300, went on strike over pay.", 300.0),
        ("The consulate kept just four guards at its gate during the unrest.", 4.0),
    ],
)
def test_guards_of_no_armed_service_are_no_troops(nlp, text, value):
    claims = claims_by_value(nlp, text)
    assert value not in claims or claims[value].measure != "troops"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank bought 4 armoured vans to move cash.", 4.0),
        ("The embassy bought 3 armored SUVs for its diplomats.", 3.0),
    ],
)
def test_armoured_vehicles_of_no_force_are_no_materiel(nlp, text, value):
    claims = claims_by_value(nlp, text)
    assert value not in claims or claims[value].measure != "materiel"


def test_a_force_s_armoured_trucks_are_materiel(nlp):
    claims = claims_by_value(nlp, "The militia paraded 20 armoured trucks through Tarvo.")
    assert claims[20.0].measure == "materiel"


def test_a_set_of_killers_includes_no_toll(nlp):
    """Those who killed are not those killed: the count they include suffered nothing."""
    claims = claims_by_value(nlp, "The gunmen who killed the officer included 2 foreigners.")
    assert 2.0 not in claims or claims[2.0].measure != "killed"
