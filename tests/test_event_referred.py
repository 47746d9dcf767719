"""The sides a later mention of an event names (``nlp/events/referred.py``): stories of
our own that tell a bombing first without its doer and name him when they tell it
again; the real pipeline parses them."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-16"

NAMED_LATER = [
    # a mention told as a claim (no event of its own) names the doer by a passive agent
    ("A bomb exploded near the police station in Kano on Friday, killing eleven people. "
     "Officials allege the bombing was plotted by the Northern Front.", "Northern Front"),
]  # fmt: skip

AIM_LATER = [
    # the later mention says what the event hit
    ("A bomb exploded in Kano on Friday, police said. The blast hit an army checkpoint "
     "near the market.", "army"),
]  # fmt: skip

PLACE_BESIDE = [
    # a country named beside the event word is where it was, not who did it
    "A bomb exploded near the police station in Kano on Friday, killing eleven people. "
    "Two suspects in the Nigeria bombing were handed over to the police.",
]


def _bombings(nlp, text):
    from frontlines.nlp.times import with_reference_date

    doc = nlp(with_reference_date(nlp.make_doc(text), PUBLISHED))
    return [e for e in doc._.events if e.acled_event == "Explosions/Remote violence"]


@pytest.mark.parametrize(("text", "doer"), NAMED_LATER)
def test_a_later_mention_names_the_doer_of_the_event_told(nlp, text, doer):
    events = _bombings(nlp, text)
    assert len(events) == 1, [(e.text, e.actor1) for e in events]
    assert events[0].actor1 is not None and doer in events[0].actor1.text, events[0].actor1


@pytest.mark.parametrize(("text", "aim"), AIM_LATER)
def test_a_later_mention_names_what_the_event_hit(nlp, text, aim):
    events = _bombings(nlp, text)
    assert len(events) == 1, [(e.text, e.actor2) for e in events]
    assert events[0].actor2 is not None and aim in events[0].actor2.text, events[0].actor2


@pytest.mark.parametrize("text", PLACE_BESIDE)
def test_a_place_beside_the_event_word_is_no_doer(nlp, text):
    events = _bombings(nlp, text)
    assert events and all(e.actor1 is None or "Nigeria" not in e.actor1.text for e in events), [
        (e.text, e.actor1) for e in events
    ]


def test_a_side_is_never_given_twice():
    from frontlines.model import EventActor
    from frontlines.nlp.events.referred import _same

    army = EventActor(text="the army", actor=None, start=0, end=8)
    assert _same(EventActor(text="army", actor=None, start=20, end=24), army)
    assert not _same(EventActor(text="armed men", actor=None, start=20, end=29), army)
