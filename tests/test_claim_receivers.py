"""Whose aid or materiel handed over is (issue 20, ``nlp/claims/receivers.py``): the
receiver's, when the "to" phrase names someone who can hold things. Every sentence here
was made up for this file; none is taken or reworded from a bench story."""

from __future__ import annotations

from tests.claim_reading import claims_by_text


def _subject(nlp, text: str) -> dict[str, str | None]:
    return {k: c.subject_text for k, c in claims_by_text(nlp, text).items()}


def test_things_handed_over_are_the_receivers(nlp):
    text = "The army handed 50 rifles to the village guards after the bandit raids."
    assert _subject(nlp, text)["50"] == "the village guards"


def test_a_noun_of_giving_names_the_receiver_too(nlp):
    text = ("Militants attacked the camp. Ottawa pledged a gift of 250 tonnes of medical "
            "supplies to Haiti and Jamaica.")
    assert _subject(nlp, text)["250 tonnes"] == "Haiti and Jamaica"


def test_a_clause_describing_the_receiver_is_not_its_name(nlp):
    text = ("The donors supplied 15 tonnes of medical supplies to the clinics, which have "
            "treated hundreds wounded in air strikes.")
    assert _subject(nlp, text)["15 tonnes"] == "the clinics"


def test_to_date_is_no_receiver(nlp):
    text = "Under fire from rebels, the agency has distributed 6,500 tonnes of food aid to date."
    assert _subject(nlp, text)["6,500 tonnes"] == "agency"


def test_a_place_things_went_to_is_no_receiver(nlp):
    text = "Poland delivered 40 tanks to the front line in the spring."
    assert _subject(nlp, text)["40"] == "Poland"
    text = ("The government delivered 12 rocket launchers to the northern border as clashes "
            "with militants spread.")
    assert _subject(nlp, text)["12"] == "government"


def test_troops_sent_stay_the_senders(nlp):
    text = "The ministry sent 900 police officers to the port city after the riots."
    assert _subject(nlp, text)["900"] == "ministry"


def test_things_taken_name_no_receiver(nlp):
    assert _subject(nlp, "Militants looted 45 tonnes of food aid from the warehouse.")[
        "45 tonnes"] == "Militants"


def test_things_moved_stay_the_senders(nlp):
    text = "The army sent 50 rifles to the village guards after the bandit raids."
    assert _subject(nlp, text)["50"] == "army"
