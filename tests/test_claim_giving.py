"""Gifts at a fundraiser, shares held and members of a legislature are no conflict claim
(``nlp/claims/giving.py``, ``counted_nouns`` in data/measures.toml, ``forces.CIVIC_BODIES``).
Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text, measures_by_text


@pytest.mark.parametrize(
    "text",
    [
        "Staff said the typical donation in the spring fundraising drive was $31.50.",
        "Guests at the senator's Friday fundraiser, a hotel dinner, are each asked for a "
        "$5,000 donation.",
        # hyphened, as some papers spell it
        "The senator's fund-raiser requires a $5,000 donation per guest.",
        "At the fund-raising dinner each couple gave a $2,500 contribution.",
        "Her fundraising letter asked each supporter for a $25 contribution.",
        "The group holds 2,500,000 of the company's shares.",
        "The investor group currently holds 1,250,000 Acme shares, or 30% of its stock.",
    ],
)
def test_no_claim(nlp, text):
    assert claims_by_text(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # aid with no fundraiser named, a pledge at a donors' conference: still aid
        ("Japan made a $50 million donation to the relief appeal for refugees.",
         "$50 million", "aid_funding"),
        ("International donors pledged $2 billion for Syria at the fundraising conference "
         "in London.", "$2 billion", "aid_funding"),
        # "fundraising" is humanitarian language too: an appeal, a donors' conference
        ("A donation of $10 million from the UN fundraising appeal went to refugees in Sudan.",
         "$10 million", "aid_funding"),
        ("Saudi Arabia made a $100 million contribution at the fundraising conference for "
         "Yemen.", "$100 million", "aid_funding"),
        ("Contributions at the humanitarian fundraising conference came to $2 billion for "
         "Syria.", "$2 billion", "aid_funding"),
        # people held are still held
        ("Militants are holding 45 hostages in the school.", "45", "hostages"),
        ("Rebels hold 300 soldiers captive in the hills.", "300", "detained"),
    ],
)
def test_claims_stay(nlp, text, number, measure):
    assert measures_by_text(nlp, text).get(number) == measure


@pytest.mark.parametrize(
    "text",
    [
        "The measure won support from three members of the Budget Caucus who sat on the "
        "panel.",
        "Twelve members of the House voted against the bill.",
        "Nine members of the state legislature signed the letter.",
    ],
)
def test_members_of_a_legislature_are_no_fighters(nlp, text):
    assert "fighters" not in measures_by_text(nlp, text).values()


def test_members_of_an_armed_group_still_counted(nlp):
    found = measures_by_text(nlp, "Seven members of the militia were killed in the raid.")
    assert found.get("Seven") == "killed"
