"""What was tried on the PLOVER encoder side (``lab/plover_extras.py``): every type has a
description, each extra adjusts probabilities as described and reads training rows only,
and the nested estimate tries it at its shares."""

from __future__ import annotations

import math

import numpy as np
import pytest

from frontlines.lab.plover_extras import (
    description_block,
    descriptions,
    disputed,
    knn_extra,
    prior_extra,
    prototype_extra,
    record_prior,
    zero_shot_extra,
)
from frontlines.lab.plover_nested import Table
from frontlines.nlp.events.plover import _bundled


class _Encoder:
    """Description n embeds as the n-th unit axis (times two: not unit length)."""

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 384), dtype=np.float32)
        rows[np.arange(len(texts)), np.arange(len(texts))] = 2.0
        return rows


def _table(labels: list[str], synthetic: int) -> Table:
    rows = np.zeros((len(labels), 384), dtype=np.float32)
    for n, label in enumerate(labels):
        rows[n, sorted(set(labels)).index(label)] = 1.0
    return Table([([], {})] * len(labels), rows, labels, [""] * len(labels), synthetic,
                 record_weight=1.0)  # fmt: skip


def test_every_type_the_model_knows_has_a_description():
    assert list(descriptions()) == sorted(_bundled("plover_encoder_model.json").labels)
    assert all(len(text.split()) >= 10 for text in descriptions().values())


def test_the_likeness_is_a_scaled_cosine_and_the_zero_shot_prior_its_softmax():
    row = np.zeros((1, 384), dtype=np.float32)
    row[0, 1] = 1.0
    likeness = description_block(row, _Encoder(), scale=10.0)
    assert likeness.shape == (1, len(descriptions()))
    assert likeness[0, 1] == pytest.approx(10.0) and likeness[0, 0] == 0.0
    flat = np.full((1, likeness.shape[1]), 1 / likeness.shape[1])
    mixed = zero_shot_extra(likeness)(flat, [], [0], 0.5)
    assert mixed.sum() == pytest.approx(1.0) and int(mixed.argmax()) == 1


def test_the_vote_is_of_the_nearest_training_records_only():
    table = _table(["AGREE", "FIGHT", "AGREE", "FIGHT", "AGREE"], synthetic=2)
    p = np.array([[0.0, 1.0]])  # AGREE, FIGHT
    voted = knn_extra(table, k=1)(p, [0, 1, 2, 3], [4], 1.0)
    assert voted.tolist() == [[1.0, 0.0]]  # record 2 (AGREE) is nearest; 4 is held out
    assert knn_extra(table, k=1)(p, [0, 1, 3], [4], 1.0).tolist() == [[0.0, 1.0]]


def test_the_prototypes_are_of_the_training_records_only():
    table = _table(["AGREE", "FIGHT", "AGREE", "FIGHT", "FIGHT"], synthetic=2)
    p = np.array([[0.5, 0.5]])  # AGREE, FIGHT
    voted = prototype_extra(table, sharpness=20.0)(p, [0, 1, 2, 3], [4], 1.0)
    assert voted.sum() == pytest.approx(1.0) and int(voted.argmax()) == 1  # record 3's type
    # without record 3 no training record is FIGHT: AGREE's prototype wins, whatever
    # the stories (rows 0 and 1) say
    alone = prototype_extra(table)(p, [0, 1, 2], [4], 0.5)
    assert alone[0, 0] > alone[0, 1]


def test_a_story_the_records_read_otherwise_with_confidence_is_disputed():
    records = np.array([[3.0, 0.0]] * 5 + [[0.0, 3.0]] * 5)
    labels = np.array([0] * 5 + [1] * 5)
    stories = np.array([[3.0, 0.0], [3.0, 0.0], [0.1, 0.1]])
    flagged = disputed(records, labels, stories, np.array([0, 1, 1]), confidence=0.7)
    assert flagged.tolist() == [False, True, False]  # the third: the judge is unsure


def test_a_type_the_stories_over_tell_is_pushed_down():
    labels = ["CONCEDE"] * 4 + ["AGREE"] * 2 + ["CONCEDE", "AGREE"]
    shift = record_prior(labels, 6, 1.0, 1.0)
    # trained: CONCEDE 5/8, AGREE 3/8; records (add one): 2/4 each
    assert shift["CONCEDE"] == pytest.approx(math.log(0.5 / 0.625))
    assert shift["AGREE"] == pytest.approx(math.log(0.5 / 0.375))
    table = _table([*labels, "AGREE"], 6)
    shifted = prior_extra(table)(np.array([[0.5, 0.5]]), list(range(8)), [8], 1.0)
    odds = math.exp(shift["AGREE"] - shift["CONCEDE"])  # the held-out record not counted
    assert shifted[0, 0] / shifted[0, 1] == pytest.approx(odds)
