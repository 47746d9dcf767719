"""One out-of-fold estimate for event confidence models over every non-check label.

Comparing a refit with the bundled model on numbers of different kinds misleads: the
bundled model's tune-half numbers are in sample (it was fitted on those stories), a
refit's numbers on judged sample B are out of sample, and the in-sample side always
looks better. Here every candidate is scored the same way: the labelled events of the
coded sets' tune halves (matched or not by the news scorer) and of the judged samples
(``eval/judged``, verdicts on uncoded news) are pooled, the *stories* are dealt to K
folds (``story_cv.story_folds``: a story's events are never split between training and
test), and each event is scored by a model fitted on the other folds' stories that the
candidate may train on (``trains``: a candidate fitted on the coded dev set alone still
scores every set, out of fold on its own). Precision and recall at a threshold are
reported apart for the coded events (recall over the live gold events, as the news
scorer counts it) and for the judged ones (recall over the true events found: misses
are unknown on uncoded stories), with the off-beat cap the coder applies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontlines.lab.cross_set import scored_at
from frontlines.lab.lexical_stack import STACKS, stack_matrix, stacked
from frontlines.lab.story_cv import (
    THRESHOLDS,
    LabelledEvents,
    corpus_of,
    keep_features,
    story_folds,
)

__all__ = ["Candidate", "Pooled", "PooledChoice", "candidate_oof", "pooled", "pooled_choice",
           "WEIGHTINGS", "pooled_threshold", "scores_at", "set_weights"]

#: How many story folds each shuffling deals.
FOLDS = 5
#: How training events may be weighed (``set_weights``).
WEIGHTINGS = ("none", "per-set", "per-story", "per-corpus")


@dataclass(frozen=True)
class Pooled:
    """Every labelled event of several sets, in one order: its features, label, story
    (``set/story``: the fold group), whether it is a judged event, and the set's name."""

    rows: list[tuple[dict[str, float], bool]]
    groups: list[str]
    sets: list[str]
    coded_live: int  # live gold events of the coded sets: what coded recall is over

    def judged(self, name: str) -> bool:
        return name.startswith("judged")


def pooled(per_set: Mapping[str, LabelledEvents]) -> Pooled:
    """``per_set`` (by name; names starting with ``judged`` are judged samples) as one
    pool, each group prefixed with its set's name (sets may share a story id)."""
    rows: list[tuple[dict[str, float], bool]] = []
    groups: list[str] = []
    sets: list[str] = []
    live = 0
    for name, labelled in per_set.items():
        rows += labelled.rows
        groups += [f"{name}/{g}" for g in labelled.groups]
        sets += [name] * len(labelled.rows)
        if not name.startswith("judged"):
            live += labelled.live
    return Pooled(rows, groups, sets, live)


@dataclass(frozen=True)
class Candidate:
    """A model to compare: the features it weighs, the sets it is fitted on, how its
    training events are weighed, and its inverse regularisation."""

    name: str
    features: tuple[str, ...]
    trains: frozenset[str]  # set names whose events it may be fitted on
    weighting: str = "none"  # none | per-set | per-story (each weighs as much in all)
    c: float = 1.0


def set_weights(sets: Sequence[str], weighting: str,
                groups: Sequence[str] | None = None) -> list[float]:
    """Sample weights: 1 each (``none``), or ``per-set``: each set's events together
    weigh as much as the mean set's (a set of 60 events counts as much as one of 200:
    the coded conflict news does not drown the judged off-beat news, nor the reverse),
    or ``per-story`` (``groups``: each event's story): each story's events together weigh
    as much as the mean story's, so a long report with twenty events teaches no more than
    a brief with two (a few long stories of one corpus would otherwise set the weights),
    or ``per-corpus`` (``groups``): each corpus's events together, coded and judged
    (``corpus_cv.corpus_of``), weigh as much as the mean corpus's: the largest corpus's
    habits do not become the model's."""
    if weighting == "none":
        return [1.0] * len(sets)
    if weighting not in WEIGHTINGS:
        raise ValueError(f"{weighting!r}: one of {', '.join(WEIGHTINGS)}")
    if weighting in ("per-story", "per-corpus") and groups is None:
        raise ValueError(f"{weighting} weighting needs each event's story")
    keys = list(sets) if weighting == "per-set" else list(groups or ())
    if weighting == "per-corpus":
        keys = [corpus_of(g) for g in keys]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    mean = len(keys) / len(counts) if counts else 1.0
    return [mean / counts[k] for k in keys]


