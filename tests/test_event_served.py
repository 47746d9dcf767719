"""A past fight told of a participant in a relative clause, with no opponent and no day of
its own, is their service, not a clash of the story (``described.served_in``); a fight
with an opponent or a date told the same way stays a clash. Sentences written for this
test; the real pipeline parses them."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.described import served_in
from tests.event_reading import sub_events

SERVICE = [
    "Twelve soldiers who fought and were hurt in Somalia are being examined for malaria.",
    "Veterans who fought in Korea and Vietnam will march in the parade on Sunday.",
    "The marines who fought in Iraq are suing the firm over the helmets.",
    "A charity helps soldiers who have fought in Afghanistan find work.",
]

CLASHES = [
    "Rebels who fought government troops near Kalat on Monday withdrew into the hills.",
    "Fighters who clashed with the army near Kalat on Monday withdrew into the hills.",
    "Soldiers fought rebels near Kalat on Monday, killing four fighters.",
    "The soldiers who fought against the rebels in Kalat on Tuesday were praised by the governor.",
    # harm told outside the clause makes its fight the news (final review of session 22)
    "Government forces who fought in Kalat withdrew into the hills after four soldiers died.",
    "The rebels who fought in the town last week killed 12 soldiers, the army said.",
    "Militants who fought there have retreated, leaving 20 dead.",
    "Insurgents who battled in the streets of Kalat overnight left 15 dead.",
]


@pytest.mark.parametrize("text", SERVICE)
def test_service_told_of_people_codes_no_clash(nlp, text: str) -> None:
    assert "Armed clash" not in sub_events(nlp, text)


@pytest.mark.parametrize("text", CLASHES)
def test_a_fight_with_an_opponent_or_a_day_stays_a_clash(nlp, text: str) -> None:
    assert sub_events(nlp, text) == ["Armed clash"]


@pytest.mark.parametrize(("text", "service"), [
    ("The marines who fought in Iraq are suing the firm over the helmets.", True),
    ("The marines who fought in the town on Monday are resting.", False),  # a day of its own
    ("The marines who are fighting in the town are tired.", False),  # going on, not past
    ("The marines fought in the town.", False),  # the sentence's own news
])  # fmt: skip
def test_only_a_past_undated_relative_clause_is_service(nlp, text: str, service: bool) -> None:
    fought = next(t for t in nlp(text) if t.lemma_ == "fight")
    assert served_in(fought) is service
