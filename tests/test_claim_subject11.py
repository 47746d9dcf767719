"""Whose a claim is, session 11 of issue 20 (clfields11): sentences written for this test,
through the real pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.claims.whose import _sized_group
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


def test_a_force_of_n_with_no_owner_named_is_the_forces(nlp):
    """'dispatched 20 guards out of a force of 800': the pronoun's owner is not in the text, but
    the number sizes the force, so the count is the force's; an owner named in the clause
    still wins ("The rebels have a force of 3,000")."""
    text = ("The commander said informers told him where the body lay. He recently sent 20 "
            "guards out of a force of 800 near the border to search the village.")
    assert claims_by_value(nlp, text)[800.0].subject_text == "force"
    owned = claims_by_value(nlp, "The rebels have a force of 3,000 in the hills.")
    assert owned[3000.0].subject_text == "rebels"


@pytest.mark.parametrize(("noun", "sized"), [("force", "force"), ("total", None),
                                             ("maximum", None)])  # fmt: skip
def test_an_amount_a_number_is_given_as_sizes_no_group(nlp, noun, sized):
    """'a force of 800' sizes the force; 'a total of 800', 'a maximum of 800' are amounts."""
    doc = nlp(f"He recently dispatched 20 guards out of a {noun} of 800 near the border.")
    number = next(t for t in doc if t.text == "800")
    assert _sized_group(doc[number.i : number.i + 1]) == sized
