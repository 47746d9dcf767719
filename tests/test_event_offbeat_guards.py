"""The everyday, ballot and act readings (``nlp/events/everyday.py``, ``ballot.py``,
``acts.py``, ``crowd_sides.py``) stay off real violence that shares their words: a
number of people shot in figures, a weapon or a crowd named like a storm, a named state
outside the US, a unit called a company, a clash beside a gathering to watch.
Every sentence is written for this test."""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    "violent",
    [
        "Police shot 14 in the market of Kano on Monday.",
        "A Storm Shadow missile struck the bridge near Kherson on Saturday.",
        "A surge of militants attacked the army base in Maiduguri on Monday.",
        "Rebel commander Ali Musa captured Kachin State in March.",
        "Alpha Company joined the 3rd Battalion in Kandahar on Monday.",
        "Hundreds of people gathered in Harare on Monday to watch the verdict, and clashed "
        "with riot police outside the court.",
    ],
)
def test_violence_that_shares_an_everyday_word_is_still_coded(nlp, violent: str) -> None:
    """Each sentence tells real violence, though a word of it is also weather, sport,
    an election, a company or a celebration elsewhere."""
    assert _types(nlp, violent) != []


def test_a_golf_score_is_still_no_shooting(nlp) -> None:
    """The score reading keeps its own case: figures shot in a sentence about a round."""
    assert _types(nlp, "Ortiz shot 66 in the final round at the club course on Sunday.") == []


def test_a_police_escort_is_no_intervention(nlp) -> None:
    """Police walking beside a march protect it; ACLED codes no intervention."""
    assert "Protest with intervention" not in _types(
        nlp, "Police escorted the marchers through Kisumu on Monday as they protested "
        "against the tax.")


def test_a_demand_to_stop_someone_is_no_intervention(nlp) -> None:
    """A pronoun inside a demand is not the crowd being handled."""
    assert "Protest with intervention" not in _types(
        nlp, "Protesters rallied in Lviv on Monday and demanded that the government stop him.")
