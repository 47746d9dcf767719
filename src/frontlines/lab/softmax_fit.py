"""A multinomial (softmax) logistic regression in numpy, for ``frontlines train acled``.

Why our own: the fit is a few hundred rows by a few thousand binary features, a
convex problem numpy solves in seconds; no ML library is then needed to reproduce
the bundled weights. The loss is the sample-weighted mean cross-entropy plus
``l2 / 2`` times the squared weights (the bias row is not penalised), minimised by
full-batch Adam from zeros: deterministic, so the same data gives the same weights.

``tied`` feature prefixes get one shared, unpenalised weight besides their own: a row
with feature ``lex1:X`` scores label ``X`` up by it. That is how a prior such as the
lexicon's choice enters: learned once from every row (how far to trust it), with the
per-label weights only learning where it errs. The shared weight is folded into the
per-label table (``lex1:X`` -> ``X``), so the run-time model is the same plain table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

__all__ = ["SoftmaxFit", "design", "fit_softmax", "predict_proba"]


@dataclass(frozen=True)
class SoftmaxFit:
    features: tuple[str, ...]  # row names of ``weights``; "bias" first
    labels: tuple[str, ...]  # column names
    weights: NDArray[np.float64]  # (features, labels)
    tied: dict[str, float] = field(default_factory=dict)  # prefix -> shared weight

    def predict(self, rows: Sequence[Sequence[str]]) -> NDArray[np.float64]:
        """Each row's label probabilities (columns in ``labels`` order)."""
        prior = sum((s * _tied_matrix(rows, p, self.labels) for p, s in self.tied.items()),
                    np.zeros((len(rows), len(self.labels))))  # fmt: skip
        return predict_proba(design([("bias", *r) for r in rows], self.features), self.weights,
                             prior)  # fmt: skip

    def table(self, min_weight: float = 0.0) -> dict[str, dict[str, float]]:
        """``{feature: {label: weight}}`` with weights under ``min_weight`` in size dropped."""
        out: dict[str, dict[str, float]] = {}
        for i, name in enumerate(self.features):
            weights = dict(zip(self.labels, (float(w) for w in self.weights[i]), strict=True))
            for prefix, shared in self.tied.items():
                if name.startswith(prefix) and name[len(prefix):] in weights:
                    weights[name[len(prefix):]] += shared
            row = {lab: round(w, 3) for lab, w in weights.items() if abs(w) >= min_weight}
            if row:
                out[name] = row
        return out


def design(rows: Sequence[Sequence[str]], features: Sequence[str]) -> NDArray[np.float64]:
    """The binary design matrix of ``rows`` over ``features`` (unknown features ignored)."""
    index = {f: i for i, f in enumerate(features)}
    x = np.zeros((len(rows), len(features)))
    for r, row in enumerate(rows):
        for f in row:
            j = index.get(f)
            if j is not None:
                x[r, j] = 1.0
    return x


class _Binary:
    """A binary rows x features matrix by its ones: products in time linear in the ones
    (a dense matrix of a few thousand words is mostly zeros)."""

    def __init__(self, rows: Sequence[Sequence[str]], features: Sequence[str]) -> None:
        index = {f: i for i, f in enumerate(features)}
        cells = sorted({(r, index[f]) for r, row in enumerate(rows) for f in row if f in index})
        self.rows = np.array([c[0] for c in cells], dtype=np.int64)
        self.cols = np.array([c[1] for c in cells], dtype=np.int64)
        self.shape = (len(rows), len(features))
        self.row_ids, self.row_starts = np.unique(self.rows, return_index=True)
        by_col = np.argsort(self.cols, kind="stable")
        self.col_rows = self.rows[by_col]
        self.col_ids, self.col_starts = np.unique(self.cols[by_col], return_index=True)

    def times(self, w: NDArray[np.float64]) -> NDArray[np.float64]:
        out = np.zeros((self.shape[0], w.shape[1]))
        if len(self.cols):
            out[self.row_ids] = np.add.reduceat(w[self.cols], self.row_starts)
        return out

    def transposed_times(self, e: NDArray[np.float64]) -> NDArray[np.float64]:
        out = np.zeros((self.shape[1], e.shape[1]))
        if len(self.cols):
            out[self.col_ids] = np.add.reduceat(e[self.col_rows], self.col_starts)
        return out


def _softmax(scores: NDArray[np.float64]) -> NDArray[np.float64]:
    scores = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    p: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return p


def predict_proba(
    x: NDArray[np.float64], w: NDArray[np.float64], prior: NDArray[np.float64] | None = None
) -> NDArray[np.float64]:
    scores = x @ w if prior is None else x @ w + prior
    scores -= scores.max(axis=1, keepdims=True)
    e = np.exp(scores)
    p: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
    return p


def fit_softmax(
    rows: Sequence[Sequence[str]],
    labels: Sequence[str],
    l2: float,
    sample_weights: Sequence[float] | None = None,
    min_count: int = 1,
    steps: int = 400,
    rate: float = 0.05,
    tied: Sequence[str] = (),
) -> SoftmaxFit:
    """Fit on feature-name rows. Features seen in fewer than ``min_count`` rows are
    dropped (a word seen once teaches a name, not a type)."""
    if len(rows) != len(labels) or not rows:
        raise ValueError("training needs as many labels as rows, and at least one row")
    classes = tuple(sorted(set(labels)))
    if len(classes) < 2:
        raise ValueError("training needs at least two labels")
    counts: dict[str, int] = {}
    for row in rows:
        for f in set(row):
            counts[f] = counts.get(f, 0) + 1
    names = ("bias", *sorted(f for f, n in counts.items() if n >= min_count and f != "bias"))
    x = _Binary([("bias", *r) for r in rows], names)
    y = np.zeros((len(rows), len(classes)))
    y[np.arange(len(rows)), [classes.index(label) for label in labels]] = 1.0
    sw = np.ones(len(rows)) if sample_weights is None else np.asarray(sample_weights, float)
    sw = sw / sw.sum()
    shared = [_tied_matrix(rows, prefix, classes) for prefix in tied]  # (rows, labels) each
    a = np.zeros(len(tied))
    am, av = np.zeros_like(a), np.zeros_like(a)
    w = np.zeros((len(names), len(classes)))
    penalty = np.full((len(names), 1), l2)
    penalty[0] = 0.0  # the bias is not shrunk: it carries the label frequencies
    m, v = np.zeros_like(w), np.zeros_like(w)
    beta1, beta2 = 0.9, 0.999
    for step in range(1, steps + 1):
        prior = sum((s * t for s, t in zip(a, shared, strict=True)), np.zeros_like(y))
        error = (_softmax(x.times(w) + prior) - y) * sw[:, None]
        grad = x.transposed_times(error) + penalty * w
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        w -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
        if tied:
            grad_a = np.array([float((error * t).sum()) for t in shared])
            am = beta1 * am + (1 - beta1) * grad_a
            av = beta2 * av + (1 - beta2) * grad_a * grad_a
            a -= rate * (am / (1 - beta1**step)) / (np.sqrt(av / (1 - beta2**step)) + 1e-8)
    return SoftmaxFit(names, classes, w, {p: float(s) for p, s in zip(tied, a, strict=True)})


def _tied_matrix(
    rows: Sequence[Sequence[str]], prefix: str, classes: tuple[str, ...]
) -> NDArray[np.float64]:
    """1 where a row has the feature ``prefix + label``."""
    t = np.zeros((len(rows), len(classes)))
    for r, row in enumerate(rows):
        present = set(row)
        for c, label in enumerate(classes):
            if prefix + label in present:
                t[r, c] = 1.0
    return t
