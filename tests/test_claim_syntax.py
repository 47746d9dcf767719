"""Claims read from the shape of the clause rather than the words next to the number
(issue 20): ranges a tagger calls dates, counts in apposition, idioms of dying, verbs of
an object-control complement, tallies named by a compound, '-ing' event nouns and
counts of things no measure counts. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value as _claims


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        # a range opening the sentence (NER reads "30 and 40" as a date)
        ("Between 30 and 40 rebels were killed in the ambush.", (30.0, 40.0), "killed"),
        # a count in apposition to what it counts, after a dash
        ("The allies kept up their air strikes -- nine in the past day alone.", 9.0, "strikes"),
        # idioms: the verb with its object says what happened
        ("The war has claimed more than 4,000 lives in the north.", 4000.0, "killed"),
        ("Nearly 70 villagers lost their lives in the flooding and shelling.", 70.0, "killed"),
        # the verb of the complement says what the people counted did
        ("The offensive forced about 60,000 residents to flee the valley.", 60000.0,
         "displaced"),
        # a tally named by its compound noun
        ("Medics put the death toll at 61.", 61.0, "killed"),
        # an '-ing' event noun stands for its verb
        ("He hailed the recapturing of 30% of the territory by the army.", 30.0,
         "territory_captured_share"),
    ],
)
def test_measure_from_syntax(nlp, text, key, measure):
    claims = _claims(nlp, text)
    assert key in claims, [(c.text, c.measure) for c in claims.values()]
    assert claims[key].measure == measure


def test_the_sides_of_an_exchange_are_no_prisoners(nlp):
    claims = _claims(nlp, "The two sides swapped 150 prisoners at the border.")
    assert claims[150.0].measure == "detained"
    assert 2.0 not in claims


def test_a_dated_range_is_still_a_date(nlp):
    doc = nlp("The talks ran between 3 and 5 March in Geneva.")
    assert not doc._.claims


def test_an_intelligence_estimate_is_no_tally_of_intelligence(nlp):
    text = "Western estimates put the number of rebel fighters at between 900 and 1,100."
    claims = _claims(nlp, text)
    assert claims[(900.0, 1100.0)].measure == "fighters"


def test_a_trailing_report_the_parser_misread_gives_the_source(nlp):
    # The parser hangs "killed" under "strikes", leaving "said" with two subjects.
    text = "Israeli airstrikes killed at least 25 Palestinians, health officials said."
    claims = _claims(nlp, text)
    assert claims[25.0].source is not None and claims[25.0].source.text == "health officials"


def test_estimating_a_tally_reports_it(nlp):
    claims = _claims(nlp, "Officials estimate the death toll at more than 300.")
    claim = claims[300.0]
    assert claim.measure == "killed"
    assert claim.source is not None and claim.source.text == "Officials"
    assert claim.subject_text is None  # the officials are not the dead


def test_claiming_territory_is_still_no_report(nlp):
    claims = _claims(nlp, "The kingdom claims about 85% of the sea.")
    assert claims[85.0].source is None


@pytest.mark.parametrize(
    ("text", "key", "subject"),
    [
        ("Deaths in the raids rose from 40 in 2022 to 95 in 2023.", 95.0, "raids"),
        ("Casualties among the guards reached 75.", 75.0, "guards"),
        ("The death toll has climbed to 140.", 140.0, None),
    ],
)
def test_a_count_named_by_its_own_noun_is_about_what_it_is_in(nlp, text, key, subject):
    claims = _claims(nlp, text)
    assert claims[key].subject_text == subject


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        ("The floods and the war have driven 90,000 people from their villages.", 90000.0,
         "displaced"),
        ("Guards moved all 60 remaining inmates out of the prison.", 60.0, "detained"),
        ("Some 80,000 people are without shelter after the shelling.", 80000.0,
         "people_in_need"),
    ],
)
def test_measure_from_the_clause_around_the_people(nlp, text, key, measure):
    assert _claims(nlp, text)[key].measure == measure


def test_capitals_held_are_no_detainees(nlp):
    assert not nlp("The rebels now hold three regional capitals.")._.claims


def test_what_left_the_dead_is_not_who_died(nlp):
    claims = _claims(nlp, "The bombardment has left more than 70 dead and 200 injured.")
    assert claims[70.0].measure == "killed" and claims[70.0].subject_text is None
    assert claims[200.0].measure == "wounded"


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        ("Tens of thousands of villagers who fled the raids have not returned.",
         (10000.0, 100000.0), "displaced"),
        ("Some 3,000 people displaced by the floods and fighting reached the coast.", 3000.0,
         "displaced"),
        ("Soldiers killed 5 people who had been kidnapped.", 5.0, "killed"),  # verb first
        ("The militia controlled about 80 percent of the town.", 80.0, "territory_held_share"),
        ("The army has lost about two thirds of its land.", 66.7, "territory_lost_share"),
    ],
)
def test_measure_from_a_describing_clause_or_a_spaced_fraction(nlp, text, key, measure):
    claims = _claims(nlp, text)
    assert claims[key].measure == measure


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        ("The bloc approved a 3,000-strong standby force.", 3000.0, "troops"),
        ("The 800-member battalion arrived in the north.", 800.0, "troops"),
        ("A 400-man militia attacked the camp.", 400.0, "fighters"),
    ],
)
def test_the_strength_of_a_force(nlp, text, key, measure):
    assert _claims(nlp, text)[key].measure == measure


def test_a_strong_economy_is_no_force(nlp):
    assert not nlp("The 5-member panel met the 20-strong delegation of traders.")._.claims


def test_what_could_be_made_is_no_claim(nlp):
    text = "The cargo could be turned into enough explosive to make 300 rockets."
    assert not [c for c in nlp(text)._.claims if c.value == 300.0]


def test_people_already_there_keep_their_count_under_a_modal(nlp):
    text = "The truce would allow agencies to reach the 2.1 million people in need of aid."
    claims = _claims(nlp, text)
    assert claims[2.1e6].measure == "people_in_need"


def test_one_or_more_is_generic(nlp):
    text = "A raid, as the army defines it, means one or more strikes on a single target."
    assert not [c for c in nlp(text)._.claims if c.value == 1.0]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The region accounted for half of all conflict-related fatalities last year.", 50.0),
        ("Civilians made up 60% of the deaths.", 60.0),
    ],
)
def test_a_share_of_the_dead(nlp, text, value):
    claims = _claims(nlp, text)
    assert claims[value].measure == "killed_share" and claims[value].unit == "percent"


@pytest.mark.parametrize(
    "text",
    ["Deaths fell by 20 percent last year.", "Half of the year was spent in talks."],
)
def test_no_share_of_the_dead(nlp, text):
    assert not [c for c in nlp(text)._.claims if c.measure == "killed_share"]
