"""As-of dates of tolls near a well-known attack (``nlp/claims/named_dates.py``): only
the attack's listed name dates a toll; its town or a noun taking up its name never does
(new attacks happen in the towns of old ones). Sentences written for this test, through
the real pipeline."""

from __future__ import annotations

import pytest

from tests.claim_reading import dated_claims_by_value as _run


@pytest.mark.parametrize(
    "text",
    [
        "Few in the town have forgotten the Garissa attack. The attack on the campus in "
        "Garissa killed 14 students.",
        "Reporters pressed the minister about the Garissa attack. "
        "Nine students died as a consequence of the attack.",
        "The town still mourns the Garissa attack. The latest attack in Garissa killed 9 "
        "people.",
        "The attack in Garissa killed 9 people, evoking memories of the Garissa attack.",
    ],
)
def test_a_town_or_a_noun_taking_up_a_named_attack_dates_no_toll(nlp, text):
    """Read as the old attack's, each would put a new attack's dead years back."""
    claims = _run(nlp, text, "2019-06-25")
    assert all(not (c.as_of or "").startswith("2015") for c in claims.values())


@pytest.mark.parametrize(
    "text",
    [
        # a word of its own sets the noun apart from the attack named before
        "Reporters asked about the Garissa attack. Five guards died in another attack.",
        # a place of its own: another attack
        "Reporters asked about the Garissa attack. Five guards died in the attack in Lamu.",
        # a running count, not a finished event
        "Reporters asked about the Garissa attack. Five guards have died in the attack.",
    ],
)
def test_a_noun_set_apart_or_a_running_count_keeps_the_report_date(nlp, text):
    assert _run(nlp, text, "2019-06-25")[5.0].as_of == "2019-06-25"


@pytest.mark.parametrize(
    ("text", "published", "old"),
    [
        # a town alone: towns see new attacks
        ("Militia fighters killed fourteen people in Beirut.", "2019-04-03", "1983-10-23"),
        ("Shelling killed 23 civilians in eastern Ghouta.", "2018-02-26", "2013-08-21"),
        ("Gunmen killed seven guards in Benghazi.", "2015-06-09", "2012-09-11"),
        ("Two officers were killed in Orlando.", "2019-08-06", "2016-06-12"),
        # an attack noun and a town, but the story never names the old attack
        ("The bombing in Beirut killed 45 people.", "2020-08-19", "1983-10-23"),
        ("The shooting in Orlando killed five people.", "2019-08-06", "2016-06-12"),
        # named, but not definite: a new bombing
        ("A bombing in Beirut killed 45 people. Few forget the Beirut barracks bombing.",
         "2020-08-19", "1983-10-23"),
        # named, but in a clause opened by "since": another, earlier attack
        ("It was the worst raid since the bombing in Beirut killed 45 people, a grim echo "
         "of the Beirut barracks bombing.", "2020-08-19", "1983-10-23"),
        ("Since the shooting in Orlando, police have arrested 12 people.", "2019-08-06",
         "2016-06-12"),
    ],
)
def test_a_town_does_not_date_a_new_toll(nlp, text, published, old):
    claims = _run(nlp, text, published)
    assert all(c.as_of != old for c in claims.values()), {v: c.as_of for v, c in claims.items()}


@pytest.mark.parametrize(
    "text",
    [
        # another event, place and date told between the name and the noun
        "Mourners marked the anniversary of the Paris attacks. Gunmen raided a bar in Lyon "
        "on Friday. The attack killed 11 people.",
        # another event alone between them
        "Mourners marked the Paris attacks as gunmen raided a bar. The attack killed 11 people.",
        # the name two sentences back
        "Mourners marked the Paris attacks. The mayor spoke for an hour. The attack killed "
        "11 people.",
    ],
)
def test_a_noun_far_from_the_name_or_past_another_event_is_no_take_up(nlp, text):
    claims = _run(nlp, text, "2017-11-29")
    assert claims[11.0].as_of != "2015-11-13"


def test_a_toll_days_after_the_attack_is_as_of_the_report(nlp):
    """Within ``SETTLED_DAYS`` the toll may still be rising."""
    text = ("Reporters pressed the minister about the Garissa attack. "
            "Ninety students died as a consequence of the attack.")
    assert _run(nlp, text, "2015-04-07")[90.0].as_of == "2015-04-07"


def test_a_year_of_its_own_is_made_the_named_attacks_day(nlp):
    """'the 2015 Paris attacks left 130 dead': the year holds the attack's day, finer."""
    claims = _run(nlp, "A new film retells how the 2015 Paris attacks left 130 people dead.",
                  "2019-06-25")
    assert claims[130.0].as_of == "2015-11-13"


def test_a_year_the_known_attack_is_not_in_stays(nlp):
    text = ("A new film retells the 2013 attack that left 140 students dead in Garissa. "
            "Critics say it does justice to the Garissa attack.")
    assert _run(nlp, text, "2019-06-25")[140.0].as_of == "2013"


@pytest.mark.parametrize(("published", "expected"),
                         [("2017-01-10", "2015-11-13"), ("2015-11-22", "2015-11-22")])
def test_a_named_toll_is_the_attacks_from_two_weeks_on(nlp, published, expected):
    """Over a year on the toll is recalled (as of the attack); one week on it may still
    be rising (as of the report): ``named_dates.SETTLED_DAYS``."""
    claims = _run(nlp, "The Paris attacks left 130 people dead.", published)
    assert claims[130.0].as_of == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2015, five shoppers were killed in Paris.",  # a year and a town: which attack?
        "In 2015, a gunman in Paris killed five shoppers.",  # a doer is no attack noun
    ],
)
def test_a_year_and_a_town_alone_keep_the_year(nlp, text):
    claims = _run(nlp, text, "2020-03-03")
    assert claims[5.0].as_of == "2015"
