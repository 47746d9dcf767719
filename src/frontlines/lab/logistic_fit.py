"""Fitting the logistic confidence models (``frontlines train events|claims``): one recipe,
so every confidence is chosen the same way.

Features are the readable dicts the components compute; the bias is the model's
intercept; the regularisation ``c`` is picked by cross-validated Brier score on the
tune half unless given, because a few hundred labelled items overfit easily and the
check half must not choose it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["FittedLogistic", "fit_logistic", "sparse_design"]


@dataclass(frozen=True)
class FittedLogistic:
    weights: dict[str, float]  # by feature name, with the intercept as "bias"
    c: float
    x: Any  # the design matrix and labels, for what the caller measures next
    y: list[int]


def fit_logistic(
    rows: list[tuple[dict[str, float], bool]],
    c: float | None,
    grid: tuple[float, ...],
    folds: Any,
    what: str,
    weights: list[float] | None = None,
) -> FittedLogistic:
    """Fit on labelled feature dicts; ``folds`` is what ``cross_val_score`` takes as
    ``cv`` (a count or a splitter), used only when ``c`` is None. ``weights``: one per
    row (sets weighed alike, ``lab/confidence_oof.set_weights``); None weighs each 1."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score

    y = [int(ok) for _, ok in rows]
    if len(set(y)) < 2:
        raise ValueError(f"training needs both matched and unmatched {what} on the tune half")
    vectoriser = DictVectorizer(sparse=False)
    x = vectoriser.fit_transform([{k: v for k, v in f.items() if k != "bias"} for f, _ in rows])
    if c is None:
        brier = {
            grid_c: -cross_val_score(LogisticRegression(C=grid_c, max_iter=2000), x, y,
                                     cv=folds, scoring="neg_brier_score").mean()
            for grid_c in grid
        }  # fmt: skip
        c = min(brier, key=lambda k: brier[k])
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y, sample_weight=weights)
    fitted = {
        name: round(float(w), 5)
        for name, w in zip(vectoriser.feature_names_, model.coef_[0], strict=True)
    }
    fitted["bias"] = round(float(model.intercept_[0]), 5)
    return FittedLogistic(fitted, c, x, y)


def sparse_design(rows: list[dict[str, float]]) -> tuple[Any, list[str]]:
    """The sparse design matrix of many readable feature dicts (the cue and PLOVER
    models: thousands of word features) and its column names. The indices are 32-bit,
    as liblinear wants them. Saying how to install scikit-learn when it is missing:
    it is a development extra, not something the pipeline needs."""
    try:
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("training needs scikit-learn: pip install 'frontlines[dev]'") from exc
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows).tocsr()
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    return matrix, [str(name) for name in vectorizer.get_feature_names_out()]
