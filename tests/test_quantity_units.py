"""Units that generalise: the unit-sentence scorer, unit vocabulary, compound units."""

from __future__ import annotations

import json

import pytest

from frontlines.lab.quantities import ScoredQuantity, UnitScore, evaluate, load_newsquant


def test_unit_sentences_load_and_score_by_accuracy(tmp_path, nlp):
    path = tmp_path / "units.json"
    path.write_text(
        json.dumps(
            [
                {"text": "The road is 12 km long.", "unit": "kilometre", "surface_form": "km"},
                {"text": "It took 12 minutes.", "unit": "second", "surface_form": "minutes"},
            ]
        ),
        encoding="utf-8",
    )
    sentences = load_newsquant(path)
    assert [s.unit for s in sentences] == ["kilometre", "second"]
    metrics = evaluate(sentences, nlp)
    assert metrics == {"unit": {"n": 2, "correct": 1, "accuracy": 0.5, "with_unit": 1.0}}


def test_unit_score_counts_sentences_not_quantities():
    score = UnitScore()
    score.add("foot", [ScoredQuantity(3.0, "-", "="), ScoredQuantity(3.0, "foot", "=")])
    score.add("inch", [ScoredQuantity(3.0, "-", "=")])
    assert score.as_dict() == {"n": 2, "correct": 1, "accuracy": 0.5, "with_unit": 0.5}


def test_a_unit_sentence_without_a_unit_is_an_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"text": "x", "unit": 3}]), encoding="utf-8")
    with pytest.raises(ValueError, match="item 0"):
        load_newsquant(path)
