"""Fit the neural head on the PLOVER sentence embedding (``frontlines train plover --head``).

The head (``nlp/events/plover_head.py``) is one hidden layer of rectified units on the
frozen 384-number embedding, fitted by Adam on a weighted cross-entropy with an L2
penalty, numpy only, seeded (the same data and seed give the same weights). It is fitted
on what the encoder model is fitted on: the synthetic stories (weight 1) and the PLOVER
records' tune half (``record_weight`` each). Its share of the mixed probabilities is
chosen out of fold on the records only: the records dealt into the same folds as the
encoder model's cross-validation, a head fitted without each fold, and its
probabilities mixed into the encoder model's out-of-fold probabilities of that fold.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from frontlines.nlp.events.plover_head import PloverHead, mixed

__all__ = ["HIDDEN", "MIXES", "choose_mix", "fit_head", "fit_plover_head", "out_of_fold"]

#: Hidden units, L2 penalty, passes over the data, Adam's step and the batch: the
#: settings session 13 measured out of fold (64 units: 0.612-0.625 mixed; 128 no better).
HIDDEN, L2, EPOCHS, STEP, BATCH = 64, 1e-3, 20, 1e-3, 64

#: The head's shares of the mixed probabilities tried out of fold.
MIXES = (0.3, 0.4, 0.5, 0.6)


def fit_head(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, labels: Sequence[str],
    hidden: int = HIDDEN, seed: int = 0, epochs: int = EPOCHS,
) -> PloverHead:  # fmt: skip
    """A head fitted on rows ``x`` (unit-length embeddings) with label indices ``y``
    into ``labels``, each row weighted (the weights are normalised to mean 1)."""
    rng = np.random.default_rng(seed)
    x = np.asarray(x, dtype=np.float32)
    n, k = x.shape[1], len(labels)
    params = [
        rng.normal(0, (2 / n) ** 0.5, (n, hidden)).astype(np.float32),
        np.zeros(hidden, np.float32),
        rng.normal(0, (1 / hidden) ** 0.5, (hidden, k)).astype(np.float32),
        np.zeros(k, np.float32),
    ]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    w = (weights / weights.mean()).astype(np.float32)
    t = 0
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            xb, yb, wb = x[idx], y[idx], w[idx]
            w1, b1, w2, b2 = params
            h = np.maximum(xb @ w1 + b1, 0)
            z = h @ w2 + b2
            z -= z.max(1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(1, keepdims=True)
            g = p
            g[np.arange(len(yb)), yb] -= 1
            g *= wb[:, None] / len(yb)
            gh = g @ w2.T
            gh[h <= 0] = 0
            grads = [xb.T @ gh + L2 * w1, gh.sum(0), h.T @ g + L2 * w2, g.sum(0)]
            t += 1
            for i, grad in enumerate(grads):
                first[i] = 0.9 * first[i] + 0.1 * grad
                second[i] = 0.999 * second[i] + 0.001 * grad * grad
                step = (first[i] / (1 - 0.9**t)) / (np.sqrt(second[i] / (1 - 0.999**t)) + 1e-8)
                params[i] -= (STEP * step).astype(np.float32)
    about: dict[str, object] = {"hidden": hidden, "l2": L2, "epochs": epochs, "seed": seed,
                                "rows": len(y)}  # fmt: skip
    w1, b1, w2, b2 = params
    return PloverHead(tuple(labels), w1, b1, w2, b2, about=about)


def out_of_fold(
    x: np.ndarray, y: np.ndarray, weights: np.ndarray, labels: Sequence[str],
    trials: Sequence[Sequence[int]], seed: int = 0,
) -> dict[int, dict[str, float]]:  # fmt: skip
    """Each held-back row's head probabilities, from a head fitted without its fold."""
    result: dict[int, dict[str, float]] = {}
    for held in trials:
        held_set = set(held)
        rows = np.array([i for i in range(len(y)) if i not in held_set])
        head = fit_head(x[rows], y[rows], weights[rows], labels, seed=seed)
        for i, p in zip(held, head.forward(x[list(held)]), strict=True):
            result[i] = dict(zip(labels, map(float, p), strict=True))
    return result


def choose_mix(
    linear: Mapping[int, Mapping[str, float]], head: Mapping[int, Mapping[str, float]],
    gold: Mapping[int, str], shares: Sequence[float] = MIXES,
) -> tuple[float, dict[float, float]]:  # fmt: skip
    """The share (of ``shares``, and 0) whose mix is right most often on the rows of
    ``gold`` (the smaller share on a tie), with each share's accuracy."""
    scores = {}
    for share in (0.0, *shares):
        right = 0
        for i, label in gold.items():
            p = mixed(dict(linear[i]), dict(head[i]), share)
            right += max(p, key=lambda k: p[k]) == label
        scores[share] = round(right / len(gold), 4) if gold else 0.0
    best = max(scores, key=lambda s: (scores[s], -s))
    return best, scores


def fit_plover_head(
    embeddings: np.ndarray, labels_of: Sequence[str], synthetic: int,
    linear_oof: Mapping[int, Mapping[str, float]], trials: Sequence[Sequence[int]],
    record_weight: float = 100.0, seed: int = 0, story_weights: Sequence[float] | None = None,
) -> PloverHead:  # fmt: skip
    """The head fitted on every row (``synthetic`` stories, then the records), its mix
    chosen out of fold on the records in ``linear_oof`` (the encoder model's out-of-fold
    probabilities, by row) with heads fitted on the same ``trials``; ``story_weights``:
    each story's weight (default 1)."""
    labels = sorted(set(labels_of))
    index = {label: n for n, label in enumerate(labels)}
    y = np.array([index[label] for label in labels_of])
    weights = np.array([*(story_weights or [1.0] * synthetic),
                        *[record_weight] * (len(y) - synthetic)])  # fmt: skip
    x = np.asarray(embeddings, dtype=np.float32)
    gold = {i: labels_of[i] for i in linear_oof}
    head_oof = out_of_fold(x, y, weights, labels, trials, seed) if gold else {}
    share, scores = choose_mix(linear_oof, head_oof, gold) if gold else (0.5, {})
    head = fit_head(x, y, weights, labels, seed=seed)
    about = head.about | {
        "record_weight": record_weight,
        "mix_chosen_on": f"{len(gold)} records out of fold, the encoder model's folds",
        "mix_accuracy": {str(k): v for k, v in scores.items()},
    }
    return PloverHead(head.labels, head.w1, head.b1, head.w2, head.b2, share, about)
