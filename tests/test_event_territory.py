"""A change of territory moves control of ground: a sentence naming no place and no ground
reads the cue word in its everyday sense (``nlp/events/territory.py``); one that names the
town or the ground taken still codes the event. Sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.territory import names_territory, recorded
from tests.event_reading import sub_events

_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory"}  # fmt: skip


@pytest.mark.parametrize(
    "everyday",
    [
        "Dana Porter was named as the activist, in a sweater that read “Animal liberation now.”",
        "The young swimmer captured three gold medals at the national championships last week.",
        "The new chairman took over from the company's founder on Monday.",
    ],
)  # fmt: skip
def test_a_territory_word_with_no_ground_named_codes_no_territory_event(
    nlp, everyday: str
) -> None:
    assert not set(sub_events(nlp, everyday)) & _TERRITORY


@pytest.mark.parametrize(
    "taken",
    [
        "Army troops recaptured the town of Kalat from the rebels on Monday.",
        "Rebels seized several army positions on the hills overnight.",
    ],
)
def test_ground_named_still_codes_the_territory_event(nlp, taken: str) -> None:
    assert set(sub_events(nlp, taken)) & _TERRITORY


def test_a_scene_captured_on_video_is_filmed_not_taken(nlp) -> None:
    doc = nlp("The brawl, which was captured on video near Kalat, lasted ten minutes.")
    captured = next(t for t in doc if t.lower_ == "captured")
    assert recorded(captured)
    assert off_sense(captured, "government_regains_territory")
    held = nlp("Soldiers captured the bridge near Kalat on Monday.")
    assert not recorded(next(t for t in held if t.lower_ == "captured"))


def test_names_territory_reads_place_names_and_ground_words(nlp) -> None:
    assert names_territory(next(nlp("The rebels gained ground overnight.").sents))
    assert names_territory(next(nlp("Fighting went on in Kalat.").sents))
    assert not names_territory(next(nlp("The chairman took over from the founder.").sents))
