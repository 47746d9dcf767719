"""An air strike needs something in the air: a story that names no aircraft, drone, air
raid or missile tells an attack, whatever word struck (``nlp/events/aerial.py``).
Sentences written for this test."""

from __future__ import annotations

from frontlines.nlp.events.aerial import names_aircraft
from frontlines.vocab.events import EventLexicon
from tests.event_reading import read_article


def _sub_events(nlp, text: str) -> list[str]:
    return [e.acled_sub_event for e in read_article(nlp, text)._.events]


def test_a_strike_in_a_story_with_nothing_in_the_air_is_an_attack(nlp) -> None:
    found = _sub_events(nlp, "Militants struck a police station in Kalat on Monday.")
    assert "Air/drone strike" not in found
    assert found == ["Attack"]


def test_a_strike_report_that_names_the_aircraft_keeps_its_air_strikes(nlp) -> None:
    text = ("Coalition warplanes struck a depot in Kalat on Monday. "
            "Near Kalat, one strike destroyed a bridge.")  # fmt: skip
    assert set(_sub_events(nlp, text)) == {"Air/drone strike"}


def test_names_aircraft_reads_the_lexicons_air_words_and_missiles() -> None:
    lexicon = EventLexicon.load()
    assert names_aircraft("Two drones circled the town before dawn.", lexicon)
    assert names_aircraft("The navy fired cruise missiles at the camps.", lexicon)
    assert not names_aircraft("Gunmen struck a concert hall and a cafe.", lexicon)


def test_a_sentence_counting_strikes_keeps_its_air_strike_unnamed_aircraft_or_not(nlp) -> None:
    text = "Near Kalat, two strikes hit militant fighting positions on Monday."
    assert _sub_events(nlp, text) == ["Air/drone strike"]