def candidate_oof(pool: Pooled, candidate: Candidate, repeats: int = 5,
                  folds: Callable[[Sequence[str], int, int], list[tuple[Any, Any]]] = story_folds,
                  cache: dict[Any, Any] | None = None) -> Any:  # fmt: skip
    """Each pooled event's probability from models that never saw its story: ``repeats``
    shufflings of ``FOLDS`` story folds, averaged. A fold's model is fitted on the other
    folds' events of the sets ``candidate.trains``. With ``LEXICAL`` or ``EMBEDDED``
    among the features, the bag-of-lemmas or sentence-embedding sub-model is stacked in
    each fold (``lab/lexical_stack.py``); ``cache`` keeps their columns between
    candidates that differ only in ``c``."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    design = [{k: v for k, v in keep_features(f, candidate.features).items() if k != "bias"}
              for f, _ in pool.rows]  # fmt: skip
    x = DictVectorizer(sparse=False).fit_transform(design)
    y = np.array([int(ok) for _, ok in pool.rows])
    subs = {name: (stack_matrix(pool.rows, stack.prefix)[0], stack.c)
            for name, stack in STACKS.items() if name in candidate.features}  # fmt: skip
    cache = {} if cache is None else cache  # the sub-model's columns do not depend on ``c``
    weight = np.array(set_weights(pool.sets, candidate.weighting, pool.groups))
    may = np.array([s in candidate.trains for s in pool.sets])
    probability = np.zeros(len(y))
    for seed in range(repeats):
        for n, (train, test) in enumerate(folds(pool.groups, FOLDS, seed)):
            fit = train[may[train]]
            if len(set(y[fit])) < 2:
                probability[test] += (y[fit].mean() if len(fit) else 0.5) / repeats
                continue
            x_fit, x_test = x[fit], x[test]
            for name, (inputs, sub_c) in subs.items():  # never fitted on the test stories
                key = (name, sub_c, seed, n, candidate.trains)
                if key not in cache:
                    cache[key] = stacked(inputs, y, pool.groups, fit, test, sub_c)
                x_fit = np.column_stack([x_fit, cache[key][0]])
                x_test = np.column_stack([x_test, cache[key][1]])
            model = LogisticRegression(C=candidate.c, max_iter=3000)
            model.fit(x_fit, y[fit], sample_weight=weight[fit])
            probability[test] += model.predict_proba(x_test)[:, 1] / repeats
    return probability


def scores_at(pool: Pooled, probability: Sequence[float],
              thresholds: Sequence[float] = THRESHOLDS) -> dict[str, Any]:  # fmt: skip
    """AUC and Brier score, and precision and recall at each threshold (off-beat events
    capped as the coder caps them), over the coded events and the judged ones apart."""
    from sklearn.metrics import brier_score_loss, roc_auc_score

    result: dict[str, Any] = {}
    for part, judged in (("coded", False), ("judged", True)):
        mine = [i for i, s in enumerate(pool.sets) if pool.judged(s) == judged]
        if not mine:
            continue
        p = [float(probability[i]) for i in mine]
        y = [int(pool.rows[i][1]) for i in mine]
        off = [bool(pool.rows[i][0].get("off_beat", 0.0)) for i in mine]
        dated = [bool(pool.rows[i][0].get("dated_in_text", 1.0)) for i in mine]
        over = sum(y) if judged else pool.coded_live
        at = {}
        for t in thresholds:
            kept, right = scored_at(p, y, off, t, dated)
            at[str(t)] = {"kept": kept, "tp": right,
                          "p": round(right / kept, 4) if kept else 0.0,
                          "r": round(right / over, 4) if over else 0.0}  # fmt: skip
        auc = float(roc_auc_score(y, p)) if len(set(y)) > 1 else 0.5
        result[part] = {"events": len(y), "true": sum(y), "over": over, "auc": round(auc, 4),
                        "brier": round(float(brier_score_loss(y, p)), 4), "at": at}  # fmt: skip
    return result


@dataclass(frozen=True)
class PooledChoice:
    """The regularisation and the least confidence shown chosen out of fold."""

    c: float
    threshold: float
    scores: dict[str, Any]  # ``scores_at`` of the chosen ``c``
    brier_by_c: dict[str, float]  # mean of the coded and judged Brier scores, by ``c``

    def summary(self) -> dict[str, Any]:
        at = str(self.threshold)
        return {"c": self.c, "threshold": self.threshold, "brier_by_c": self.brier_by_c,
                "coded": {k: v for k, v in self.scores["coded"].items() if k != "at"}
                | {"at_threshold": self.scores["coded"]["at"][at]},
                "judged": {k: v for k, v in self.scores.get("judged", {}).items() if k != "at"}
                | {"at_threshold": self.scores.get("judged", {}).get("at", {}).get(at)},
                "at": {t: {"coded": self.scores["coded"]["at"][t],
                           "judged": self.scores.get("judged", {}).get("at", {}).get(t)}
                       for t in self.scores["coded"]["at"]}}  # fmt: skip


def pooled_choice(pool: Pooled, features: Sequence[str], trains: frozenset[str],
                  weighting: str, grid: Sequence[float], keep_recall: float | None,
                  repeats: int = 6) -> PooledChoice:  # fmt: skip
    """``c`` of ``grid`` whose out-of-fold probabilities hold best (the mean of the coded
    and the judged Brier scores: each kind of news counts once), then the threshold
    (``pooled_threshold``)."""
    scored: dict[float, dict[str, Any]] = {}
    cache: dict[Any, Any] = {}
    for c in grid:
        candidate = Candidate(f"c{c}", tuple(features), trains, weighting, c)
        probability = candidate_oof(pool, candidate, repeats, cache=cache)
        scored[c] = scores_at(pool, probability)
    brier = {c: sum(part["brier"] for part in s.values()) / len(s) for c, s in scored.items()}
    c = min(grid, key=lambda k: (round(brier[k], 4), k))
    return PooledChoice(c, pooled_threshold(scored[c], keep_recall), scored[c],
                        {str(k): round(v, 4) for k, v in brier.items()})  # fmt: skip


def pooled_threshold(chosen: dict[str, Any], keep_recall: float | None = None) -> float:
    """The least confidence shown, from ``scores_at`` numbers. ``keep_recall`` None: the
    threshold with the most right minus false events, coded and judged together (ties to
    the lower): every band from the threshold up to any higher threshold is at least half
    right, and every band below it up to the threshold less than half (precision first: a
    false event costs a map more than a missing one; a band exactly half right neither
    helps nor harms, and the recall stays). A band between two higher thresholds may still
    be mostly false, so long as the bands around it make up for it. With ``keep_recall``: of
    the thresholds whose coded recall keeps that share of the recall of showing every
    event, the one whose kept events are most often right (ties to the lower): the rule
    until session 22, which on training data with many false events (the LGL local news)
    kept a band whose out-of-fold events were one in six right, since the recall lost
    above it was more than six per cent."""
    def total(t: float, key: str) -> int:
        return sum(int(part["at"][str(t)][key]) for part in chosen.values())

    if keep_recall is None:
        return max(THRESHOLDS, key=lambda t: (2 * total(t, "tp") - total(t, "kept"), -t))
    everything = chosen["coded"]["at"]["0.0"]["r"]
    keeping = [t for t in THRESHOLDS
               if chosen["coded"]["at"][str(t)]["r"] >= keep_recall * everything]  # fmt: skip

    def precision(t: float) -> float:
        kept = total(t, "kept")
        return total(t, "tp") / kept if kept else 0.0

    return max(keeping, key=lambda t: (round(precision(t), 4), -t))
