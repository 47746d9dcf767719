"""Fit the claim confidence model on the tune half of the hand-coded real stories.

Each claim the pipeline emits on a tune story is labelled by the news scorer (it matched
a gold claim, or it did not), described by ``nlp.claims.confidence.claim_features`` and
fed to a regularised logistic regression (scikit-learn, a development extra). The
weights are written as plain JSON the component reads without any ML library. Check-half
stories are never read here: ``frontlines eval news --split check`` then says whether the
probabilities hold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontlines.lab.logistic_fit import fit_logistic
from frontlines.lab.news import score_news
from frontlines.lab.news_gold import load_gold, load_stories
from frontlines.lab.split import select
from frontlines.model import Article, ProcessedArticle
from frontlines.nlp.claims.confidence import ClaimConfidence
from frontlines.nlp.pipeline import build_pipeline, doc_to_record, model_extractor, prepared_doc
from frontlines.vocab.actors import ActorDictionary

__all__ = ["C_GRID", "labelled_claim_features", "train_claim_confidence"]


def labelled_claim_features(
    data: Path, gold_dir: Path, split: str = "tune"
) -> list[tuple[dict[str, float], bool]]:
    """(features, matched a gold claim) for every claim of the ``split`` stories."""
    stories = load_stories(data)
    gold = load_gold(gold_dir)
    ids = select(sorted(gold.stories & stories.keys()), str, split)
    nlp = build_pipeline()
    ner = model_extractor(nlp)
    found: list[tuple[dict[str, float], bool]] = []
    for story_id in ids:
        story = stories[story_id]
        article = Article(id=story.id, text=story.text, published=story.published,
                          origin=story.id)  # fmt: skip
        doc = nlp(prepared_doc(nlp, article))
        processed: ProcessedArticle = doc_to_record(article, doc, ner)
        by_offsets = {(c.start, c.end, c.measure): f
                      for c, f in zip(doc._.claims, doc._.claim_features, strict=True)}  # fmt: skip
        score = score_news([story], [processed], gold, ActorDictionary.load())
        for claim, matched in score.labelled_claims:
            found.append((by_offsets[(claim.start, claim.end, claim.measure)], matched))
    return found


#: Regularisation strengths tried by cross-validation on the tune half.
C_GRID = (0.03, 0.1, 0.3, 1.0)


def train_claim_confidence(
    data: Path, gold_dir: Path, c: float | None = None, about: dict[str, Any] | None = None
) -> ClaimConfidence:
    """Logistic weights fitted on the tune half; ``c`` (inverse regularisation) by 3-fold
    cross-validation on the tune half's claims (lowest Brier score) unless given."""
    from sklearn.model_selection import StratifiedKFold

    rows = labelled_claim_features(data, gold_dir, "tune")
    labels = [ok for _, ok in rows]
    folds = StratifiedKFold(n_splits=max(2, min(3, labels.count(False), labels.count(True))),
                            shuffle=True, random_state=0)  # fmt: skip
    fitted = fit_logistic(rows, c, C_GRID, folds, "claims")
    info = {"trained_on": "tune half of the news gold", "claims": len(rows),
            "matched": sum(fitted.y), "c": fitted.c} | (about or {})  # fmt: skip
    return ClaimConfidence(fitted.weights, info)
