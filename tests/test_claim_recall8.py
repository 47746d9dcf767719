"""Claims on real news, issue 20 (brief clrec8): shapes read from the tune halves of the
four news sets, each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims
from tests.claim_reading import dated_claims


@pytest.mark.parametrize(
    "text",
    [
        # a lone "one" set off after a noun, ranking it: describes, counts nothing
        "The militants have kidnapped and killed members of the Mandaean faith, one of the "
        "smallest in the country, along with other minorities.",
        "Gunmen abducted and killed pilgrims from the Sufi order, one of the oldest in the "
        "region, last week.",
        "Troops arrested leaders of the Green party, one of the most outspoken in the country.",
    ],
)
def test_one_ranking_a_noun_is_no_count(nlp, text):
    assert "one" not in _claims(nlp, text)


def test_one_of_the_ranked_as_a_subject_is_still_counted(nlp):
    # not set off: the clause's own subject, a count of one
    found = _claims(nlp, "Fighting went on. One of the youngest hostages was killed on Monday.")
    assert "One" in found


@pytest.mark.parametrize(
    "text",
    [
        # a count joined by a hyphen to a noun modifying another: the other thing's size
        "After the primaries, the senator held a 90-delegate lead over her rival.",
        "The union held a 700-member strategy session on Sunday.",
        # an age band after the number
        "Polls show the governor held a wide lead among those 65 and older.",
        # members of a faith or its clergy are no fighters
        "He vowed to bar all 3 million members of the faith from the country.",
        "Over 300 clergy members signed the letter backing the governor.",
        # money given to a campaign or a charity is no aid
        "The network offered to donate $4 million to her foundation.",
        # an age at death, a label after its noun, a capacity built for, jobs laid off
        "The painter Ann Lowe, who taught at the academy for decades, dies at 91.",
        "- Pack 58 and Troop 58 of Ashford will be gathering coats for the shelter.",
        "The barracks was designed to hold 900 prisoners in wartime.",
        "The county has laid off 35 prison guards to balance its budget.",
        "The governor may lay off 120 state troopers next year.",
    ],
)


def test_numbers_of_political_news_that_are_no_claims(nlp, text):
    assert _claims(nlp, text) == {}, [(c.text, c.measure) for c in _claims(nlp, text).values()]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The rebels held 300 prisoners in the camp.", "detained"),
        ("The African Union has struggled to raise the 5,000-man troops it promised.", "troops"),
        ("Britain pledged $20 million to the relief effort in the besieged city.",
         "aid_funding"),
        ("Seven members of the militant cell were arrested.", "detained"),
    ],
)
def test_the_same_shapes_still_counted(nlp, text, measure):
    assert measure in [c.measure for c in _claims(nlp, text).values()]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman killed 38 people at the club on March 3.\nThousands marched through the "
        "capital on Saturday. Many carried pictures of the 38 victims.",
        "Rebels killed 15 villagers in Dara on March 3.\nIn the capital, the president has met "
        "the families of the 15 victims.",
    ],
)
def test_a_toll_told_again_is_as_of_its_event(nlp, text):
    first, again = dated_claims(nlp, text, "2024-04-20")
    assert first.value == again.value and again.measure == "killed"
    assert again.as_of == first.as_of == "2024-03-03"


def test_a_small_toll_or_another_measure_told_again_keeps_its_own_date(nlp):
    text = ("Rebels killed two guards in Dara on March 3.\nIn the capital, the president has "
            "met the families of the two victims.")
    assert dated_claims(nlp, text, "2024-04-20")[-1].as_of == "2024-04-20"


def test_one_set_off_as_a_member_of_a_counted_set_is_no_count(nlp):
    text = "The medic drowned in 2006, one of at least four soldiers killed in training accidents."
    assert [c.text for c in _claims(nlp, text).values()] == ["at least four"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a paper says a number; it holds or does nothing
        ("His memo named 40 security personnel as the smallest detail able to guard the port.",
         "security personnel"),
        # an owner that is no paper is still the owner
        ("The rebels had 3,000 fighters in the hills, the report said.", "rebels"),
    ],
)
def test_a_paper_is_no_owner(nlp, text, subject):
    (claim,) = _claims(nlp, text).values()
    assert claim.subject_text == subject


@pytest.mark.parametrize(
    ("text", "key", "measure"),
    [
        # the number's own verb says they were killed: that is what it measures
        ("Fighting went on. Three hostages were killed on Monday.", "Three", "killed"),
        ("Fighting went on. The rebels killed three hostages on Monday.", "three", "killed"),
        # held, not killed: still hostages; a verb denied says nothing
        ("The rebels are holding 40 hostages.", "40", "hostages"),
        ("The army freed 85 captives and killed 12 rebels.", "12", "killed"),
    ],
)
def test_hostages_killed_are_counted_killed(nlp, text, key, measure):
    assert _claims(nlp, text)[key].measure == measure
