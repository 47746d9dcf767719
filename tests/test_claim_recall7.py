"""Counts the guide codes that the clause's shape hid (issue 20, brief clrec7): a tally of a
tally ("estimates of the number of ..."), a part of a counted group ("12 of the 20
gunmen"), and people a relative clause says were lost or killed while the main verb
says nothing of them. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value as _claims
from tests.claim_reading import dated_claims


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        # a tally of a tally counts what the inner one is "of"
        ("Estimates of the number of displaced civilians range from 20,000 to 40,000.",
         (20000.0, 40000.0), "displaced"),
        # the part of a group counted before "of the N ..." counts that group's noun
        ("Although 12 of the 20 gunmen were foreigners, the ministry denied any role.",
         12.0, "fighters"),
        # people "we lost" are people who died
        ("She thanked the families of the four brave Canadians that we lost at Kandahar.",
         4.0, "killed"),
        ("He mourned the three soldiers the army lost in the ambush.", 3.0, "killed"),
        # the clause on the noun says what befell them when the main verb says nothing
        ("The families of the three soldiers who were killed in the ambush were honoured.",
         3.0, "killed"),
    ],
)
def test_counts_the_clause_shape_hid(nlp, text, key, measure):
    claims = _claims(nlp, text)
    assert key in claims, [(c.text, c.measure) for c in claims.values()]
    assert claims[key].measure == measure


def test_the_part_names_the_group_it_is_part_of(nlp):
    claims = _claims(nlp, "Seven of the 40 detainees were moved to a prison in the south.")
    assert claims[7.0].subject_text == "detainees"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # losing a vote is no death; the losers are the subject of "lost"
        ("The six candidates that lost the primary endorsed him.", 6.0, None),
        # what the soldiers lost is said: their homes, not their lives
        ("The five soldiers who lost their homes in the flood were given leave.", 5.0,
         "troops"),
    ],
)
def test_losing_is_not_always_dying(nlp, text, value, measure):
    claims = _claims(nlp, text)
    assert (claims[value].measure if value in claims else None) == measure


@pytest.mark.parametrize(
    ("text", "key", "subject"),
    [
        # the value of a tally is a count of what the tally is "of": theirs
        ("Friday's arrests took to 14 the number of suspects in detention.", 14.0, "suspects"),
        ("The number of refugees rose to 5,000 after the fighting.", 5000.0, "refugees"),
        # a change from one figure to another gives both (clrec9): each is the refugees'
        ("The government was prepared to raise the number of refugees admitted from around"
         " the world in 2016, from 10,000 to 15,000.", 10000.0, "refugees"),
        ("The government was prepared to raise the number of refugees admitted from around"
         " the world in 2016, from 10,000 to 15,000.", 15000.0, "refugees"),
        # a tally of deaths names the count, not whose it is
        ("The number of deaths rose to 50 after the fighting.", 50.0, None),
    ],
)
def test_a_tally_says_whose_its_value_is(nlp, text, key, subject):
    claims = _claims(nlp, text)
    assert key in claims, [(c.text, c.measure) for c in claims.values()]
    assert claims[key].subject_text == subject


@pytest.mark.parametrize(
    ("text", "value", "as_of"),
    [
        # "a day earlier" counts one day back from the day last named, as "two days" does
        ("Rebels stormed the depot on March 3, 2015. A day earlier, 12 soldiers were"
         " killed in an ambush.", 12.0, "2015-03-02"),
        # "the following morning" is a day told from the one before
        ("A patrol was attacked on May 4, 2019. The following evening rockets hit the outpost"
         " and two sentries died.", 2.0, "2019-05-05"),
        # a clock beside a named day is of that day, not of the report day
        ("A patrol was attacked on May 4, 2019. The next day, at around 6:40 a.m., rockets"
         " hit the outpost and two sentries died.", 2.0, "2019-05-05"),
    ],
)
def test_days_told_from_the_day_before(nlp, text, value, as_of):
    (claim,) = [c for c in dated_claims(nlp, text, "2016-01-16") if c.value == value]
    assert claim.as_of == as_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # leaving a building or an occasion displaces no one
        ("Some 45 marchers who had filled the foyer left the stadium when stewards asked"
         " them to.", 45.0),
        # papers held are no people held
        ("The gunman, who shot 12 people early Sunday, held three firearms licenses.", 3.0),
    ],
)
def test_no_count_of_the_displaced_or_detained(nlp, text, value):
    claims = _claims(nlp, text)
    assert value not in claims, (claims[value].text, claims[value].measure)


def test_leaving_a_town_still_displaces(nlp):
    claims = _claims(nlp, "About 8,000 villagers left the town after the shelling.")
    assert claims[8000.0].measure == "displaced"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        # "lost 12 of our men": the men were lost, as in "lost 12 men"
        ("We lost 12 of our men in the ambush.", "killed"),
        ("The battalion lost 12 of its soldiers in the ambush.", "killed"),
    ],
)
def test_losing_part_of_a_group_is_dying(nlp, text, measure):
    assert _claims(nlp, text)[12.0].measure == measure


def test_losing_seats_is_no_count(nlp):
    assert 12.0 not in _claims(nlp, "The party lost 12 of its seats in the election.")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # cases or incidents of an event count that event
        ("The rights group documented 85 cases of enforced disappearance in the region.",
         85.0, "missing"),
        ("The monitor recorded 45 incidents of shelling in the province in February.", 45.0,
         "attacks"),
    ],
)
def test_cases_of_an_event_count_it(nlp, text, value, measure):
    assert _claims(nlp, text)[value].measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "Doctors reported 300 cases of cholera in the camps.",
        # the clause is the event, not the thing it names
        "Officials logged just seven incidents of a pistol being discharged in the city.",
    ],
)
def test_cases_of_no_measured_event_are_no_claim(nlp, text):
    assert not _claims(nlp, text)


def test_a_weekend_dates_a_count_to_its_month(nlp):
    (claim,) = dated_claims(nlp, "Police said they had detained 14 people over the weekend.",
                            "2025-03-12")
    assert claim.as_of == "2025-03"


def test_the_martyred_are_dead(nlp):
    claims = _claims(nlp, "The group said 14 of its fighters were martyred in the air strikes.")
    assert claims[14.0].measure == "killed"
