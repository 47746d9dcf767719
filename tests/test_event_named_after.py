"""A doer named after the event it did (issue 19 review, ``story.named_after``): lent
back only to the event the later sentence points back at ("carried out the raids"), never
from another event told elsewhere, on another day, by a weapon's victims, or over the
event's own modifier. Sentences of our own, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on


def _doers(nlp, text: str) -> list[str | None]:
    return [e.actor1.text if e.actor1 else None for e in events_on(nlp, text)]


@pytest.mark.parametrize("text", [
    # another event, by the side the first one's victims may be on, told next
    "A missile struck a clinic in Kherson on Tuesday, killing three nurses. "
    "Ukrainian missiles struck a Russian fuel depot in Belgorod on the same day.",
    # another bombing, somewhere else, against someone else
    "A blast killed four people at a bus depot in Kandahar. "
    "The Taliban detonated a roadside bomb against a police convoy in Helmand province.",
    # another shooting, told as elsewhere
    "Six people were shot dead at a market in Zaria. Elsewhere, gunmen shot a priest in Kaduna.",
])
def test_a_doer_of_another_event_told_next_is_not_lent_back(nlp, text: str):
    assert _doers(nlp, text)[0] is None, events_on(nlp, text)


def test_a_doer_the_next_sentence_gives_the_event_it_points_back_at_is_lent(nlp):
    text = ("Three guards died in the attacks on a border post on Monday. "
            "Masked gunmen carried out the attacks, the police said.")
    assert _doers(nlp, text)[0] == "Masked gunmen", events_on(nlp, text)


def test_a_background_event_lends_nothing_to_the_news(nlp):
    text = ("A soldier was shot dead in a raid on a checkpoint in Maiduguri. "
            "In 2014, Boko Haram gunmen carried out the raid on a school in Chibok.")
    assert _doers(nlp, text)[0] is None, events_on(nlp, text)


def test_a_later_dated_mention_of_another_day_lends_nothing(nlp):
    text = ("Two herders were shot dead in a raid near Jos. "
            "Last March, bandits carried out the raid on a village near Bauchi.")
    assert _doers(nlp, text)[0] is None, events_on(nlp, text)


def test_the_events_own_modifier_outranks_a_doer_named_later(nlp):
    text = ("Twelve people died in the terrorist bombings in Kabul. "
            "The army detonated the bomb found near a school in Helmand.")
    assert _doers(nlp, text)[0] == "terrorist", events_on(nlp, text)
