"""A change of territory moves control of ground: a sentence naming no place and no ground
reads the cue word in its everyday sense (``nlp/events/territory.py``); one that names the
town or the ground taken still codes the event. Sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.territory import measured_goods, names_territory, recorded
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


@pytest.mark.parametrize(
    "goods",
    [
        "Customs officers seized 2,000 kilos of spoiled chicken at a market in Manila on Tuesday.",
        "Insurgents seized two tonnes of wheat from a depot near Kalat on Friday.",
        "Militants seized $2 million in cash from a bank in Kalat on Friday.",
        "Border guards seized cocaine at the port of Durres on Sunday.",
    ],
)  # fmt: skip
def test_goods_seized_where_a_place_is_named_move_no_territory(nlp, goods: str) -> None:
    assert not set(sub_events(nlp, goods)) & _TERRITORY


@pytest.mark.parametrize(
    "ground",
    [
        "Rebels seized 300 square kilometres of farmland near Kalat on Monday.",
        "Rebels seized 300 hectares of farmland near Kalat on Monday.",
        "Government troops captured 40 percent of the town of Kalat on Monday.",
        # a length is a stretch of ground, never goods measured out
        "Rebels captured 3 miles of the pipeline near Kalat on Monday.",
        "Rebels seized 10 kilometres of the canal near Kalat on Monday.",
    ],
)  # fmt: skip
def test_a_measure_of_ground_taken_still_codes_the_territory_event(nlp, ground: str) -> None:
    assert set(sub_events(nlp, ground)) & _TERRITORY


def test_measured_goods_reads_the_measure_and_what_it_measures(nlp) -> None:
    doc = nlp("Raiders seized two tonnes of rice at the market in Kalat.")
    tonnes = next(t for t in doc if t.lower_ == "tonnes")
    assert measured_goods(tonnes)  # the market is where, not what was taken
    land = nlp("Raiders seized two hectares of land near Kalat.")
    assert not measured_goods(next(t for t in land if t.lower_ == "hectares"))
    bare = nlp("Raiders seized two tonnes near Kalat.")
    assert not measured_goods(next(t for t in bare if t.lower_ == "tonnes"))
    road = nlp("Raiders seized five miles of the pipeline near Kalat.")
    assert not measured_goods(next(t for t in road if t.lower_ == "miles"))
    cash = nlp("Raiders seized $3 million in cash at the bank in Kalat.")
    assert measured_goods(next(t for t in cash if t.lower_ == "million"))
