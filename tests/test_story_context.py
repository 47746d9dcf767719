"""The event against the rest of its story, as event-confidence features
(nlp/events/story_context.py, and the off-beat registers of nlp/events/story_register.py)."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.story_context import CONTEXT_FEATURES, TRIGGER_FEATURES
from frontlines.nlp.events.story_register import StoryRegister


def test_business_sports_and_outbreak_registers() -> None:
    market = ("Shares of the company fell after quarterly earnings missed what analysts "
              "expected, and investors sold the stock as revenue and profits slid.")
    match = ("The team scored two goals in the second half and the coach praised his "
             "players as fans filled the stadium for the league match.")
    outbreak = ("The outbreak of cholera spread after the floods, and the epidemic has "
                "infected hundreds as the disease reached two more districts.")  # fmt: skip
    business = StoryRegister(market).features(0, market)
    sports = StoryRegister(match).features(0, match)
    hazard = StoryRegister(outbreak).features(0, outbreak)
    assert business["beat_business"] == 1.0 and business["beat_sports"] == 0.0
    assert sports["beat_sports"] == 1.0 and sports["beat_business"] == 0.0
    assert hazard["beat_hazard"] == 1.0 and hazard["beat_business"] == 0.0


@pytest.mark.model
def test_a_war_report_tells_several_events_of_one_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked an army post in the town of Dara on Monday, killing four "
              "soldiers. The army said the rebels attacked a second post near Dara hours "
              "later. Troops clashed with the rebels again on Tuesday, a spokesman said.")
    assert len(doc._.event_features) >= 2
    for features in doc._.event_features:
        assert set(CONTEXT_FEATURES) <= set(features) and set(TRIGGER_FEATURES) <= set(features)
        assert features["story_others"] > 0.0
    first = doc._.event_features[0]
    assert first["main_type"] == 1.0 and first["same_type"] > 0.0
    assert first["trigger_recurs"] > 0.0  # "attacked" is told again in the next sentence
    assert first["sentence_armed"] == 1.0 or first["sentence_actor"] >= 0.0
    assert first["violent_beat"] > 0.0 and first["shared_sentence"] == 0.0


@pytest.mark.model
def test_a_lone_attack_in_a_campaign_story(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The senator told voters at a campaign rally in Ohio that the tax bill would "
              "pass. Gunmen attacked a bus in the capital on Friday, police said. The "
              "governor and the candidates debated the budget before the election, and "
              "Republicans and Democrats voted on the bill in the legislature.")
    assert doc._.event_features
    features = doc._.event_features[0]
    assert features["story_others"] == 0.0 and features["same_type"] == 0.0
    assert features["trigger_recurs"] == 0.0  # "attacked" is told once
    assert features["violent_politics"] > 0.5
