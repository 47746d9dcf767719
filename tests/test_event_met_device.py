"""Who ran into a buried device was hit by it (``nlp/events/met_device.py``): sentences
of our own, parsed by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    # the subject ran into the device: it was hit, the planter did it
    ("Five policemen were killed when their vehicle struck a landmine planted by Maoist "
     "rebels.", "struck", "Maoist rebels", "Five policemen"),
    ("A soldier stepped on a mine near the border.", "stepped", None, "soldier"),
    ("A bus hit a roadside bomb near Kandahar, killing ten passengers.", "hit", None,
     "ten passengers"),
    # the subject of "struck" or "hit" aimed at something else still acts
    ("A Ukrainian drone struck a Russian tank near Bakhmut.", "struck", "Ukrainian",
     "Russian tank"),
    ("Israeli jets hit a Hamas weapons depot in Gaza.", "hit", "Israeli",
     "Hamas weapons depot"),
    ("Rebels planted a bomb that wounded four farmers near the market.", "planted",
     "Rebels", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_who_ran_into_a_device_was_hit_by_it(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)
