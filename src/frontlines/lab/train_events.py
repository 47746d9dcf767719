"""Fit the event confidence model on the tune half of the hand-coded real stories.

Each event our coder emits on a tune story is labelled by the news scorer (it matched
a gold event, or it did not; events matching background gold are left out, as the
scorer leaves them out), described by ``nlp.events.confidence.event_features`` and fed
to a regularised logistic regression (scikit-learn, a development extra). The weights
are written as plain JSON the component reads without any ML library. Check-half
stories are never read here: ``frontlines eval news --split check`` then says whether
the probabilities hold (Brier score, calibration error, precision at each threshold).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from frontlines.lab.logistic_fit import fit_logistic
from frontlines.lab.news import score_news
from frontlines.lab.news_gold import load_gold, load_stories
from frontlines.lab.split import select
from frontlines.model import Article, ProcessedArticle
from frontlines.nlp.events.component import EventCoder
from frontlines.nlp.events.confidence import ConfidenceModel
from frontlines.nlp.events.factuality import RealisModel
from frontlines.nlp.pipeline import build_pipeline, doc_to_record, model_extractor, prepared_doc
from frontlines.vocab.actors import ActorDictionary

__all__ = ["labelled_features", "train_event_confidence"]


def labelled_features(
    data: Path, gold_dir: Path, split: str = "tune"
) -> list[tuple[dict[str, float], bool]]:
    """(features, matched a gold event) for every scored event of the ``split`` stories."""
    return labelled_events(data, gold_dir, split)[0]


def labelled_events(
    data: Path, gold_dir: Path, split: str = "tune", realis: RealisModel | None = None
) -> tuple[list[tuple[dict[str, float], bool]], int]:
    """``labelled_features`` and how many live (non-background) gold events there are:
    what recall at a threshold is measured against. ``realis`` replaces the bundled
    realis model (``train realis`` choosing its threshold)."""
    stories = load_stories(data)
    gold = load_gold(gold_dir)
    ids = select(sorted(gold.stories & stories.keys()), str, split)
    nlp = build_pipeline()
    if realis is not None:
        cast(EventCoder, nlp.get_pipe("frontlines_events")).realis = realis
    ner = model_extractor(nlp)
    found: list[tuple[dict[str, float], bool]] = []
    live = 0
    for story_id in ids:
        story = stories[story_id]
        article = Article(id=story.id, text=story.text, published=story.published,
                          origin=story.id)  # fmt: skip
        doc = nlp(prepared_doc(nlp, article))
        processed: ProcessedArticle = doc_to_record(article, doc, ner)
        features = {id(e): f for e, f in zip(doc._.events, doc._.event_features, strict=True)}
        score = score_news([story], [processed], gold, ActorDictionary.load())
        by_offsets = {(e.start, e.end, e.type): features[id(e)] for e in doc._.events}
        for event, matched in score.labelled:
            found.append((by_offsets[(event.start, event.end, event.type)], matched))
        live += score.events.tp + score.events.fn
    return found, live


#: Regularisation strengths tried by cross-validation on the tune half.
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)


def train_event_confidence(
    data: Path, gold_dir: Path, c: float | None = None, about: dict[str, Any] | None = None
) -> ConfidenceModel:
    """Logistic weights fitted on the tune half. ``c`` (inverse regularisation) is picked
    by 5-fold cross-validation on the tune half's events (lowest Brier score) unless
    given: a few hundred events overfit easily, and the check half must not choose it."""
    rows, live = labelled_events(data, gold_dir, "tune")
    fitted = fit_logistic(rows, c, C_GRID, 5, "events")
    threshold, at = chosen_threshold(fitted.x, fitted.y, fitted.c, live)
    info = {"trained_on": "tune half of the news gold", "events": len(rows),
            "matched": sum(fitted.y), "live_gold": live, "c": fitted.c, "threshold": threshold,
            "out_of_fold": at} | (about or {})  # fmt: skip
    return ConfidenceModel(fitted.weights, info)


#: Thresholds considered for the default least confidence shown.
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 13))


def chosen_threshold(x: Any, y: list[int], c: float, live: int,
                     repeats: int = 10) -> tuple[float, dict[str, dict[str, float]]]:
    """The least confidence that shows the best news events: the threshold with the best
    F1 over the tune half's events (precision of what is kept, recall over every live
    gold event), each event scored by a model that did not see it (5-fold predictions,
    averaged over ``repeats`` shufflings). Ties go to the lower threshold."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    labels = np.array(y)
    runs = [
        cross_val_predict(LogisticRegression(C=c, max_iter=2000), x, labels,
                          cv=StratifiedKFold(5, shuffle=True, random_state=seed),
                          method="predict_proba")[:, 1]
        for seed in range(repeats)
    ]  # fmt: skip
    probability = np.mean(runs, axis=0)
    at: dict[str, dict[str, float]] = {}
    best = (-1.0, 0.0)
    for threshold in THRESHOLDS:
        kept = probability >= threshold
        tp = int(labels[kept].sum())
        p = tp / int(kept.sum()) if kept.any() else 0.0
        r = tp / live if live else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        at[str(threshold)] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}
        if f1 > best[0] + 1e-9:
            best = (f1, threshold)
    return best[1], at
