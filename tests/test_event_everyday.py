"""Harm and blast words in weather, sport, film and market news code no event; the same
verbs with an attacker still do (``nlp/events/everyday.py``). Every sentence is written
for this test."""

from __future__ import annotations

import pytest

from tests.event_reading import sub_events as _types


@pytest.mark.parametrize(
    "everyday",
    [
        "Typhoon Nora struck the island on Wednesday, killing 14 people.",
        "Lightning struck a farmhouse near Kalat on Monday, killing a boy.",
        "Garcia shot 67 in the third round on Saturday.",
        "The forward fired a shot past the goalkeeper in the 55th minute on Sunday.",
        "The sequel bombed at the box office over the weekend.",
        "Shares of the carmaker exploded on Tuesday after the sales report.",
    ],
)
def test_weather_sport_film_and_markets_code_nothing(nlp, everyday: str) -> None:
    """A hazard as the doer, a score or a goal as what is shot, a work that bombs, an
    amount that explodes: no attack, no explosion."""
    assert _types(nlp, everyday) == []


@pytest.mark.parametrize(
    ("event", "sub_event"),
    [
        ("Gunmen shot five people at a market in Kalat on Monday.", "Attack"),
        ("Militants bombed a police station in Kalat on Monday.",
         "Remote explosive/landmine/IED"),
        ("A car bomb exploded near the market in Kalat on Monday, killing seven.",
         "Remote explosive/landmine/IED"),
        ("A rocket struck the base on Monday, wounding four soldiers.",
         "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_the_same_verbs_with_an_attacker_still_code(nlp, event: str, sub_event: str) -> None:
    """People shot, a station bombed, a bomb or a rocket as the doer: still events."""
    assert sub_event in _types(nlp, event)
