"""Fit the realis model (``frontlines train realis``) on MEANTIME's tune half.

Each annotated event mention of a MEANTIME tune document (half by the document's name,
``lab/split.py``) is parsed by our own spaCy model, its trigger token found by offsets,
described by ``nlp.events.factuality.factuality_features`` and labelled realis or not
(``lab/meantime.py``). A regularised logistic regression is fitted, its strength chosen
by cross-validated Brier score with documents kept whole across folds. The check half
is then scored, for the learned model and for the hand rules of ``realis.py`` on the
same mentions, and both go into the model's ``about``.

Given the hand-coded news (``--news`` and ``--gold``), the least P(realis) the event
coder keeps is chosen on the news *tune* half, and with it whether the model replaces
the hand rules that read meaning (negation, modals, conditions, plans...) or sits on top
of them: the coder runs over the tune stories once each way with no threshold, and the
pair (way, threshold) with the best event F1 wins (ties: on top, then lower threshold).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontlines.lab.logistic_fit import fit_logistic
from frontlines.lab.meantime import FactualitySentence, load_factuality
from frontlines.lab.split import half_of
from frontlines.nlp.events.factuality import (
    LEARNED_REASONS,
    RealisModel,
    factuality_features,
)
from frontlines.nlp.events.realis import irrealis_reason, trigger_token

__all__ = ["C_GRID", "THRESHOLDS", "labelled_mentions", "train_realis"]

#: Regularisation strengths tried by cross-validation on the tune half.
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
#: Least P(realis) considered for the event coder.
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 15))

Row = tuple[dict[str, float], bool]


def labelled_mentions(
    sentences: list[FactualitySentence], model: str | None = None
) -> list[tuple[str, Row, str]]:
    """(document id, (features, realis), the hand rules' reason) for every mention whose
    trigger our tokenizer finds, parsed with the pipeline's spaCy model."""
    import spacy

    from frontlines.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(model or DEFAULT_MODEL)
    found: list[tuple[str, Row, str]] = []
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        for mention in sentence.mentions:
            trigger = trigger_token(doc[:], mention.start, mention.end)
            if trigger is None:
                continue
            found.append((sentence.doc_id, (factuality_features(trigger), mention.realis),
                          irrealis_reason(trigger)))  # fmt: skip
    return found


def train_realis(
    meantime: Path,
    c: float | None = None,
    news: tuple[Path, Path] | None = None,
    about: dict[str, Any] | None = None,
) -> RealisModel:
    """The model fitted on MEANTIME's tune half, scored on its check half; ``news``
    (stories folder, gold folder) also sets the coder's threshold and way on news tune."""
    from sklearn.model_selection import GroupKFold

    rows = labelled_mentions(load_factuality(meantime))
    tune = [(doc, row) for doc, row, _ in rows if half_of(doc) == "tune"]
    check = [(row, reason) for doc, row, reason in rows if half_of(doc) == "check"]
    groups = [doc for doc, _ in tune]
    folds = list(GroupKFold(5).split(groups, groups=groups))
    fitted = fit_logistic([row for _, row in tune], c, C_GRID, folds, "realis mentions")
    model = RealisModel(fitted.weights, {})
    info: dict[str, Any] = {
        "trained_on": "MEANTIME tune half (documents by name)", "mentions": len(tune),
        "realis": sum(fitted.y), "c": fitted.c,
        "check": check_scores(model, check), "threshold": 0.0, "replaces": [],
    }  # fmt: skip
    if news is not None:
        info |= news_choice(model, *news)
    return RealisModel(fitted.weights, info | (about or {}))


def check_scores(model: RealisModel, check: list[tuple[Row, str]]) -> dict[str, Any]:
    """Accuracy, AUC and Brier of the model on the check mentions, and the accuracy of
    the hand rules (realis when ``irrealis_reason`` gives none) on the same mentions."""
    from sklearn.metrics import brier_score_loss, roc_auc_score

    labels = [int(ok) for (_, ok), _ in check]
    p = [model.probability(features) for (features, _), _ in check]
    rules = [int(not reason) for _, reason in check]
    reasons: dict[str, list[int]] = {}
    for ((_, ok), reason) in check:
        if reason:
            key = "governed by" if reason.startswith("governed by") else reason
            reasons.setdefault(key, []).append(int(not ok))
    majority = max(sum(labels), len(labels) - sum(labels)) / len(labels)
    right = sum((q >= 0.5) == bool(y) for q, y in zip(p, labels, strict=True))
    return {
        "mentions": len(labels), "realis": sum(labels),
        "accuracy": round(right / len(labels), 4),
        "auc": round(float(roc_auc_score(labels, p)), 4),
        "brier": round(float(brier_score_loss(labels, p)), 4),
        "majority_accuracy": round(majority, 4),
        "rules_accuracy": round(sum(r == y for r, y in zip(rules, labels, strict=True))
                                / len(labels), 4),
        # each hand reason: how many check mentions it rules out, and how many of those
        # the annotators found not realis either (the rule's precision there)
        "rules_reasons": {k: {"n": len(v), "right": round(sum(v) / len(v), 3)}
                          for k, v in sorted(reasons.items())},
    }  # fmt: skip


def news_choice(model: RealisModel, data: Path, gold: Path) -> dict[str, Any]:
    """The way (on top of the hand rules, or replacing their readings of meaning) and the
    least P(realis) with the best event F1 on the news tune half."""
    from frontlines.lab.train_events import labelled_events

    best: tuple[tuple[float, int, float], int, float] | None = None
    at: dict[str, dict[str, dict[str, float]]] = {}
    for order, (way, replaces) in enumerate((("on_top", []), ("replace",
                                                              sorted(LEARNED_REASONS)))):
        trial = RealisModel(model.weights, {"threshold": 0.0, "replaces": replaces})
        rows, live = labelled_events(data, gold, "tune", realis=trial)
        at[way] = {}
        for threshold in THRESHOLDS:
            kept = [ok for f, ok in rows if f.get("realis_p", 1.0) >= threshold]
            tp = sum(kept)
            precision = tp / len(kept) if kept else 0.0
            recall = tp / live if live else 0.0
            f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
            at[way][str(threshold)] = {"p": round(precision, 4), "r": round(recall, 4),
                                       "f1": round(f1, 4)}  # fmt: skip
            key = (round(f1, 4), -order, -threshold)
            if best is None or key > best[0]:
                best = (key, order, threshold)
    assert best is not None
    replaces = sorted(LEARNED_REASONS) if best[1] == 1 else []
    return {"threshold": best[2], "replaces": replaces, "news_tune": at}
