"""An offence named as a charge is no new event (``nlp/events/charges.py``): our own
sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A teenager from Leeds has been charged with attempted murder, police said.", "murder"),
        ("A court in Ohio cleared two brothers convicted of sexual assault in the 1980s.",
         "assault"),
        ("The driver was found guilty of murder on Wednesday.", "murder"),
        ("Two guards were acquitted of manslaughter and assault last year.", "manslaughter"),
        # the court or the occasion is no deed the charge names
        ("He was charged in court with murder on Monday.", "murder"),
        ("The man was charged with murder for the first time.", "murder"),
    ],
)  # fmt: skip
def test_a_bare_offence_after_a_charge_is_the_charges_name(nlp, text, word):
    assert _reason(_doc(nlp, text), word) == "a charge's name"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A farmer was charged with murder on Friday in the killing of a judge outside "
         "his home.", "murder"),  # the charge names its deed: the sentence tells it
        ("He was charged with the murder of a shopkeeper in Bristol.", "murder"),
    ],
)  # fmt: skip
def test_a_charge_with_its_deed_or_a_particular_offence_stays_an_event(nlp, text, word):
    assert _reason(_doc(nlp, text), word) == ""
