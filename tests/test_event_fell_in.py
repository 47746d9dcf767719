"""Who died "in" an event, and fights between rivals, on sentences of our own.

A death noun's "of" phrase names whom the event it happened in hit ("the killing of two
guards in an airstrike"), and the clause that only tells of that death ("officials
mourned the death of ...") names no side of it. One plural phrase with a rivalry
modifier ("rival clans clashed") names both sides of the fight. Each case runs the real
pipeline; the last ones of each list must keep reading as before.
"""

from __future__ import annotations

import pytest

from frontlines.nlp.events.fell_in import hurt_by
from frontlines.nlp.events.phrases import person_noun
from tests.event_reading import actor_texts, events_on

DEATHS = [
    # (sentence, actor1, actor2) of its one event
    ("Officials mourned the death of a police officer during a rebel ambush near Goma.",
     "rebel", "police officer"),
    ("The killing of three aid workers in an airstrike near Aleppo drew wide condemnation.",
     None, "three aid workers"),
    ("Villagers condemned the killing of two farmers in a militia raid on Tuesday.",
     "militia", "two farmers"),
    ("The council marked the loss of four soldiers during an insurgent attack last week.",
     "insurgent", "four soldiers"),
    ("Rebels caused the deaths of ten soldiers in an ambush near the border.",
     "Rebels", "ten soldiers"),
    ("Analysts saw the death of a pilot during a rebel raid as a sign of weakness.",
     "rebel", "pilot"),
    # a verb of revenge tells of another deed: its subject still acts, the dead are
    # not whom the raid hit
    ("Rebels avenged the death of their commander in an attack on an army base near Goma.",
     "Rebels", "army"),
    ("Troops retaliated for the killing of a soldier in a raid on a village near Goma.",
     "Troops", None),
    # no death noun: the clause's subject still acts in the event
    ("Two soldiers were killed in an ambush by rebels near Goma.", "rebels",
     "Two soldiers"),
    ("Thousands of farmers marched in protest against the new land law.",
     "Thousands of farmers", None),
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), DEATHS)
def test_a_death_in_an_event_names_whom_it_hit(nlp, text, actor1, actor2):
    """The whole pipeline's one event: its sides, with the kind of side its noun's
    modifier names ("a rebel ambush") filled in after the trigger's arguments."""
    events = events_on(nlp, text)
    assert len(events) == 1, text
    event = events[0]
    got = tuple(a.text if a is not None else None for a in (event.actor1, event.actor2))
    assert got == (actor1, actor2)


RIVALS = [
    ("Rival Somali clans clashed in a village near Baidoa on Sunday.", "clashed",
     "Rival Somali clans", "Rival Somali clans"),
    ("Rival militias clashed near the airport on Friday.", "clashed", "Rival militias",
     "Rival militias"),
    ("Heavy fighting broke out between rival clans near the river.", "fighting",
     "rival clans", "rival clans"),
    ("Feuding families fought with knives in a market near Saida.", "fought",
     "Feuding families", "Feuding families"),
    # one side named, or two sides named: as before
    ("Protesters clashed with police in Nairobi on Monday.", "clashed", "Protesters",
     "police"),
    ("Army troops and rebel fighters clashed near the border.", "clashed", "Army troops",
     "rebel fighters"),
    ("Militias clashed near the airport on Friday.", "clashed", "Militias", None),
    # rivals who fought someone named: that one is the other side
    ("Rival clans clashed with government troops near Baidoa on Sunday.", "clashed",
     "Rival clans", "government troops"),
    # no people, or a modifier that names no fight between them: not both sides
    ("Opposing views clashed at the meeting.", "clashed", None, None),
    ("Rival teams battled in the final.", "battled", None, None),
]


def test_a_hostile_crowd_is_not_both_sides(nlp):
    """A crowd hostile to someone did not fight itself."""
    got = actor_texts(nlp, "Hostile crowds clashed near the embassy.", "clashed")
    assert got[1] != got[0], got


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), RIVALS)
def test_rivals_are_both_sides_of_their_fight(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)


CAUSED = [
    # the event caused the harm a passive hurting verb tells of
    ("Twelve villagers were killed as a result of army shelling on Monday.",
     "Twelve villagers"),
    ("Four children were injured due to rebel shelling near the market.", "Four children"),
    ("Three fishermen were killed in an airstrike near the port.", "Three fishermen"),
    ("Two tribesmen were wounded in a rebel attack on the village.", "Two tribesmen"),
    ("Six policemen were wounded in an ambush near the border.", "Six policemen"),
    # a verb that hurts no one, or a thing "killed", names no victim of the event
    ("The bill was killed in a vote by the senators.", None),
]


@pytest.mark.parametrize(("text", "actor2"), CAUSED)
def test_who_an_event_hurt_is_its_target(nlp, text, actor2):
    events = events_on(nlp, text)
    got = [e.actor2.text if e.actor2 is not None else None for e in events]
    assert got == ([actor2] if actor2 is not None else [])


HURT_BY = [
    # (sentence, event noun, whom ``hurt_by`` says it hurt)
    ("Twelve villagers were killed as a result of army shelling on Monday.", "shelling",
     "Twelve villagers"),
    # "after" tells only what came first; a protest is no deed of violence
    ("Three men were killed after the demonstration in Nairobi.", "demonstration", None),
    ("Two protesters were killed following the protest in Lagos.", "protest", None),
    # attackers hurt by their own assault are not whom it hit
    ("Five attackers were killed as a result of the failed assault on the base.", "assault",
     None),
]


@pytest.mark.parametrize(("text", "noun", "hurt"), HURT_BY)
def test_only_a_cause_names_whom_the_event_hurt(nlp, text, noun, hurt):
    slot = next(t for t in nlp(text) if t.text == noun)
    found = hurt_by(slot)
    assert (found.text if found is not None else None) == hurt


@pytest.mark.parametrize(("text", "word", "person"), [
    ("A shaman blessed the new well on Sunday.", "shaman", True),
    ("A chairperson opened the meeting on Sunday.", "chairperson", True),
    ("Two fishermen sailed out on Sunday.", "fishermen", True),
    ("An ottoman stood in the hall.", "ottoman", False),
    ("A talisman hung in the hall.", "talisman", False),
])  # fmt: skip
def test_a_person_noun_by_its_ending(nlp, text, word, person):
    """One rule reads nouns made with -man/-person: the listed words that only end so
    ("ottoman", "talisman") are no people."""
    token = next(t for t in nlp(text) if t.text == word)
    assert person_noun(token) is person
