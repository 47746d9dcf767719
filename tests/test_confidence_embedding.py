"""The event sentence's embedding as event-confidence features
(nlp/events/confidence_embedding.py, stacked by lab/lexical_stack.py)."""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np
import pytest

from frontlines.lab.lexical_stack import EMBEDDED, LEXICAL, STACKS, folded
from frontlines.lab.story_cv import LabelledEvents
from frontlines.lab.train_events import every_name, stacked_rows
from frontlines.nlp.events import confidence_embedding
from frontlines.nlp.events.component import EventCoder
from frontlines.nlp.events.confidence import ConfidenceModel
from frontlines.nlp.events.confidence_embedding import ABSENT, EMB, embedded, reads_embedding
from frontlines.nlp.logistic import LogisticModel

REPORT = ("Gunmen attacked a police checkpoint outside the town of Baidoa on Monday, "
          "killing two officers, a regional official said.")  # fmt: skip


def _embedding_rows(stories: int, seed: int) -> LabelledEvents:
    """Three events a story, one label a story; a true story's sentences point one way
    in a made-up 8-number embedding, a false story's the other way, plus noise."""
    rng = np.random.default_rng(seed)
    rows, groups = [], []
    for s in range(stories):
        ok = bool(rng.integers(0, 2))
        for _ in range(3):
            v = rng.normal(0, 0.3, 8) + (1.0 if ok else -1.0) * np.eye(8)[0]
            v /= np.linalg.norm(v)
            rows.append(({"bias": 1.0, "off_beat": 0.0, "x": float(rng.normal())}
                         | {f"{EMB}{i}": float(x) for i, x in enumerate(v)}, ok))  # fmt: skip
            groups.append(str(s))
    return LabelledEvents(rows, groups, sum(ok for _, ok in rows))


def test_a_model_reads_the_embedding_only_when_it_weighs_it() -> None:
    assert not reads_embedding({"bias": 0.1, "own_place": 0.5, "lex:12": 0.2})
    assert reads_embedding({"bias": 0.1, f"{EMB}7": -0.03})
    plain = EventCoder(confidence=ConfidenceModel({"bias": 0.0}, {}))
    assert not plain.embeds
    assert EventCoder(confidence=ConfidenceModel({f"{EMB}0": 0.2}, {})).embeds
    plain.embed = True  # a trainer asks for the features whatever the model weighs
    assert plain.embeds


