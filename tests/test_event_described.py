"""A strategic development told in a relative clause whose subject is the relative pronoun
describes a side; the same development told as the main clause is news
(``nlp/events/described.py``). Sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.described import describes_participant
from frontlines.nlp.events.senses import off_sense
from tests.event_reading import read_article


def _sub_events(nlp, text: str) -> list[str]:
    return [e.acled_sub_event for e in read_article(nlp, text)._.events]


@pytest.mark.parametrize(
    ("describing", "told", "sub_event"),
    [
        ("The states that first agreed to send troops, two of them have left the bloc.",
         "Four states agreed on Monday to send troops to the border.", "Agreement"),
        ("They were helped by rebels from the north, who have formed an alliance with the militia.",
         "Rebels from the north formed an alliance with the militia on Monday.",
         "Change to group/activity"),
    ],
)  # fmt: skip
def test_a_relative_clause_describing_a_side_codes_no_development(
    nlp, describing: str, told: str, sub_event: str
) -> None:
    assert sub_event not in _sub_events(nlp, describing)
    assert sub_event in _sub_events(nlp, told)


def test_a_violent_event_in_a_relative_clause_is_still_read(nlp) -> None:
    doc = nlp("Mourners honoured Sam Reed, who was shot dead by a gunman in Kalat.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert describes_participant(shot)
    assert off_sense(shot, "attack") == ""


def test_only_the_relative_pronoun_as_subject_describes(nlp) -> None:
    doc = nlp("It tested the deal, under which the government agreed to free prisoners.")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert not describes_participant(agreed)
