"""Leave-story-out cross-validation for the event confidence (``frontlines train events``).

The events of one story share its vocabulary, its actors and its coder's habits: folds
that split a story's events between training and test let a model recognise the story
rather than the kind of event, and the out-of-fold numbers then promise what unseen
news does not keep (tune precision rose with the threshold, check precision did not).
Here every story is a fold group, so each event is scored by a model that never saw
any event of its story; feature sets, the regularisation and the default threshold
are all chosen on those scores, on the tune half only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "LabelledEvents", "OutOfFold", "THRESHOLDS", "chosen_fold", "corpus_of", "keep_features",
    "out_of_fold", "story_folds",
]

#: Thresholds considered for the default least confidence shown.
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 17))


def keep_features(features: dict[str, float], kept: Sequence[str]) -> dict[str, float]:
    """The features whose name is in ``kept`` or starts with one of its ``prefix=``
    entries (``"type="`` keeps every one-hot ACLED type)."""
    exact = {k for k in kept if not k.endswith("=")}
    prefixes = tuple(k for k in kept if k.endswith("="))
    return {k: v for k, v in features.items() if k in exact or k.startswith(prefixes)}


def story_folds(groups: Sequence[str], k: int = 5, seed: int = 0) -> list[tuple[Any, Any]]:
    """(train, test) index arrays of ``k`` folds of whole stories, the stories dealt to
    folds in an order shuffled by ``seed``. Not one story per fold: leaving a single
    story out shifts the training labels against it, so a strongly regularised model
    (which predicts little but the training rate) scores below chance."""
    import numpy as np

    stories = sorted(set(groups))
    order = np.random.default_rng(seed).permutation(len(stories))
    fold_of = {stories[j]: n % k for n, j in enumerate(order)}
    folds = np.array([fold_of[g] for g in groups])
    index = np.arange(len(groups))
    return [(index[folds != f], index[folds == f]) for f in range(k) if (folds == f).any()]


@dataclass(frozen=True)
class LabelledEvents:
    """Every scored event of a half: features and label, the story it came from (the
    cross-validation fold), and how many live gold events recall is measured over."""

    rows: list[tuple[dict[str, float], bool]]
    groups: list[str]
    live: int


@dataclass(frozen=True)
class OutOfFold:
    """How a feature set and ``c`` score events of stories the model did not see."""

    c: float
    probability: Any  # each event's out-of-fold probability
    auc: float
    brier: float
    at: dict[str, dict[str, float]]  # by threshold: p, r, f1, f05, kept

    def summary(self) -> dict[str, Any]:
        return {"c": self.c, "auc": self.auc, "brier": self.brier, "at": self.at}


def out_of_fold(x: Any, y: Sequence[int], groups: Sequence[str], c: float,
                live: int, repeats: int = 10) -> OutOfFold:
    """Scores of a logistic model with inverse regularisation ``c``, each event scored
    by models fitted on the other stories (five folds of whole stories, ``repeats``
    shufflings averaged); precision counts kept events, recall is
    over every ``live`` gold event (a threshold also drops events we got right)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, roc_auc_score

    labels = np.asarray(y)
    probability = np.zeros(len(labels))
    for seed in range(repeats):  # averaged over shufflings: 100 events make noisy folds
        for train, test in story_folds(groups, 5, seed):
            if len(set(labels[train])) < 2:
                probability[test] += labels[train].mean() / repeats
                continue
            model = LogisticRegression(C=c, max_iter=2000).fit(x[train], labels[train])
            probability[test] += model.predict_proba(x[test])[:, 1] / repeats
    at: dict[str, dict[str, float]] = {}
    for threshold in THRESHOLDS:
        kept = probability >= threshold
        tp = int(labels[kept].sum())
        p = tp / int(kept.sum()) if kept.any() else 0.0
        r = tp / live if live else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f05 = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        at[str(threshold)] = {"kept": int(kept.sum()), "p": round(p, 4), "r": round(r, 4),
                              "f1": round(f1, 4), "f05": round(f05, 4)}  # fmt: skip
    auc = float(roc_auc_score(labels, probability)) if len(set(labels)) > 1 else 0.5
    return OutOfFold(c, probability, round(auc, 4),
                     round(float(brier_score_loss(labels, probability)), 4), at)


def chosen_fold(x: Any, y: Sequence[int], groups: Sequence[str], live: int,
                c: float | None, grid: Sequence[float]) -> OutOfFold:
    """The out-of-fold scores at the regularisation asked for, else at the one of ``grid``
    whose probabilities hold best on held-out stories (lowest Brier score)."""
    scored = {k: out_of_fold(x, y, groups, k, live) for k in grid}
    if c is None:
        return min(scored.values(), key=lambda o: o.brier)
    return scored[c] if c in scored else out_of_fold(x, y, groups, c, live)


def corpus_of(group: str) -> str:
    """The corpus of a pooled fold group: a judged event's corpus is the one its story was
    read from (``judgedA/judged/lgl/<id>`` -> ``lgl``), so it is held out with the coded
    set of that corpus; a coded event's is its set (``polnear/...`` -> ``polnear``)."""
    parts = group.split("/")
    if parts[0].startswith("judged") and len(parts) > 2 and parts[1] == "judged":
        return parts[2]
    return parts[0]
