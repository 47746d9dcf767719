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


#: A fight named in the sentence that is not the killing's own setting: a deed of its
#: own, a clause about the place, or another death's setting.
NOT_ITS_SETTING = [
    "Gunmen killed four farmers in a village where clashes between herders and farmers are common.",
    "Gunmen killed four farmers in an area where fighting between the army and rebels has "
    "displaced thousands.",
    "Militants shot dead a village chief in Kunduz on Monday; his brother was killed in action "
    "last year.",
    "Gunmen shot dead a nurse in Goma on Monday, two days after her husband was killed in combat.",
]


@pytest.mark.parametrize("text", NOT_ITS_SETTING)
def test_a_fight_that_is_not_the_setting_leaves_the_attack(nlp, text):
    subs = _subs(text, nlp)
    assert "Attack" in subs, subs


def test_a_fight_told_as_its_own_deed_keeps_the_attack_beside_it(nlp):
    text = ("Gunmen killed a teacher in Kismayo on Sunday while the army battled rebels in "
            "the north.")
    subs = _subs(text, nlp)
    assert "Attack" in subs and "Armed clash" in subs, subs
