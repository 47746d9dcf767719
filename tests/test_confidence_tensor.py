"""The trigger's contextual vector (spaCy's tok2vec rows) as event-confidence features
(nlp/events/confidence_tensor.py, stacked by lab/lexical_stack.py)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontlines.lab.lexical_stack import CONTEXTUAL, LEXICAL
from frontlines.lab.story_cv import LabelledEvents
from frontlines.lab.train_events import every_name
from frontlines.nlp.events.confidence_tensor import ABSENT, VEC, reads_vectors, token_vectors

STRIKE = "Protesters said a drone strike hit the market in the town on Tuesday."


def test_no_trigger_no_vectors_and_no_tensor_says_absent() -> None:
    assert token_vectors(None) == {}
    doc = Doc(Vocab(), words=["Troops", "shelled", "the", "town"])
    assert token_vectors(doc[1]) == {ABSENT: 1.0}  # a Doc no tok2vec read


def test_the_trigger_and_its_head_rows_are_the_features() -> None:
    doc = Doc(Vocab(), words=["Troops", "shelled", "the", "town"],
              heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"])  # fmt: skip
    doc.tensor = np.arange(8, dtype="float32").reshape(4, 2) / 10
    features = token_vectors(doc[3])  # "town": its head is "shelled"
    assert features == {f"{VEC}t0": 0.6, f"{VEC}t1": 0.7, f"{VEC}h0": 0.2, f"{VEC}h1": 0.3}
    root = token_vectors(doc[1])  # the root is its own head
    assert root[f"{VEC}t0"] == root[f"{VEC}h0"] == 0.2


def test_the_vectors_are_one_stacked_feature() -> None:
    rows = [({"bias": 1.0, "x": 1.0, "lex:3": 1.0, f"{VEC}t0": 0.5, f"{VEC}h0": -0.1}, True),
            ({"bias": 1.0, "x": 0.0, "lex:4": 1.0, f"{VEC}t0": -0.2, f"{VEC}h0": 0.4}, False)]
    per_set = {"dev": LabelledEvents(rows, ["a", "b"], 1)}
    assert set(every_name(per_set, contextual=True)) == {"x", LEXICAL, CONTEXTUAL}
    assert set(every_name(per_set)) == {"x", LEXICAL}  # asked for only: it did not carry
    absent = [({"bias": 1.0, "x": 1.0, ABSENT: 1.0}, True)]
    assert CONTEXTUAL not in every_name({"dev": LabelledEvents(absent, ["a"], 1)},
                                        contextual=True)


def test_training_with_the_vectors_needs_every_feature(tmp_path: Any) -> None:
    from frontlines.errors import UsageError
    from frontlines.lab import train_events

    with pytest.raises(UsageError, match="every-feature"):
        train_events.train_event_confidence(tmp_path, tmp_path, contextual=True)


def test_a_model_reads_the_vectors_only_when_it_weighs_them() -> None:
    from frontlines.nlp.events.component import EventCoder
    from frontlines.nlp.events.confidence import ConfidenceModel

    assert not reads_vectors({"bias": 0.1, "lex:12": 0.2})
    assert reads_vectors({f"{VEC}t3": 0.1})
    plain = EventCoder(confidence=ConfidenceModel({"bias": 0.0}, {}))
    assert not plain.reads_vectors
    assert EventCoder(confidence=ConfidenceModel({f"{VEC}h0": 0.2}, {})).reads_vectors
    plain.vectors = True  # a trainer asks whatever the model weighs
    assert plain.reads_vectors


@pytest.mark.model
def test_the_shipped_coder_reads_no_vectors_and_keeps_no_marker(nlp: Any) -> None:
    doc = nlp(STRIKE)
    assert doc._.events
    assert not any(k.startswith(VEC) for f in doc._.event_features for k in f)


@pytest.mark.model
def test_kept_events_carry_their_trigger_in_context(nlp: Any) -> None:
    coder = nlp.get_pipe("frontlines_events")
    before = coder.vectors
    coder.vectors = True
    try:
        doc = nlp(STRIKE)
    finally:
        coder.vectors = before
    assert doc._.events and doc.tensor.shape == (len(doc), 96)
    for features in doc._.event_features:
        vector = [features[f"{VEC}t{i}"] for i in range(96)]
        rows = [i for i in range(len(doc))
                if np.allclose(doc.tensor[i], vector, atol=1e-4)]  # fmt: skip
        assert rows and doc[rows[0]].text == "strike"
        assert all(f"{VEC}h{i}" in features for i in range(96))


def test_folded_vectors_score_as_the_stacked_pair() -> None:
    """The shipped weights hold the rows' own weights: one weighted sum, as the words."""
    import math

    from sklearn.linear_model import LogisticRegression

    from frontlines.lab.lexical_stack import STACKS, folded
    from frontlines.lab.train_events import stacked_rows
    from frontlines.nlp.logistic import LogisticModel

    rng = np.random.default_rng(5)
    rows, groups = [], []
    for s in range(30):  # a made-up 4-number row: true stories' triggers lean one way
        ok = bool(s % 2)
        for _ in range(2):
            v = rng.normal(0, 0.5, 4) + (1.0 if ok else -1.0) * np.eye(4)[0]
            rows.append(({"bias": 1.0, "x": float(rng.normal())}
                         | {f"{VEC}t{i}": float(x) for i, x in enumerate(v)}, ok))  # fmt: skip
            groups.append(str(s))
    stacked, (inputs, y, names) = stacked_rows(rows, groups, name=CONTEXTUAL)
    assert all(CONTEXTUAL in f for f, _ in stacked)
    weights = folded({"bias": -0.1, CONTEXTUAL: 0.6, "x": 0.2}, inputs, y, names,
                     STACKS[CONTEXTUAL])  # fmt: skip
    assert CONTEXTUAL not in weights and ABSENT in weights
    sub = LogisticRegression(C=STACKS[CONTEXTUAL].c, max_iter=2000).fit(inputs, y)
    first = rows[0][0]
    z = -0.1 + 0.2 * first["x"] + 0.6 * float(sub.decision_function(inputs[:1])[0])
    assert math.isclose(LogisticModel(weights, {}).probability(first), 1 / (1 + math.exp(-z)),
                        abs_tol=1e-3)  # fmt: skip
