"""Sides an event's own phrase names through its modifiers and its coordination
(``nlp/events/roles.py``, ``nlp/events/participants.py``): sentences of our own, read by
the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


def _sides(nlp, text: str) -> tuple[str | None, str | None]:
    events = events_on(nlp, text)
    assert events, text
    event = events[0]
    return (event.actor1.text if event.actor1 else None,
            event.actor2.text if event.actor2 else None)


def test_a_cue_modifying_an_event_noun_reads_the_nouns_arguments(nlp):
    # "missile" is the cue; "strikes" carries the doer (the verb that carries it)
    actor1, _ = _sides(nlp, "Retaliating ten days after the deadly hotel bombings, French "
                            "forces on Monday launched cruise missile strikes against "
                            "suspected militant camps in Mali and a weapons depot in Niger.")
    assert actor1 == "French forces"


def test_a_compound_cue_climbs_only_to_an_event_noun(nlp):
    from frontlines.nlp.events.noun_slots import modifies_event

    doc = nlp("The missile strikes hit a missile factory near Herat.")
    strike_cue, factory_cue = (t for t in doc if t.text == "missile")
    assert modifies_event(strike_cue)
    assert not modifies_event(factory_cue)


@pytest.mark.parametrize(("text", "word", "side"), [
    # a noun the tagger took for a verb still names its kind of doer
    ("Days after the police shooting of a young driver sparked riots, the town is calm.",
     "shooting", "police"),
    # an armed doer's word as a modifier ("a sniper shot")
    ("The sniper shot that killed a Boise dentist came from a roof, police said.", "shot",
     "sniper"),
    # a crowd's word is not who shot
    ("A protester shooting video was pushed by guards.", "shooting", None),
])  # fmt: skip
def test_an_event_words_modifier_names_its_doer(nlp, text, word, side):
    from frontlines.nlp.events.roles import side_modifier

    doc = nlp(text)
    found = side_modifier([next(t for t in doc if t.text == word)])
    assert (found.text if found else None) == side


def test_a_side_coordinated_with_the_subject_acts_with_it(nlp):
    # the allies moved in with the forces: they are not what the forces moved against
    from frontlines.nlp.events.participants import participants

    doc = nlp("In recent days Syrian army units and their Hezbollah allies have pushed into "
              "the orchards outside the village.")
    actor1, actor2 = participants(next(iter(doc.sents)))
    assert actor1 is not None and actor1.text == "Syrian army"
    assert actor2 is None


def test_sides_that_clash_stay_opponents(nlp):
    assert _sides(nlp, "Government troops and Hezbollah fighters clashed near the border "
                       "on Sunday.") == ("Government troops", "Hezbollah fighters")


def test_a_name_modifying_a_person_noun_stands_for_the_person(nlp):
    # the chairman (and his name) acts, not the politician whose chairman he is; the
    # reporter, not her paper, is acted on
    from frontlines.nlp.events.participants import participants

    doc = nlp("In Tampa, the Clinton campaign chairman, John Podesta, roughly yanked the arm "
              "of a Fox reporter.")
    actor1, actor2 = participants(next(iter(doc.sents)))
    assert actor1 is not None and actor1.text == "Clinton campaign chairman, John Podesta"
    assert actor2 is not None and actor2.text == "Fox reporter"


def test_an_event_noun_is_not_its_own_second_side(nlp):
    # the raid is what "is not linked", not whom the raid hit
    actor1, actor2 = _sides(nlp, "Officials stressed on Monday that the French air raid on "
                                 "Mali was not connected to the inquiry into last month's "
                                 "bombings in Chad.")
    assert actor1 == "French"
    assert actor2 is None


@pytest.mark.parametrize(("text", "side"), [
    # a weapon or craft said to act was used by the side its own modifier names
    ("Government helicopters bombed two villages near Kadugli on Sunday.", "Government"),
    ("Coalition aircraft struck a bridge near Raqqa on Monday.", "Coalition"),
    # a word that makes the weapon's own name is no side of its own
    ("Israeli fighter jets struck a camp in Gaza on Tuesday.", "Israeli"),
])
def test_arms_said_to_act_are_their_bearers_deed(nlp, text: str, side: str):
    assert _sides(nlp, text)[0] == side


def test_a_bare_weapon_names_no_doer(nlp):
    """ "Mortars hit the market": whose mortars is not said."""
    assert _sides(nlp, "Mortars hit the crowded market in the old city on Friday.")[0] is None


@pytest.mark.parametrize("text", [
    # the victims' own vehicle: "police" is whom the bomb hit
    "A police truck struck a roadside bomb near Kandahar, killing four officers.",
    "Civilian vehicles struck a landmine near Kandahar on Monday.",
    # a word that names the craft, not a side
    "Fighter aircraft struck a camp near Idlib on Monday.",
    "Patrol boats fired on a fishing boat near the coast on Monday, killing two fishermen.",
])
def test_only_a_side_word_on_a_weapon_or_craft_is_its_bearer(nlp, text: str):
    events = events_on(nlp, text)
    assert all(e.actor1 is None for e in events), events
