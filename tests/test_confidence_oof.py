"""The pooled out-of-fold estimate that chooses the event confidence (lab/confidence_oof)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from frontlines.lab.confidence_oof import (
    Candidate,
    candidate_oof,
    pooled,
    pooled_threshold,
    scores_at,
    set_weights,
)
from frontlines.lab.story_cv import LabelledEvents, story_folds


def _set(name: str, stories: int, rng: np.random.Generator) -> LabelledEvents:
    """``stories`` stories of four events each; every story's events share one label and
    one feature naming the story: a model that saw the story learns its label."""
    rows, groups = [], []
    for s in range(stories):
        ok = bool(rng.integers(0, 2))
        for _ in range(4):
            rows.append(({"bias": 1.0, f"story={name}{s}": 1.0, "off_beat": 0.0}, ok))
            groups.append(str(s))
    return LabelledEvents(rows, groups, sum(ok for _, ok in rows))


def _pool() -> Any:
    rng = np.random.default_rng(7)
    return pooled({"dev": _set("d", 20, rng), "judgedA": _set("a", 20, rng)})


def test_a_story_is_never_split_between_training_and_test() -> None:
    pool = _pool()
    seen: list[tuple[set[str], set[str]]] = []

    def watched(groups: Sequence[str], k: int, seed: int) -> list[tuple[Any, Any]]:
        folds = story_folds(groups, k, seed)
        for train, test in folds:
            seen.append(({groups[i] for i in train}, {groups[i] for i in test}))
        return folds

    candidate_oof(pool, Candidate("story", ("story=",), frozenset({"dev", "judgedA"})),
                  repeats=2, folds=watched)  # fmt: skip
    assert seen and all(not (train & test) for train, test in seen)
    # the same story id in two sets is two stories (each set's groups are prefixed)
    assert "dev/0" in pool.groups and "judgedA/0" in pool.groups


def test_a_model_that_only_knows_the_story_ranks_nothing_out_of_fold() -> None:
    """Each story's label is its own feature: folds that leaked a story's events into
    training would rank them perfectly; held out by story, the feature is unseen."""
    pool = _pool()
    probability = candidate_oof(pool, Candidate("story", ("story=",),
                                                frozenset({"dev", "judgedA"})), repeats=2)
    scores = scores_at(pool, probability)
    assert scores["coded"]["auc"] < 0.75 and scores["judged"]["auc"] < 0.75

    def leaking(groups: Sequence[str], k: int, seed: int) -> list[tuple[Any, Any]]:
        index = np.arange(len(groups))  # events dealt one by one: stories split
        return [(index[index % k != f], index[index % k == f]) for f in range(k)]

    leaked = scores_at(pool, candidate_oof(pool, Candidate("story", ("story=",),
                                           frozenset({"dev", "judgedA"})), 2, leaking))
    assert leaked["coded"]["auc"] > 0.95  # what the grouping protects against


def test_a_candidate_trains_only_on_its_sets_but_scores_every_event() -> None:
    pool = _pool()
    probability = candidate_oof(pool, Candidate("dev", ("story=",), frozenset({"dev"})), 1)
    judged = [p for p, s in zip(probability, pool.sets, strict=True) if s == "judgedA"]
    # features it never saw: one probability per fold (its training rate), not per story
    assert len(judged) == 80 and len({round(p, 6) for p in judged}) <= 5
    scores = scores_at(pool, probability)
    assert scores["coded"]["over"] == pool.coded_live and scores["judged"]["over"] == sum(
        ok for (_, ok), s in zip(pool.rows, pool.sets, strict=True) if s == "judgedA")


def test_each_set_weighs_as_much_as_another() -> None:
    weights = set_weights(["a"] * 30 + ["b"] * 10, "per-set")
    assert sum(weights[:30]) == sum(weights[30:]) == 20
    assert set_weights(["a", "b"], "none") == [1.0, 1.0]


def test_each_story_weighs_as_much_as_another() -> None:
    groups = ["s1"] * 6 + ["s2"] * 2 + ["s3"] * 4
    weights = set_weights(["a"] * 12, "per-story", groups)
    assert [sum(weights[:6]), sum(weights[6:8]), sum(weights[8:])] == pytest.approx([4, 4, 4])
    with pytest.raises(ValueError):
        set_weights(["a"] * 12, "per-story")
    with pytest.raises(ValueError):
        set_weights(["a"] * 12, "per-word", groups)


def _at(table: dict[float, tuple[int, int]], over: int) -> dict[str, Any]:
    """``scores_at``-shaped numbers: (kept, right) by threshold, recall over ``over``."""
    return {"at": {str(t): {"kept": k, "tp": r, "p": r / k if k else 0.0, "r": r / over}
                   for t, (k, r) in table.items()}}  # fmt: skip


def test_a_band_is_shown_only_when_half_of_it_is_right() -> None:
    from frontlines.lab.story_cv import THRESHOLDS

    # coded: 0.05 admits 40 events of which 8 are right; from 0.3 up right events go
    table = {t: (60, 50) for t in THRESHOLDS} | {0.0: (120, 60), 0.05: (100, 58)}
    table |= {t: (45, 40) for t in THRESHOLDS if t >= 0.3}
    chosen = {"coded": _at(table, 80), "judged": _at({t: (10, 5) for t in THRESHOLDS}, 5)}
    # most right minus false: 0.1 to 0.25 (50 - 10) against 0.05 (58 - 42), 0.3 (40 - 5)
    assert pooled_threshold(chosen) == 0.1
    # the old rule keeps 94 % of the recall of showing everything: only 0.0 and 0.05 do
    assert pooled_threshold(chosen, 0.94) == 0.05


def test_a_band_exactly_half_right_stays_shown() -> None:
    from frontlines.lab.story_cv import THRESHOLDS

    table = {t: (40, 30) for t in THRESHOLDS} | {0.0: (90, 40)}  # net 20 from 0.05 up ...
    table |= {t: (30, 25) for t in THRESHOLDS if t >= 0.5}  # ... and 20 again from 0.5
    chosen = {"coded": _at(table, 50)}
    assert pooled_threshold(chosen) == 0.05
