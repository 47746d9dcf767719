"""An assault that hit civilians is an attack, not a battle (``nlp/events/civilians_hit``):
our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.civilians_hit import armed_described
from frontlines.nlp.events.component import EventCoder
from frontlines.vocab.events import EventMatch
from tests.event_reading import events_on


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        # a one-sided word of assault or storming, people named as civilians hit: an attack
        ("The assault on the town of Palma by insurgents killed dozens of civilians on Monday.",
         "Attack"),
        ("Gunmen stormed a church in Owo on Sunday, killing 20 worshippers.", "Attack"),
        # soldiers or fighters hit: the battle stands
        ("Militants stormed an army post in Kidal on Monday, killing four soldiers.",
         "Armed clash"),
        ("The army's assault on the rebel-held town of Kaga killed 30 fighters on Monday.",
         "Armed clash"),
        # a clash has two armed sides, whoever fell in it
        ("Three villagers were killed in clashes between soldiers and rebels near Beni on "
         "Monday.", "Armed clash"),
    ],
)  # fmt: skip
def test_who_was_hit_decides_battle_or_attack(nlp, text, sub_event):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [sub_event]



@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        # a participle describing someone armed: he was hit, a clash with forces
        ("Mourners gathered at the funeral of John Smith, the 30-year-old Marine killed last "
         "week in Helmand.", "Armed clash"),
        ("The family of a soldier killed in Helmand last month spoke to reporters on Monday.",
         "Armed clash"),
        # the same participle describing a civilian: the attack stands
        ("Villagers buried a farmer killed last week in Helmand.", "Attack"),
    ],
)  # fmt: skip
def test_a_participle_tells_who_was_hit(nlp, text, sub_event):
    assert [e.acled_sub_event for e in events_on(nlp, text)] == [sub_event]


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        # the docstring's examples: a participle describing someone armed
        ("Mourners buried a policeman shot at the gate of the ministry last week.", True),
        ("Mourners buried the 30-year-old Marine killed in Helmand last week.", True),
        # the same participle describing a civilian: no clash
        ("Mourners buried a farmer killed at the gate of the market last week.", False),
    ],
)  # fmt: skip
def test_armed_described_reads_the_noun_its_participle_describes(nlp, text, clash) -> None:
    coder = nlp.get_pipe("frontlines_events")
    assert isinstance(coder, EventCoder)
    attack = EventMatch(next(t for t in coder.lexicon.types if t.id == "attack"), 1.0, ())
    doc = nlp(text)
    participle = next(t for t in doc if t.dep_ == "acl")
    typed = armed_described(attack, [participle], coder.lexicon)
    assert (typed.type.acled_sub_event == "Armed clash") is clash
