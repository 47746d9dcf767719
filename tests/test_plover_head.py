"""The neural head on the PLOVER sentence embedding: its weights load, its forward pass is
deterministic and gives probabilities, its fit is seeded, and its probabilities are mixed
in only where the encoder model is asked (never where the fast model of the pair is sure),
and not at all without the weights file."""

from __future__ import annotations

import numpy as np
import pytest

import frontlines.nlp.events.plover_head as plover_head
import frontlines.nlp.events.plover_sentence as plover_sentence
from frontlines.lab.plover_head import choose_mix, fit_head, fit_plover_head
from frontlines.nlp.events.plover import PloverModel, _plover_model
from frontlines.nlp.events.plover_head import PloverHead, default_plover_head, mixed
from frontlines.nlp.events.plover_sentence import clear_sentence_cache


class _Encoder:
    def encode(self, texts: list[str]) -> np.ndarray:
        return np.full((len(texts), 384), 384**-0.5, dtype=np.float32)


@pytest.fixture
def encoder(monkeypatch):
    monkeypatch.setattr(plover_sentence, "default_encoder", _Encoder)
    clear_sentence_cache()
    yield
    clear_sentence_cache()


def _head(label: str, mix: float = 0.5) -> PloverHead:
    """A head that, on the constant embedding, is sure of ``label``."""
    labels = ("PROTEST", "AGREE")
    w1 = np.full((384, 4), 0.1, dtype=np.float32)
    w2 = np.zeros((4, 2), dtype=np.float32)
    w2[:, labels.index(label)] = 5.0
    return PloverHead(labels, w1, np.zeros(4, np.float32), w2, np.zeros(2, np.float32), mix)


def test_the_bundled_head_loads_and_gives_probabilities():
    head = default_plover_head()
    assert head is not None and 0.0 < head.mix < 1.0
    assert head.w1.shape[0] == 384 and head.w2.shape == (head.b1.shape[0], len(head.labels))
    rows = np.random.default_rng(3).normal(size=(5, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    first, again = head.forward(rows), head.forward(rows)
    assert first.shape == (5, len(head.labels)) and np.array_equal(first, again)
    assert np.allclose(first.sum(axis=1), 1.0, atol=1e-5) and (first >= 0).all()
    assert set(_plover_model(None).head.labels) == set(head.labels)  # type: ignore[union-attr]


def test_a_head_survives_its_file():
    head = _head("AGREE")
    back = PloverHead.from_bytes(head.to_bytes())
    assert back.labels == head.labels and back.mix == head.mix
    x = np.full((1, 384), 384**-0.5, dtype=np.float32)
    assert np.allclose(back.forward(x), head.forward(x), atol=1e-3)


def test_the_fit_is_seeded_and_learns_a_separable_set():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(80, 384)).astype(np.float32)
    y = (x[:, 0] > 0).astype(int)
    weights = np.ones(80)
    one = fit_head(x, y, weights, ("A", "B"), hidden=8, seed=5, epochs=30)
    two = fit_head(x, y, weights, ("A", "B"), hidden=8, seed=5, epochs=30)
    assert np.array_equal(one.w1, two.w1) and np.array_equal(one.w2, two.w2)
    assert (one.forward(x).argmax(axis=1) == y).mean() > 0.9


def test_the_mix_is_chosen_on_the_held_out_records():
    linear = {0: {"A": 0.6, "B": 0.4}, 1: {"A": 0.6, "B": 0.4}}
    head = {0: {"A": 0.0, "B": 1.0}, 1: {"A": 0.0, "B": 1.0}}
    share, scores = choose_mix(linear, head, {0: "B", 1: "B"})
    assert scores[0.0] == 0.0 and share == 0.3  # the smallest share that turns both
    assert choose_mix(linear, head, {0: "A", 1: "A"})[0] == 0.0  # the head only hurts
    rng = np.random.default_rng(1)
    fitted = fit_plover_head(rng.normal(size=(12, 384)), ["A", "B"] * 6, 8,
                             {i: {"A": 0.5, "B": 0.5} for i in range(8, 12)},
                             [[8, 10], [9, 11]])  # fmt: skip
    assert fitted.mix in (0.0, 0.3, 0.4, 0.5, 0.6) and "mix_accuracy" in fitted.about


def _pair(head: PloverHead | None) -> PloverModel:
    labels = ("PROTEST", "AGREE")
    fast = PloverModel(labels, {"w:march": {"PROTEST": 5.0}})
    weights = {"w:march": {"PROTEST": 5.0}, "w:talk": {"PROTEST": 0.4}}
    return PloverModel(labels, weights, encoder=True, fast=fast, gate=0.9, head=head)


def test_the_head_changes_only_the_texts_the_encoder_model_reads(nlp, encoder):
    sure, unsure = nlp("Students march in the capital."), nlp("The envoys talk on Monday.")
    without = _pair(None).classify_all([(sure, ""), (unsure, "")])
    with_head = _pair(_head("AGREE", mix=0.6)).classify_all([(sure, ""), (unsure, "")])
    assert without[0] == with_head[0]  # the fast model was sure: no head
    assert without[1][0] == "PROTEST" and with_head[1][0] == "AGREE"  # the head turned it
    assert mixed({"A": 1.0, "B": 0.0}, {"A": 0.0, "B": 1.0}, 0.25) == {"A": 0.75, "B": 0.25}


def test_without_the_weights_file_the_encoder_model_answers_alone(monkeypatch, caplog):
    def missing(name: str) -> bytes:
        raise plover_head.DataFileError(f"frontlines/data/{name}: cannot read")

    monkeypatch.setattr(plover_head, "read_data_bytes", missing)
    default_plover_head.cache_clear()
    try:
        with caplog.at_level("WARNING"):
            assert default_plover_head() is None
        assert "neural head" in caplog.text
    finally:
        default_plover_head.cache_clear()


class _WordEncoder:
    """A unit vector that tells marching from signing, as a stand-in embedding."""

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 384), dtype=np.float32)
        for n, text in enumerate(texts):
            rows[n, 0 if "march" in text else 1] = 1.0
        return rows


def test_training_with_the_encoder_fits_the_head_and_chooses_its_mix(nlp):
    from frontlines.lab.train_plover import Story, fit_plover_model

    stories = [Story(f"Crowds march in town number {n}.", "PROTEST", "") for n in range(6)]
    stories += [Story(f"The envoys sign accord number {n}.", "AGREE", "") for n in range(6)]
    records = [Story("Workers march on the ministry.", "PROTEST", ""),
               Story("Both sides sign a truce.", "AGREE", "")] * 5  # fmt: skip
    wanted = {"frontlines_paragraphs", "frontlines_actors", "frontlines_places"}
    later = [n for n in nlp.pipe_names if n.startswith("frontlines_") and n not in wanted]
    with nlp.select_pipes(disable=later):
        model = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records,
                                 encoder=_WordEncoder(), head=True)  # type: ignore[arg-type]
        plain = fit_plover_model(nlp, stories, sentences=1, min_count=1, records=records,
                                 encoder=_WordEncoder())  # type: ignore[arg-type]
    assert model.head is not None and plain.head is None
    assert set(model.head.labels) == set(model.labels)
    assert "10 records" in str(model.head.about["mix_chosen_on"])
    assert model.head.probabilities(np.eye(384, dtype=np.float32)[0])["PROTEST"] > 0.5
