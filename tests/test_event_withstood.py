"""A side that withstands an attack is the side it was aimed at: "the militia repelled an
attack by government forces" was the forces' attack on the militia, not the militia's on
anyone. Sentences of our own, read by the real pipeline (``sides.defender``,
``noun_args.withstood``)."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.sides import resists
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
    # standing or fighting "against" may be political opposition, not withstanding: an
    # invasion's own "of" phrase names the state it took
    ("France stood against the invasion of Iraq in 2003.", "invasion", None, "Iraq"),
    ("Activists fought against the offensive in Congress.", "offensive", None, None),
    # a verb of guarding withstands for its object: the side it guards was the aim
    ("Peacekeepers protected civilians against attacks by militias near Bunia.", "attacks",
     "militias", "civilians"),
    ("US forces defended Kuwait against the Iraqi invasion in 1991.", "invasion", "Iraqi",
     "Kuwait"),
    ("The troops held the town against attacks by rebels near Goma.", "attacks", "rebels",
     "troops"),
    ("Kurdish fighters held their ground against attacks by Islamic State militants.",
     "attacks", "Islamic State militants", "Kurdish fighters"),
    # a particle the parser takes for an adverb, a "by" phrase it hangs on the verb
    ("The soldiers pushed back the rebel offensive near Goma.", "pushed", "rebel",
     "soldiers"),
    ("The troops beat back an assault by rebels near Goma.", "assault", "rebels", "troops"),
    ("The troops held off an assault by rebels near Goma.", "assault", "rebels", "troops"),
    # under a verb of withstanding, an attack's "of" names who made it
    ("The army repelled the advance of rebel fighters near Goma.", "advance",
     "rebel fighters", "army"),
    ("The army repelled the advance of rebel fighters near Goma.", "repelled",
     "rebel fighters", "army"),
    # the side told to withstand it, the passive agent, a count of attacks
    ("The army ordered the militia to repel an attack by rebels near Goma.", "attack",
     "rebels", "militia"),
    ("An assault by rebels was repelled by the army near Goma.", "assault", "rebels", "army"),
    ("An assault by rebels was repelled by the army near Goma.", "repelled", "rebels",
     "army"),
    ("The rebels repelled a series of attacks by the army near Goma.", "attacks", "army",
     "rebels"),
    ("The rebels repelled a series of attacks by the army near Goma.", "repelled", "army",
     "rebels"),
    # an invasion's "of" names the state it took, not who invaded
    ("The army repelled the invasion of Kuwait in 1991.", "invasion", None, "Kuwait"),
    # what is held is neither a side nor ground: a rally guards no one
    ("Thousands of students held a rally against the attacks by militias.", "attacks",
     "militias", None),
]


@pytest.mark.parametrize(("sentence", "word", "actor1", "actor2"), CASES)
def test_withstood_attack(nlp, sentence: str, word: str, actor1: str | None,
                          actor2: str | None) -> None:  # fmt: skip
    assert actor_texts(nlp, sentence, word) == (actor1, actor2)


@pytest.mark.parametrize(
    ("sentence", "withstood"),
    [
        ("The soldiers pushed back the rebel offensive near Goma.", True),
        ("The troops pushed the rebels back across the river.", False),
        ("The government pushed back the offensive to next month, officials said on Monday.",
         False),
        ("The army held off the assault until next week, officials said.", False),
    ],
)  # fmt: skip
def test_an_adverb_counts_as_particle_only_next_to_the_verb(nlp, sentence, withstood) -> None:
    """An adverb reads as the verb's particle only right after it, and a date it is moved
    to tells a postponement."""
    verb = next(t for t in nlp(sentence) if t.lower_ in {"pushed", "held"})
    assert resists(verb) is withstood
