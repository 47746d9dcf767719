"""How the event confidence carries to a kind of news it was not fitted on.

Story-grouped cross-validation (``story_cv``) holds out stories of the *same* sets: the
held-out stories share their outlet's style, their year's wars and their coders' habits
with the training ones, and the out-of-fold numbers promised more than the check halves
kept. Here each news set (VOA/re3d dev, TR-News, TimeBank/AQUAINT, PolNeAR) is held out
in turn: the model is fitted on the tune halves of the *other* sets and scores the
held-out set's tune half, at the shipped threshold and with the conflict-beat cap the
coder applies (``off_beat``). A feature whose weight only holds inside one corpus shows
here as lost precision or recall on the others: the honest proxy for unseen news
without reading a check half.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from frontlines.lab.story_cv import LabelledEvents, keep_features
from frontlines.nlp.beat import beat_capped

if TYPE_CHECKING:
    from frontlines.nlp.logistic import LogisticModel

__all__ = [
    "HeldOutSet", "bundled_on", "cross_set", "cross_set_choice", "cross_set_summary",
    "scored_at",
]


@dataclass(frozen=True)
class HeldOutSet:
    """One news set scored by a model fitted on the others' tune halves."""

    name: str
    events: int  # events the coder emitted on its tune half (scored ones)
    matched: int  # ... that matched a live gold event
    live: int  # live gold events: what recall is over
    kept: int  # events at or above the threshold
    tp: int
    p: float  # precision and recall at the threshold
    r: float
    p_all: float  # ... showing every event (no confidence at all)
    r_all: float
    brier: float
    auc: float


def scored_at(probability: Sequence[float], labels: Sequence[int], off_beat: Sequence[bool],
              threshold: float, dated: Sequence[bool] | None = None,
              ) -> tuple[int, int]:  # fmt: skip
    """(kept, right) at ``threshold``: an event off its story's beat is capped as the
    coder caps it (``beat.beat_capped``); ``dated``: whether its sentence dates it (the
    ``dated_in_text`` feature), all when not given."""
    kept = right = 0
    days = [True] * len(labels) if dated is None else dated
    for p, y, off, day in zip(probability, labels, off_beat, days, strict=True):
        if beat_capped(p, off, day) >= threshold:
            kept += 1
            right += y
    return kept, right


def cross_set(
    sets: Mapping[str, LabelledEvents], features: Sequence[str], c: float, threshold: float
) -> list[HeldOutSet]:
    """Each set of ``sets`` (by name) scored by a logistic model over ``features`` with
    inverse regularisation ``c`` fitted on all the other sets' events."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def design(rows: list[tuple[dict[str, float], bool]]) -> list[dict[str, float]]:
        return [{k: v for k, v in keep_features(f, features).items() if k != "bias"}
                for f, _ in rows]  # fmt: skip

    result = []
    for name, held in sets.items():
        train = [row for other, labelled in sets.items() if other != name
                 for row in labelled.rows]  # fmt: skip
        y_train = [int(ok) for _, ok in train]
        y = [int(ok) for _, ok in held.rows]
        if not held.rows or len(set(y_train)) < 2:
            continue
        vectoriser = DictVectorizer(sparse=False)
        x_train = vectoriser.fit_transform(design(train))
        if x_train.shape[1] == 0:  # no feature at all: the training rate
            probability = np.full(len(y), float(np.mean(y_train)))
        else:
            model = LogisticRegression(C=c, max_iter=2000).fit(x_train, y_train)
            probability = model.predict_proba(vectoriser.transform(design(held.rows)))[:, 1]
        result.append(_scored_set(name, held, probability.tolist(), threshold))
    return result


def bundled_on(sets: Mapping[str, LabelledEvents], model: LogisticModel, threshold: float
               ) -> list[HeldOutSet]:  # fmt: skip
    """Each set scored by a model as shipped (its own weights, no refit): the yardstick a
    refit must beat on the sets that model was not fitted on."""
    return [_scored_set(name, held, [model.probability(f) for f, _ in held.rows], threshold)
            for name, held in sets.items() if held.rows]  # fmt: skip


def _scored_set(name: str, held: LabelledEvents, probability: Sequence[float],
                threshold: float) -> HeldOutSet:  # fmt: skip
    from sklearn.metrics import brier_score_loss, roc_auc_score

    y = [int(ok) for _, ok in held.rows]
    off = [bool(f.get("off_beat", 0.0)) for f, _ in held.rows]
    dated = [bool(f.get("dated_in_text", 1.0)) for f, _ in held.rows]
    kept, tp = scored_at(probability, y, off, threshold, dated)
    auc = float(roc_auc_score(y, probability)) if len(set(y)) > 1 else 0.5
    return HeldOutSet(
        name, len(y), sum(y), held.live, kept, tp,
        round(tp / kept, 4) if kept else 0.0, round(tp / held.live, 4) if held.live else 0.0,
        round(sum(y) / len(y), 4), round(sum(y) / held.live, 4) if held.live else 0.0,
        round(float(brier_score_loss(y, probability)), 4), round(auc, 4))  # fmt: skip


def cross_set_summary(held_out: Sequence[HeldOutSet]) -> dict[str, Any]:
    """Every held-out set, with the mean precision, recall and Brier score over sets
    (each kind of news counts once, however many events it has)."""
    n = len(held_out) or 1
    return {
        "sets": {h.name: {k: v for k, v in asdict(h).items() if k != "name"} for h in held_out},
        "mean": {"p": round(sum(h.p for h in held_out) / n, 4),
                 "r": round(sum(h.r for h in held_out) / n, 4),
                 "brier": round(sum(h.brier for h in held_out) / n, 4),
                 "auc": round(sum(h.auc for h in held_out) / n, 4)},
    }  # fmt: skip


def cross_set_choice(
    sets: Mapping[str, LabelledEvents], features: Sequence[str], grid: Sequence[float],
    keep_recall: float, c: float | None = None,
) -> tuple[float, float, dict[str, Any]]:
    """(c, threshold, table) chosen on the held-out sets, never on a check half: ``c`` of
    ``grid`` with the lowest mean held-out Brier score unless given; the threshold, of
    those whose mean held-out recall keeps ``keep_recall`` of the recall of showing
    every event, the one with the best F0.5 of the mean precision and recall (ties to
    the lower). ``table``: the mean precision and recall at each threshold."""
    from frontlines.lab.story_cv import THRESHOLDS

    if c is None:
        brier = {k: cross_set_summary(cross_set(sets, features, k, 0.0))["mean"]["brier"]
                 for k in grid}  # fmt: skip
        c = min(grid, key=lambda k: (brier[k], k))
    table: dict[str, Any] = {}
    for threshold in THRESHOLDS:
        mean = cross_set_summary(cross_set(sets, features, c, threshold))["mean"]
        p, r = mean["p"], mean["r"]
        f05 = 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
        table[str(threshold)] = {"p": p, "r": r, "f05": round(f05, 4)}
    everything = table["0.0"]["r"]
    keeping = [t for t, at in table.items() if at["r"] >= keep_recall * everything]
    threshold = float(max(keeping, key=lambda t: (table[t]["f05"], -float(t))))
    return c, threshold, table
