"""Two ways of delivering explosives one deed never combines (``named.never_one``): a
suicide bombing is not a shelling or an air raid told again, even in the district the
story gave the shelling. Stories of our own through the real pipeline; mentions of one
kind still merge."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.named import never_one
from tests.event_reading import events_on

PUBLISHED = "2025-03-14"

KEPT_APART = [
    # shelling of a province, then a definite suicide bombing in a town of that province
    ("Army artillery shelled rebel villages in Kandahar province last week, killing 30 "
     "civilians, a rights group said. The suicide bombing took place in the town of "
     "Spin Boldak in Kandahar province."),
    # an air raid, then a suicide bombing named by the same city
    ("Warplanes bombed a market in Idlib on Monday, killing 11 people. "
     "The suicide bombing in Idlib drew condemnation from the United Nations."),
    # the bombing first, then the shelling by definite noun
    ("A suicide bomber blew himself up at a police checkpoint in Mosul on Sunday. "
     "The shelling of Mosul continued for a third day, residents said."),
]  # fmt: skip

STILL_ONE = [
    # one suicide bombing told twice
    ("A suicide bomber blew himself up at a police checkpoint in Mosul on Sunday, killing "
     "six officers. The suicide bombing in Mosul was the deadliest this year."),
    # one air raid told twice
    ("Warplanes bombed a market in Idlib on Monday, killing 11 people. "
     "The air strike in Idlib drew condemnation from the United Nations."),
]  # fmt: skip

_REMOTE = {"Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack"}


def _kinds(text: str, nlp) -> list[str]:
    return [e.acled_sub_event for e in events_on(nlp, text, PUBLISHED)
            if e.acled_sub_event in _REMOTE and not e.background]  # fmt: skip


@pytest.mark.parametrize("text", KEPT_APART)
def test_a_suicide_bombing_is_no_strike_from_afar_told_again(nlp, text):
    kinds = _kinds(text, nlp)
    assert "Suicide bomb" in kinds, kinds
    assert len(set(kinds)) == 2, kinds


@pytest.mark.parametrize("text", STILL_ONE)
def test_one_kind_of_delivery_told_twice_is_one_event(nlp, text):
    kinds = _kinds(text, nlp)
    assert len(kinds) == 1, kinds


@pytest.mark.parametrize(("a", "b", "apart"), [
    ("Suicide bomb", "Shelling/artillery/missile attack", True),
    ("Air/drone strike", "Suicide bomb", True),
    ("Suicide bomb", "Suicide bomb", False),
    ("Suicide bomb", "Attack", False),
    ("Air/drone strike", "Shelling/artillery/missile attack", False),
    ("Remote explosive/landmine/IED", "Suicide bomb", False),
])  # fmt: skip
def test_never_one_pairs(a, b, apart):
    from types import SimpleNamespace

    left, right = SimpleNamespace(acled_sub_event=a), SimpleNamespace(acled_sub_event=b)
    assert never_one(left, right) is apart  # type: ignore[arg-type]
