"""The event against the rest of its story, as event-confidence features
(nlp/events/story_context.py, and the off-beat registers of nlp/events/story_register.py)."""

from __future__ import annotations

import zlib

import pytest

from frontlines.nlp.events.story_context import CONTEXT_FEATURES, LEX, LEX_BUCKETS
from frontlines.nlp.events.story_register import StoryRegister


def _lex(key: str) -> str:
    return f"{LEX}{zlib.crc32(key.encode()) % LEX_BUCKETS}"


def test_business_and_outbreak_registers() -> None:
    market = ("Shares of the company fell after quarterly earnings missed what analysts "
              "expected, and investors sold the stock as revenue and profits slid.")
    outbreak = ("The outbreak of cholera spread after the floods, and the epidemic has "
                "infected hundreds as the disease reached two more districts.")  # fmt: skip
    business = StoryRegister(market).features(0, market)
    hazard = StoryRegister(outbreak).features(0, outbreak)
    assert business["beat_business"] == 1.0 and business["beat_hazard"] == 0.0
    assert hazard["beat_hazard"] == 1.0 and hazard["beat_business"] == 0.0


@pytest.mark.model
def test_a_war_report_tells_its_events_as_one_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Rebels attacked an army post in the town of Dara on Monday, killing four "
              "soldiers. The army said the rebels attacked a second post near Dara hours "
              "later. Troops clashed with the rebels again on Tuesday, a spokesman said.")
    assert doc._.event_features
    for features in doc._.event_features:
        assert set(CONTEXT_FEATURES) <= set(features)
    first = doc._.event_features[0]
    assert first["main_type"] == 1.0 and first["violent_beat"] > 0.0
    # the trigger's clause, hashed: its lemma and its sentence's content words
    assert first[_lex("t=attack")] == 1.0 and first[_lex("s=soldier")] == 1.0


@pytest.mark.model
def test_a_lone_attack_among_protests(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Thousands of students marched through the capital on Monday to demand lower "
              "fees. Hundreds more rallied outside the ministry on Tuesday and protested "
              "again on Wednesday. Gunmen attacked a bus on the highway on Friday.")
    kinds = [e.acled_event for e in doc._.events]
    assert "Protests" in kinds and kinds.count("Protests") > 1
    for event, features in zip(doc._.events, doc._.event_features, strict=True):
        assert features["main_type"] == float(event.acled_event == "Protests")


@pytest.mark.model
def test_an_armed_actor_of_the_dictionary_in_the_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Islamic State militants attacked a checkpoint in Nineveh province on Monday, "
              "killing three policemen. A man stabbed his neighbour in a market in the city of "
              "Leeds on Friday, police said.")
    features = doc._.event_features
    assert features and features[0]["sentence_armed"] == 1.0
    leeds = [f for e, f in zip(doc._.events, features, strict=True) if "Leeds" in e.text]
    assert leeds and all(f["sentence_armed"] == 0.0 for f in leeds)


@pytest.mark.model
def test_the_share_of_sentences_that_tell_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    report = nlp("Militants shelled a village near the border on Sunday. Soldiers fought the "
                 "militants outside the village on Monday. An air strike hit a militant camp "
                 "on Tuesday.")
    profile = nlp("The mayor grew up in a small farming town and studied law in the capital. "
                  "She taught at a school for ten years before she entered politics. Her "
                  "supporters praise her patience and her friends describe her as shy. She "
                  "enjoys gardening and reads novels in the evening. Gunmen attacked a bus "
                  "on the highway near her town on Friday.")
    dense = [f["event_sentences"] for f in report._.event_features]
    sparse = [f["event_sentences"] for f in profile._.event_features]
    assert dense and sparse and all(0.0 < v <= 1.0 for v in dense + sparse)
    assert min(dense) > max(sparse)  # events in every sentence against one in five


def test_event_sentences_counts_sentences_not_events() -> None:
    """Two events of one sentence in a story of three sentences tell one sentence of
    three (1/3), not two of three; events clamped to 1.0 would hide the difference."""
    from types import SimpleNamespace

    import spacy

    from frontlines.nlp.events.story_context import story_context

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Rebels burned a depot and shot two guards at dawn. The valley is green in spring. "
              "Its farmers grow barley and keep goats.")
    first = next(iter(doc.sents))

    def event(kind: str) -> SimpleNamespace:
        return SimpleNamespace(start=first.start_char, end=first.end_char, text=first.text,
                               acled_event=kind, evidence=(SimpleNamespace(
                                   start=first.start_char, end=first.end_char),))

    scored = [(event("Violence against civilians"), {}), (event("Battles"), {})]
    actors = SimpleNamespace(get=lambda _key: None)
    result = story_context(scored, doc, actors)  # type: ignore[arg-type]
    assert [f["event_sentences"] for _, f in result] == pytest.approx([1 / 3, 1 / 3])
