"""Session 23's speed work (issues 19-21): each table or short cut must give the answers
the plain reading gives."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontlines.nlp.events import memo


def test_lowered_lemmas_hold_across_docs_and_vocabularies() -> None:
    first = Doc(Vocab(), words=["Gunmen", "Stormed", "IT"], lemmas=["Gunman", "STORM", "it"])
    second = Doc(Vocab(), words=["gunmen", "stormed"], lemmas=["gunman", "Storm"])
    assert memo.lower_lemmas(first) == ["gunman", "storm", "it"]
    assert memo.lower_lemmas(second) == ["gunman", "storm"]  # the table read again
    assert memo.lower_lemmas(second) == [t.lemma_.lower() for t in second]
    assert memo.lower_lemmas(Doc(Vocab(), words=[])) == []


def test_linear_scores_pass_over_features_without_weights() -> None:
    from frontlines.nlp.events.plover import linear_scores

    weights = {"w:raid": {"A": 0.5, "B": -0.25}, "bias": {"A": 0.125}, "empty": {}}
    scores = linear_scores(weights, ("A", "B"), ["bias", "b:no weight", "w:raid", "empty"],
                           {"d:root:0": 2.0, "w:raid": 2.0})  # fmt: skip
    assert scores == {"A": 0.125 + 0.5 + 1.0, "B": -0.25 - 0.5}
    assert linear_scores(weights, ("A", "B"), ["b:no weight"]) == {"A": 0.0, "B": 0.0}


def test_weighted_sum_adds_in_the_features_order() -> None:
    from frontlines.vocab.weights import NamedWeights

    model = NamedWeights({"a": 0.1, "b": 0.2, "c": 1e16})
    features = {"c": 1.0, "a": 1.0, "b": 1.0, "unknown": 5.0}
    expected = 0.0
    for name, value in features.items():  # the plain left-to-right sum, float for float
        expected += model.weights.get(name, 0.0) * value
    assert model.weighted_sum(features) == expected
    assert model.weighted_sum({}) == 0.0


def test_the_lowered_lemma_table_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "LOWERED_MAX", 3)
    memo._LOWERED.clear()
    memo.lower_lemmas(Doc(Vocab(), words=["A", "B"], lemmas=["Alpha", "Beta"]))
    doc = Doc(Vocab(), words=["C", "D"], lemmas=["Gamma", "DELTA"])
    assert memo.lower_lemmas(doc) == ["gamma", "delta"]  # the table emptied, then refilled
    assert len(memo._LOWERED) <= 3
