"""A killing set in combat is an attack on forces (``civilians_hit.in_combat``): the
person fell fighting, or in a fight ACLED codes as the battle. Sentences of our own
through the real pipeline; killings with no combat setting stay attacks."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on

PUBLISHED = "2025-03-14"

IN_COMBAT = [
    "He was killed on Tuesday while supporting combat operations in Kunar province.",
    "A 22-year-old sergeant from Ohio was killed in action in Zabul province on Monday.",
    "Two villagers died in a firefight between rebels and the army near Goma on Sunday.",
    "He was wounded during fighting in the north of Kandahar on Friday.",
    "Corporal Dana Reyes was killed in combat near Musa Qala on Saturday.",
]

NOT_IN_COMBAT = [
    "Gunmen killed four farmers in a village near Maiduguri on Monday.",
    "He was killed on Tuesday while walking to a market in Kunduz.",
    "Militants killed two teachers in Kismayo on Sunday after a long fight over land.",
]


def _subs(text: str, nlp) -> list[str]:
    return [e.acled_sub_event for e in events_on(nlp, text, PUBLISHED) if not e.background]


@pytest.mark.parametrize("text", IN_COMBAT)
def test_a_killing_set_in_combat_is_a_battle(nlp, text):
    subs = _subs(text, nlp)
    assert subs and "Attack" not in subs, subs
    assert "Armed clash" in subs, subs


@pytest.mark.parametrize("text", NOT_IN_COMBAT)
def test_a_killing_without_combat_stays_an_attack(nlp, text):
    subs = _subs(text, nlp)
    assert subs == ["Attack"], subs
