"""Whom an attack was aimed at: a site an armed side or a state keeps, the aim a story
gave an event it later names only by a definite noun (told_aim.py), and no name the parse
left as an object when no word of the event's cue remains. Sentences of our own."""

from __future__ import annotations

import pytest

from frontlines.model import EventActor
from frontlines.nlp.events.roles import aimed_at
from frontlines.nlp.events.told_aim import told_aim
from frontlines.vocab.events import EventType
from tests.event_reading import actor_texts

CASES = [
    # a camp is a place, but an armed side's camp is that side's
    ("The army launched strikes against suspected rebel camps near Tessalit.", "strikes",
     "army", "rebel"),
    ("Jets bombed an al-Shabaab camp outside Jilib on Monday.", "bombed", "Jets",
     "al-Shabaab"),
    ("Shells fell on a refugee camp near Goma on Monday.", "Shells", None, None),
    ("Gunmen attacked a displacement camp near Goma on Monday.", "attacked", "Gunmen", None),
    # a nationality before a camp says who lives there, not who holds it
    ("Gunmen attacked a Sudanese refugee camp in eastern Chad.", "attacked", "Gunmen", None),
    ("Jets struck a Syrian displacement camp near the border.", "struck", "Jets", None),
    ("Militiamen raided a Congolese IDP camp on Sunday.", "raided", "Militiamen", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "actor1", "actor2"), CASES)
def test_sites_name_their_keepers(nlp, text, word, actor1, actor2):
    assert actor_texts(nlp, text, word) == (actor1, actor2)


def test_a_country_in_the_sites_name_keeps_it(nlp):
    """The tagger may take "the U.S. Embassy" whole for an organisation's name."""
    doc = nlp("Last week a truck bomb against the U.S. Embassy in Niamey broke every window "
              "on the street.")
    aim = aimed_at(next(t for t in doc if t.text == "bomb"))
    assert aim is not None and aim.text == "U.S."


def _kind(event: str, sub_event: str) -> EventType:
    return EventType(id="k", case="", acled_event=event, acled_sub_event=sub_event,
                     plover="", plover_mode="", weight=1.0, cues=())  # fmt: skip


BOMBING = _kind("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _aim(nlp, text: str, word: str, nth: int = -1, kind: EventType = BOMBING) -> str | None:
    """The aim ``told_aim`` gives the ``nth`` token spelt ``word`` of ``text``."""
    doc = nlp(text)
    trigger = [t for t in doc if t.text == word][nth]
    aim = told_aim([trigger], kind, None)
    return aim.text if aim is not None else None


def test_a_definite_noun_takes_the_aim_told_before(nlp):
    text = ("A court named Ali Dia as the planner of the twin bombings of French consulates "
            "in Niger and Mali. The May 3 bombings killed more than 90 people, including "
            "six guards.")
    assert _aim(nlp, text, "bombings") == "French consulates"


def test_only_for_events_aimed_at_a_side(nlp):
    text = ("A protest against the police outside parliament drew thousands. The protest "
            "ended at dusk.")
    assert _aim(nlp, text, "protest") == "police"  # as if it were an attack
    assert _aim(nlp, text, "protest", kind=_kind("Protests", "Peaceful protest")) is None


def test_or_after(nlp):
    text = ("The bombings killed more than 90 people on Friday, officials said. Police are "
            "still searching for whoever planted the bombs, and the bombings at the police "
            "station were the worst in a decade.")
    assert _aim(nlp, text, "bombings", 0) == "police"


def test_another_event_lends_no_aim(nlp):
    text = ("Other bombings of French consulates were foiled last year. The May 3 bombings "
            "killed more than 90 people, including six guards.")
    assert _aim(nlp, text, "bombings") is None


def test_a_noun_with_its_own_aim_keeps_it(nlp):
    text = ("The bombing of a police post in Kano was blamed on a local cell. The bombing "
            "at the market killed 20 people.")
    assert _aim(nlp, text, "bombing") is None


def test_an_indefinite_noun_points_back_at_nothing(nlp):
    text = ("The bombing of a police post in Kano was blamed on a local cell. A bombing "
            "killed 20 people in Jos on Sunday.")
    assert _aim(nlp, text, "bombing") is None


def test_with_no_word_to_hang_on_an_unknown_name_is_no_side_hit(nlp):
    """A cue the realis reading keeps no word of: whom the event hit is a name the
    dictionary knows, as for any cue word, not whichever name the parse left as an object
    (here the doer himself, which the parser hung on the town)."""
    from tests.event_reading import events_on

    text = ("Late on Friday, in Dover, Del., the Smith campaign manager, John Doe, yanked the "
            "arm of a Gazette reporter as she tried to question Mr. Smith about taxes, two "
            "witnesses said.")
    for event in events_on(nlp, text):
        assert event.actor2 is None or "Doe" not in event.actor2.text, event.actor2


def _actor(doc, words: str) -> EventActor:
    start = doc.text.index(words)
    return EventActor(text=words, actor=None, start=start, end=start + len(words))


def test_the_aim_outranks_those_who_fell_not_a_side_hit_named_here(nlp):
    before = "A court named Ali Dia as the planner of the twin bombings of French consulates. "
    doc = nlp(before + "The May 3 bombings killed more than 90 people in Niamey.")
    trigger = [t for t in doc if t.text == "bombings"][-1]
    fell = told_aim([trigger], BOMBING, None, _actor(doc, "more than 90 people"))
    assert fell is not None and fell.text == "French consulates"
    doc = nlp(before + "The May 3 bombings also hit an army base near Niamey.")
    trigger = [t for t in doc if t.text == "bombings"][-1]
    assert told_aim([trigger], BOMBING, None, _actor(doc, "army")) is None


BOMB_CUES = EventType(id="k", case="", acled_event="Explosions/Remote violence",
                      acled_sub_event="Remote explosive/landmine/IED", plover="",
                      plover_mode="", weight=1.0, cues=("car bomb", "blast", "bomb"))  # fmt: skip


def test_another_of_the_kinds_words_points_back_too(nlp):
    """ "The May 3 bombings" and "the twin blasts at the consulates" tell one event."""
    text = ("A court named Ali Dia as the planner of the twin blasts at the U.S. consulates "
            "in Niger and Mali. The May 3 bombings killed more than 90 people.")
    assert _aim(nlp, text, "bombings", kind=BOMB_CUES) == "U.S."
    assert _aim(nlp, text, "bombings") is None  # a kind without the word: none
    shelling = ("A court named Ali Dia as the planner of the twin shellings at the U.S. "
                "consulates in Niger and Mali. The May 3 bombings killed more than 90 people.")
    assert _aim(nlp, shelling, "bombings", kind=BOMB_CUES) is None  # not the kind's word


def test_a_noun_for_people_made_from_a_cue_is_no_mention_of_the_event(nlp):
    """ "The bombers of the consulates" are people: "the May 3 bombings" do not point at
    them, whatever letters they share with the cue."""
    text = ("A court named Ali Dia as the chief of the bombers of the U.S. consulates "
            "in Niger and Mali. The May 3 bombings killed more than 90 people.")
    assert _aim(nlp, text, "bombings", kind=BOMB_CUES) is None
