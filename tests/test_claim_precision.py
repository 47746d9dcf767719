"""Numbers that are no count of what they stand near (issue 20, brief clprec): "one" that
picks a member out of a group, a year read aloud, an amount written with the wire
services' "dlrs". Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text as _claims


def test_one_of_a_group_is_no_count_of_the_group(nlp):
    text = ("Rebels ambushed a convoy on Monday, killing 12 soldiers. One of the gunmen "
            "was a foreign fighter, police said.")
    found = _claims(nlp, text)
    assert "One" not in found
    assert found["12"].measure == "killed"
    # what happened to the member is still counted
    found = _claims(nlp, "Rebels shelled the town on Friday. One of the gunmen was killed.")
    assert found["One"].measure == "killed"
    # a number before "of" that is not "one" still counts the group
    found = _claims(nlp, "Police said 15 of the fighters were foreigners.")
    assert found["15"].measure == "fighters"


def test_a_year_read_aloud_is_no_quantity(nlp):
    text = "The bombing was the deadliest since a nineteen eighty-six attack on a barracks."
    assert [q.text for q in nlp(text)._.quantities] == []
    assert _claims(nlp, "Gunmen killed four people. " + text).keys() == {"four"}
    # a teen and "hundred" is still a count
    (q,) = nlp("Fifteen hundred troops arrived at the base.")._.quantities
    assert q.value == 1500.0


def test_dlrs_before_an_amount_is_money(nlp):
    text = "The abductors asked for dlrs 2 million to free the pilot."
    (q,) = nlp(text)._.quantities
    assert (q.value, q.unit) == (2e6, "USD")
    assert _claims(nlp, "Gunmen killed four people. " + text).keys() == {"four"}
    (q,) = nlp("The fund raised 40 million dlrs for the victims.")._.quantities
    assert q.unit == "USD"


def test_an_area_in_brackets_after_a_name_is_its_size(nlp):
    text = ("Rebels shelled the border on Monday. They now threaten tiny Ruritania "
            "(9,000 square miles) with rockets.")
    assert "9,000 square miles" not in _claims(nlp, text)
    found = _claims(nlp, "Rebels shelled the border on Monday. They now control "
                         "9,000 square miles of Ruritania.")  # fmt: skip
    assert found["9,000 square miles"].measure == "territory_area"


def test_a_part_of_a_count_takes_its_measure_and_subject(nlp):
    """'120 of them' is part of the count before it: the same measure and the same people,
    not a word near the part ('help' is no count of people in need)."""
    text = ("Since 2005, 300 suspects have been taken into custody, 120 of them "
            "owing to help from the public.")
    found = _claims(nlp, text)
    assert (found["300"].measure, found["120"].measure) == ("detained", "detained")
    found = _claims(nlp, "Rebels killed 40 villagers on Monday, 12 of them in the market.")
    assert found["12"].measure == "killed"
    assert found["12"].subject_text == found["40"].subject_text == "villagers"
    # the part's own verb still says what befell it, and it is still the same people
    found = _claims(nlp, "Gunmen abducted 40 villagers, and 12 of them were later killed.")
    assert (found["12"].measure, found["12"].subject_text) == ("killed", "villagers")

