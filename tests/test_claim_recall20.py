"""Claims on real news, issue 20 (brief clrec20): "others" that count more of the noun they
are joined to, and a count told again by its number alone ("the names of all 31"); each
tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text, measures_by_text


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Gunmen carried out an ambush near Gao and two others in Mopti last week.", "two",
         "attacks"),
        ("Police said a bombing at the mosque and three others this month were the work of "
         "one cell.", "three", "strikes"),
        ("The rebels destroyed a tank and four others in the hills.", "four", "materiel"),
    ],
)
def test_others_count_the_noun_they_join(nlp, text, number, measure):
    """"and two others": more of the noun "others" is a conjunct of."""
    assert measures_by_text(nlp, text).get(number) == measure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # people already count as "others": no noun of things to take over
        ("Rebels killed a soldier and three others near Gao.", "three"),
        # "others" joined to nothing
        ("Two were found in the river and three others in the forest.", "three"),
    ],
)
def test_others_of_people_keep_their_reading(nlp, text, number):
    claims = claims_by_text(nlp, text)
    assert claims.get(number) is None or claims[number].measure not in {
        "attacks", "strikes", "materiel"}


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Militants killed 31 people at the market in Kabul on Monday. The names of all 31 "
         "were read at a vigil on Thursday.", "31", "killed"),
        ("Officials said 90,000 refugees from Syria would be resettled. Nothing near a 90,000 "
         "figure was ever pledged by the minister.", "90,000", "refugees"),
        ("Soldiers detained 45 men in a raid on Tarvo. The 45 were taken to the capital on "
         "Friday.", "45", "detained"),
    ],
)
def test_a_count_told_again(nlp, text, number, measure):
    """Both mentions are claims of the same measure, the second inherited."""
    claims = [c for c in nlp(text)._.claims if c.text == number]
    assert [c.measure for c in claims] == [measure, measure], claims
    assert claims[1].subject_text == claims[0].subject_text


@pytest.mark.parametrize(
    "text",
    [
        # a different number: no count told before
        "Militants killed 31 people at the market in Kabul on Monday. The names of all 30 "
        "were read at a vigil on Thursday.",
        # the number counts a noun of its own
        "Militants killed 31 people at the market in Kabul on Monday. All 31 buses of the "
        "city company stood idle on Thursday.",
        # a small number recurs by chance
        "Militants killed two people at the market in Kabul on Monday. The two met at a "
        "cafe on Thursday.",
        # no word points back at the group
        "Militants killed 31 people at the market in Kabul on Monday. Some 31 attended a "
        "lecture on Thursday.",
        # "the N" that is no clause's subject, or a number ranked by an adjective
        "Militants killed 27 people at the market in Kabul on Monday. Leaders of the 27 "
        "agreed new sanctions on Thursday.",
        "Militants killed 10 people at the market in Kabul on Monday. The city ranks in the "
        "top 10 for crime.",
        "Militants killed 11 people at the market in Kabul on Monday. The coach picked the "
        "same 11 for the final.",
        # a nearer quantity of that value is no claim: "the 31" are those councillors
        "Militants killed 31 people at the market in Kabul in 2019. In 2021 the mayor and all "
        "31 councillors resigned. The 31 were replaced in May.",
        # the count told long before
        "Militants killed 31 people at the market in Kabul on Monday. The mayor spoke. "
        "Trade resumed. Schools opened. Buses ran. Banks opened. The port reopened. "
        "Flights resumed. Shops opened. Trains ran. Parks reopened. Markets filled. The 31 "
        "were praised for their work.",
    ],
)
def test_no_count_told_again(nlp, text):
    claims = [c for c in nlp(text)._.claims if c.start > text.index(".")]
    assert claims == [], claims


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("A car bomb blew up near the bus station in Kabul on Monday, killing 12 people. "
         "Another 60 were taken to hospital.", "60"),
        ("Shelling hit the town of Tarvo on Monday. Medics said 30 people were being treated "
         "in hospital.", "30"),
        ("Shelling hit the town of Tarvo on Monday. Three men remain in hospital.", "Three"),
        # the people moved, as the object of an active verb of taking or bringing
        ("A mortar round landed in the square of Tarvo. Ambulances took 60 people to hospital.",
         "60"),
        ("A mortar round landed in the square of Tarvo. Neighbours rushed 45 people to "
         "hospital.", "45"),
        ("A mortar round landed in the square of Tarvo. Six people were airlifted to hospital.",
         "Six"),
    ],
)
def test_people_taken_to_hospital_are_wounded(nlp, text, number):
    assert measures_by_text(nlp, text).get(number) == "wounded"


@pytest.mark.parametrize(
    "text",
    [
        # patients moved may be ill, not hurt
        "Shelling hit the town of Tarvo on Monday. Medics moved 40 patients to a hospital in "
        "the capital.",
        # working at a hospital is no harm
        "Shelling hit the town of Tarvo on Monday. Some 25 volunteers work in the hospital.",
        # an illness, a check or a birth: taken in, not hurt
        "Some 400 people were admitted to hospital with typhoid in Tarvo.",
        "Shelling hit the town of Tarvo on Monday. Seven boys were taken to hospital with "
        "measles.",
        "Shelling hit the town of Tarvo on Monday. Another 70 were taken to hospital for "
        "tests.",
        "Shelling hit the town of Tarvo on Monday. Fifteen mothers were taken to hospital to "
        "deliver their babies.",
        # staff sent to or staying at a hospital
        "Shelling hit the town of Tarvo on Monday. Eleven medics were sent to the hospital in "
        "Mopti.",
        "Shelling hit the town of Tarvo on Monday. The agency flew 14 surgeons to the "
        "hospital.",
        "Shelling hit the town of Tarvo on Monday. Twenty guards stayed at the hospital all "
        "night.",
        # no harm told in the sentence or the one before
        "The school term ended on Friday. Another 60 were taken to hospital.",
        # a strike of workers is no harm; the reason hangs on "hospital" here
        "Dock workers went on strike in Tarvo on Monday. Some 40 were taken to hospital with "
        "heat exhaustion.",
    ],
)
def test_hospital_alone_wounds_no_one(nlp, text):
    assert "wounded" not in measures_by_text(nlp, text).values()


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Shelling hit the town of Tarvo on Monday. Fifty soldiers were sent to the hospital "
         "to protect it.", "Fifty", "troops"),
        ("Shelling hit the town of Tarvo on Monday. The army evacuated 300 civilians to the "
         "hospital.", "300", "displaced"),
    ],
)
def test_hospital_keeps_another_reading(nlp, text, number, measure):
    assert measures_by_text(nlp, text).get(number) == measure


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("Nigeria: 30 abducted as gunmen raid school in Zamfara", "30", "hostages"),
        ("Mali: 14 killed as jihadists attack army post near Gao", "14", "killed"),
    ],
)
def test_a_headline_number_with_its_participle(nlp, text, number, measure):
    """A headline's bare number with the participle the parser hangs on it."""
    assert measures_by_text(nlp, text).get(number) == measure


def test_a_share_of_them_is_a_share_of_the_count_before(nlp):
    text = ("Monitors recorded 1,800 civilian deaths over the spring, 35 percent of them "
            "women.")
    assert measures_by_text(nlp, text).get("35 percent") == "killed_share"


def test_a_share_of_them_must_be_the_count_before(nlp):
    """"them" stands for the nearest plural before it, here families, not deaths."""
    text = ("Monitors recorded 1,800 civilian deaths over the spring and visited 200 "
            "households, 40 percent of them in Gao.")
    assert measures_by_text(nlp, text).get("40 percent") != "killed_share"


def test_a_share_of_them_needs_a_count_in_its_sentence(nlp):
    text = ("Monitors recorded 1,800 civilian deaths over the spring. Officials met the "
            "envoys, and 35 percent of them agreed.")
    assert measures_by_text(nlp, text).get("35 percent") != "killed_share"
