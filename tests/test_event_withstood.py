"""A side that withstands an attack is the side it was aimed at: "the militia repelled an
attack by government forces" was the forces' attack on the militia, not the militia's on
anyone. Sentences of our own, read by the real pipeline (``sides.defender``)."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    ("The militia repelled an attack by government forces near the airport.", "repelled",
     "government forces", "militia"),
    ("Ukrainian troops repulsed a Russian assault near Avdiivka.", "repulsed", "Russian",
     "Ukrainian troops"),
    ("Kurdish fighters held out against attacks by Islamic State militants in Kobani.",
     "attacks", "Islamic State militants", "Kurdish fighters"),
    ("The soldiers fought off an ambush by al-Shabaab fighters near Baidoa.", "ambush",
     "al-Shabaab fighters", "soldiers"),
    # left alone: the subject of an ordinary verb, and "against" of a verb that withstands
    # nothing (marchers protest the attacks, they were not their aim)
    ("Rebels attacked an army base near Goma.", "attacked", "Rebels", "army"),
    ("The soldiers fought an ambush by al-Shabaab fighters near Baidoa.", "ambush",
     "al-Shabaab fighters", None),
    ("Protesters marched against the attacks by militias on migrants.", "attacks", "militias",
     None),
    ("Government forces launched an assault on the rebels near the airport.", "assault",
     "Government forces", "rebels"),
]


@pytest.mark.parametrize(("sentence", "word", "actor1", "actor2"), CASES)
def test_withstood_attack(nlp, sentence: str, word: str, actor1: str | None,
                          actor2: str | None) -> None:  # fmt: skip
    assert actor_texts(nlp, sentence, word) == (actor1, actor2)
