"""Events the coder used to miss (issue 19): one mention telling events at several places,
an explosion the type classifier moved to a battle, and a deed told beside talk. Our own
sentences, read by the real pipeline; each case is checked both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.acled_type import AcledTypeModel, retyped
from frontlines.nlp.events.tokens import _cue_texts
from frontlines.vocab.events import EventLexicon
from tests.event_reading import read_article

SPREAD = [
    # a plural event noun placed "at the markets in A and B": one event per town
    ("The bombings at the markets in Kano and Maiduguri on Monday killed 12 people, "
     "police said.", {"Kano", "Maiduguri"}),
    # the places of what a site is in, through the verb's object
    ("Two blasts hit the bus stations in Kano and Jos on Sunday, killing 12 people.",
     {"Kano", "Jos"}),
]  # fmt: skip

ONE = [
    # the places are the bombings', not the arrest's: one arrest
    "Police arrested two men on Tuesday over the bombings at the markets in Kano and Maiduguri.",
    # a province after its town says where the town is: one place
    "The shootings at a clinic in Winnipeg, Manitoba on Sunday wounded two doctors.",
]


@pytest.mark.parametrize(("text", "towns"), SPREAD)
def test_one_mention_of_events_at_several_places_is_one_event_each(nlp, text, towns):
    events = read_article(nlp, text)._.events
    assert {e.place.name for e in events if e.place} == towns
    assert len(events) == len(towns)
    assert all(e.fatalities is None for e in events)  # "12" is of them all together
    assert len({e.acled_sub_event for e in events}) == 1


@pytest.mark.parametrize("text", ONE)
def test_places_not_of_the_event_do_not_split_it(nlp, text):
    events = read_article(nlp, text)._.events
    assert len(events) == 1


def test_a_deed_beside_talk_is_coded(nlp):
    told = read_article(nlp, "Prosecutors accused the group of fraud, and police arrested "
                             "three of its leaders in Abuja on Monday.")  # fmt: skip
    assert [e.acled_sub_event for e in told._.events] == ["Arrests"]
    talk = read_article(nlp, "Prosecutors accused the group of fraud in Abuja on Monday.")
    assert told._.events and not talk._.events


def _battle_model(lexicon: EventLexicon) -> AcledTypeModel:
    """A real type model that reads every text as an armed clash, as the bundled one read
    "a bomb blast killed 11 miners" (the sentence's other words outweighing the blast)."""
    label = lexicon.get("armed_clash").case
    return AcledTypeModel((label, "other"), {"lex:" + label: {label: 5.0}}, 0.0)


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("A roadside bomb blast killed eleven miners in the valley.", "blast", True),
    ("The militants bombed the checkpoint and fought the soldiers.", "bombed", True),
    ("The fighters fought the soldiers with a bomb.", "bomb", False),  # a weapon, no blast
])  # fmt: skip
def test_an_explosion_stays_an_explosion_whoever_it_hit(nlp, text, word, kept):
    lexicon = EventLexicon.load()
    doc = nlp(text)
    sent = doc[:]
    trigger = next(t for t in doc if t.text == word)
    matches = lexicon.matches(*_cue_texts(sent))
    explosive = next(m for m in matches if m.type.acled_event == "Explosions/Remote violence")
    typed, _ = retyped(_battle_model(lexicon), lexicon.types, sent, matches, explosive,
                       trigger, None)  # fmt: skip
    assert typed is not None
    assert (typed.type.acled_event == "Explosions/Remote violence") is kept
