"""A headline tells harm as a passive without its auxiliary ("Soldiers killed in ambush"):
its subject underwent the deed (``harmed.headline_passive``, ``harmed.bare_undergone``).
Headlines of our own, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts, events_on

TRIGGER_ROLES = [
    # (headline, trigger word, actor1, actor2)
    ("Aid worker kidnapped in northern Mali.", "kidnapped", None, "Aid worker"),
    ("Local journalist shot dead outside his home in Veracruz.", "shot", None,
     "Local journalist"),
    ("Three soldiers killed in ambush near Gao.", "ambush", None, "Three soldiers"),
    ("Teen boy pepper-sprayed in fight outside Ohio campaign rally.", "sprayed", None,
     "Teen boy"),
    # active, with its object: the subject did it
    ("Gunmen killed three soldiers near Gao on Sunday.", "killed", "Gunmen",
     "three soldiers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "one", "two"), TRIGGER_ROLES)
def test_a_headline_passive_makes_its_subject_the_one_harmed(nlp, text, word, one, two):
    assert actor_texts(nlp, text, word) == (one, two)


def test_a_finite_protest_verb_keeps_its_crowd(nlp):
    events = events_on(nlp, "Thousands of students protested in Dhaka on Sunday.")
    assert [e.actor1.text if e.actor1 else None for e in events] == ["Thousands of students"]
