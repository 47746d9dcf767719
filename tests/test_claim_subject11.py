"""Whose a claim is, session 11 of issue 20 (clfields11): sentences written for this test,
through the real pipeline."""

from __future__ import annotations

from tests.claim_reading import claims_by_value


def test_members_are_named_with_the_body_they_belong_to(nlp):
    """'three members of the border police': "members" alone names no side; the body they
    belong to does, for the count itself and for a later "all four" taking it up."""
    text = ("In all, three members of the border police and a teacher from Chile died in the "
            "raids, though it was unclear whether all four died at the fort.")
    claims = claims_by_value(nlp, text)
    assert claims[3.0].subject_text == "members of the border police"
    assert "border police" in (claims[4.0].subject_text or "")


def test_supporters_of_a_party_are_the_partys(nlp):
    claims = claims_by_value(nlp, "Police arrested 12 supporters of the opposition party.")
    assert claims[12.0].subject_text == "supporters of the opposition party"
