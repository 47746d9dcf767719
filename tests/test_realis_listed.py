"""A weapon in a list closed by a plural with its own modifier ("gun, bomb and knife
attacks") names a kind of attack, not a weapon used: the parser joins the list to its
first word, so the reading looks at the whole coordination. Our own sentences, read by
the real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    "text",
    [
        "Five people were wounded in separate gun, bomb, knife and machete attacks last "
        "summer.",
        "Three guards died and nine more were injured in several knife, bomb, rifle and "
        "grenade attacks.",
    ],
)  # fmt: skip
def test_a_listed_weapon_before_a_modified_plural_is_a_modifier(nlp, text):
    doc = _doc(nlp, text)
    assert _reason(doc, "bomb") == "modifier"
    assert "Remote explosive/landmine/IED" not in [e.acled_sub_event for e in doc._.events]


def test_listed_deeds_and_weapons_with_determiners_are_still_read(nlp):
    doc = _doc(nlp, "Fighting, shelling and air strikes killed 12 people in the town.")
    assert _reason(doc, "shelling") == ""
    doc = _doc(nlp, "A bomb, a rocket and two mortar shells hit the base on Monday.")
    assert _reason(doc, "bomb") == ""
