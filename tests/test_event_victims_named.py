"""Sides a trigger's own sentence names outside its plain arguments, on sentences of our
own: the noun for the victims or deaths an event word qualifies, two kinds of people one
noun names in "between A and B", a gerund's parsed subject, the ground a side held
against attacks where the parse hangs "against" on the ground, and the "of" phrase of an
event noun whose "by" phrase names its doer."""

from __future__ import annotations

import pytest

from tests.event_reading import actor_texts

CASES = [
    # (sentence, trigger word, actor1, actor2); None: no actor wanted
    # the noun for the people an event hit, of which the event word is the qualifier
    ("The mayor visited the victims of the market bombing in the hospital.", "bombing",
     None, "victims"),
    ("Hundreds gathered to remember the victims of the nightclub shooting in Tulsa.",
     "shooting", None, "victims"),
    ("The city mourned after the shooting deaths of 12 people in Tulsa.", "shooting",
     None, "12 people"),
    ("The bombing deaths of six soldiers shocked the country.", "bombing", None,
     "six soldiers"),
    # a victim noun that is no event's: whose families, not whom the event hit
    ("The victims' families demanded answers after the bombing.", "bombing", None, None),
    # two coordinated kinds of one noun for people are the two sides
    ("Scores of people were injured when a mass brawl broke out between Indian and local "
     "workers at a steel plant.", "brawl", "Indian workers", "local workers"),
    ("Clashes between Christian and Muslim youths left three dead in Jos.", "Clashes",
     "Christian youths", "Muslim youths"),
    ("Clashes between Indian and Chinese towns were reported.", "Clashes", None, None),
    ("Fighting between Hutu and Tutsi militias killed dozens.", "Fighting", "Hutu",
     "Tutsi militias"),
    # a gerund in a noun's place: the subject the parser gave it did it
    ("Twenty civilians were killed last week as a result of Nigerian government army "
     "shelling of rebel-held areas.", "shelling", "Nigerian government army",
     "Twenty civilians"),
    # the ground held against attacks, where "against" hangs on the ground
    ("The rebels have held the base against repeated attacks by army troops.", "attacks",
     "army troops", "rebels"),
    ("The villagers held a rally against the attacks by the militia.", "attacks",
     "militia", None),
    # with its doer told by "by", an event noun's "of" phrase names whom it was done to
    ("The court heard about the assault of a reporter by two men.", "assault", "two men",
     "reporter"),
    ("The court heard about the beating of a teacher by two guards.", "beating",
     "two guards", "teacher"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_sides_the_sentence_names(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)
