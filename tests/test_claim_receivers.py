"""Whose aid or materiel handed over is (issue 20, ``nlp/claims/receivers.py``): the
receiver's. Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text


def _subject(nlp, text: str) -> dict[str, str | None]:
    return {k: c.subject_text for k, c in claims_by_text(nlp, text).items()}


def test_things_given_are_the_receivers(nlp):
    found = _subject(nlp, "The coalition provided more than 12,000 gas masks to the Kurdish "
                          "militia before the offensive.")  # fmt: skip
    assert found["more than 12,000"] == "the Kurdish militia"


def test_a_noun_of_giving_names_the_receiver_too(nlp):
    found = _subject(nlp, "The minister announced a gift of 300 tonnes of medical supplies "
                          "to Chad and Niger.")  # fmt: skip
    assert found["300 tonnes"] == "Chad and Niger"


def test_troops_sent_stay_the_senders(nlp):
    assert _subject(nlp, "The army sent 500 troops to the border.")["500"] == "army"


def test_things_taken_name_no_receiver(nlp):
    assert _subject(nlp, "Rebels seized 30 rifles from the depot.")["30"] == "Rebels"


def test_things_moved_stay_the_senders(nlp):
    assert _subject(nlp, "The alliance shipped 60 tanks to the rebels.")["60"] == "alliance"
    assert _subject(nlp, "The alliance gave 60 tanks to the rebels.")["60"] == "the rebels"