def test_whether_the_model_weighs_the_embedding_is_read_once_per_weights(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[int] = []

    def counting(weights: Any) -> bool:
        asked.append(len(weights))
        return reads_embedding(weights)

    monkeypatch.setattr("frontlines.nlp.events.component.reads_embedding", counting)
    coder = EventCoder(confidence=ConfidenceModel({"bias": 0.0}, {}))
    assert not coder.embeds and not coder.embeds and asked == [1]
    coder.confidence = ConfidenceModel({f"{EMB}0": 0.2, "bias": 0.0}, {})  # a new model
    assert coder.embeds and asked == [1, 2]


def test_the_embedding_is_one_stacked_feature() -> None:
    per_set = {"dev": _embedding_rows(10, 1)}
    names = every_name(per_set)
    assert EMBEDDED in names and "x" in names
    assert not any(n.startswith(EMB) for n in names)
    assert EMBEDDED not in every_name(per_set, embedding=False)


def test_folded_embedding_scores_as_the_stacked_pair_and_stands_in_when_absent() -> None:
    """The shipped model weighs the 384 numbers themselves; without them ``emb:absent``
    gives the embedding's mean part of the log-odds, not nothing."""
    from sklearn.linear_model import LogisticRegression

    data = _embedding_rows(30, 2)
    rows, (inputs, y, names) = stacked_rows([(dict(f), ok) for f, ok in data.rows],
                                            data.groups, name=EMBEDDED)  # fmt: skip
    assert all(EMBEDDED in f and LEXICAL not in f for f, _ in rows)
    stack = STACKS[EMBEDDED]
    weights = folded({"bias": -0.2, EMBEDDED: 0.7, "x": 0.5}, inputs, y, names, stack)
    assert EMBEDDED not in weights and weights["x"] == 0.5
    sub = LogisticRegression(C=stack.c, max_iter=2000).fit(inputs, y)
    first = data.rows[0][0]
    z = -0.2 + 0.5 * first["x"] + 0.7 * float(sub.decision_function(inputs[:1])[0])
    model = LogisticModel(weights, {})
    assert math.isclose(model.probability(first), 1 / (1 + math.exp(-z)), abs_tol=1e-3)
    mean = float(np.mean(inputs @ sub.coef_[0]))
    assert math.isclose(weights[ABSENT], 0.7 * mean, abs_tol=1e-4)
    missing = {"bias": 1.0, "x": first["x"], ABSENT: 1.0}
    z_missing = -0.2 + 0.5 * first["x"] + 0.7 * (float(sub.intercept_[0]) + mean)
    assert math.isclose(model.probability(missing), 1 / (1 + math.exp(-z_missing)),
                        abs_tol=1e-3)  # fmt: skip


def test_the_embedding_stack_learns_across_stories_out_of_fold() -> None:
    from frontlines.lab.confidence_oof import Candidate, candidate_oof, pooled, scores_at

    pool = pooled({"dev": _embedding_rows(30, 3), "judgedA": _embedding_rows(30, 4)})
    trains = frozenset({"dev", "judgedA"})
    probability = candidate_oof(pool, Candidate("emb", (EMBEDDED,), trains), repeats=2)
    assert scores_at(pool, probability)["coded"]["auc"] > 0.9
    plain = candidate_oof(pool, Candidate("x", ("x",), trains), repeats=2)  # noise alone
    assert scores_at(pool, plain)["coded"]["auc"] < 0.75


@pytest.mark.model
def test_kept_events_carry_their_sentence_embedding(nlp: Any) -> None:
    coder = nlp.get_pipe("frontlines_events")
    before = coder.embed
    coder.embed = True
    try:
        doc = nlp(REPORT)
    finally:
        coder.embed = before
    assert doc._.events
    for features in doc._.event_features:
        vector = np.array([features[f"{EMB}{i}"] for i in range(384)])
        assert math.isclose(float(np.linalg.norm(vector)), 1.0, abs_tol=1e-3)


@pytest.mark.model
def test_a_missing_encoder_scores_events_and_says_so(
    nlp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """No encoder weights: the events are still coded and scored, ``emb:absent`` set,
    and one warning names the cause."""
    doc = nlp(REPORT)
    kept = list(zip(doc._.events, doc._.event_features, strict=True))
    assert kept
    monkeypatch.setattr(confidence_embedding, "sentence_vectors", lambda texts: None)
    confidence_embedding.clear_warning()
    with caplog.at_level(logging.WARNING):
        marked = embedded(doc, kept)
        embedded(doc, kept)
    assert [f for _, f in marked] == [f | {ABSENT: 1.0} for _, f in kept]
    said = [r for r in caplog.records if "sentence embedding" in r.getMessage()]
    assert len(said) == 1 and "not installed" in said[0].getMessage()
    coder = nlp.get_pipe("frontlines_events")
    before = coder.embed
    coder.embed = True
    try:
        scored = nlp(REPORT)
    finally:
        coder.embed = before
        confidence_embedding.clear_warning()
    assert scored._.events and all(0.0 <= e.confidence <= 1.0 for e in scored._.events)
    assert all(f.get(ABSENT) == 1.0 for f in scored._.event_features)


def _absent_rows(stories: int) -> LabelledEvents:
    """Events read with no encoder installed: ``emb:absent`` and no ``emb:N``."""
    rows = [({"bias": 1.0, "x": float(i % 3), ABSENT: 1.0}, i % 2 == 0)
            for i in range(stories * 2)]  # fmt: skip
    return LabelledEvents(rows, [str(i // 2) for i in range(stories * 2)], stories)


def test_the_absent_marker_alone_is_no_stacked_feature() -> None:
    """No encoder: the sub-model would get a matrix with no column."""
    assert EMBEDDED not in every_name({"dev": _absent_rows(6)})


def test_training_with_the_embedding_refuses_what_it_cannot_weigh(monkeypatch, tmp_path) -> None:
    """``--embedding`` with a named feature list would encode and ignore; with no encoder
    there is nothing to weigh: both are the caller's mistake, said before any fit."""
    from frontlines.errors import UsageError
    from frontlines.lab import train_events

    read: list[bool] = []

    def labelled(*args: Any, **kwargs: Any) -> LabelledEvents:
        read.append(True)
        return _absent_rows(6)

    monkeypatch.setattr(train_events, "labelled_stories", labelled)
    with pytest.raises(UsageError, match="every-feature"):
        train_events.train_event_confidence(tmp_path, tmp_path, embedding=True)
    assert read == []  # refused before any story is read
    with pytest.raises(UsageError, match="no event has a sentence embedding"):
        train_events.train_event_confidence(tmp_path, tmp_path, features=None, embedding=True)
