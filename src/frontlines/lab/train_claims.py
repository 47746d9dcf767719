"""Fit the claim confidence model on the tune halves of the hand-coded real stories.

Each claim the pipeline emits on a tune story is labelled by the news scorer (it matched
a gold claim, or it did not), described by ``nlp.claims.confidence.claim_features`` and
fed to a regularised logistic regression (scikit-learn, a development extra). The
weights are written as plain JSON the component reads without any ML library. Every
choice (features, regularisation, the default least confidence) is made on out-of-fold
scores where whole stories are held out (``lab.story_cv``, as for events): claims of one
story share its numbers' habits, and folds that split a story promise what unseen news
does not keep. Check-half stories are never read here: ``frontlines eval news --split
check`` then says whether the probabilities hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frontlines.lab.logistic_fit import fit_logistic
from frontlines.lab.news import score_news
from frontlines.lab.news_gold import load_gold, load_stories
from frontlines.lab.split import select
from frontlines.lab.story_cv import chosen_fold, keep_features
from frontlines.lab.train_events import chosen_threshold, read_story
from frontlines.nlp.claims.confidence import ClaimConfidence
from frontlines.nlp.pipeline import build_pipeline, model_extractor
from frontlines.vocab.actors import ActorDictionary

__all__ = ["C_GRID", "FEATURES", "LabelledClaims", "labelled_claim_features",
           "labelled_claim_stories", "train_claim_confidence"]  # fmt: skip


@dataclass(frozen=True)
class LabelledClaims:
    """Every claim of a half: features and label, the story it came from (the
    cross-validation fold), and how many gold claims recall is measured over."""

    rows: list[tuple[dict[str, float], bool]]
    groups: list[str]
    gold: int

    def __add__(self, other: LabelledClaims) -> LabelledClaims:
        return LabelledClaims(self.rows + other.rows, self.groups + other.groups,
                              self.gold + other.gold)  # fmt: skip


def labelled_claim_features(
    data: Path, gold_dir: Path, split: str = "tune"
) -> list[tuple[dict[str, float], bool]]:
    """(features, matched a gold claim) for every claim of the ``split`` stories."""
    return labelled_claim_stories(data, gold_dir, split).rows


def labelled_claim_stories(data: Path, gold_dir: Path, split: str = "tune") -> LabelledClaims:
    """``labelled_claim_features`` with each claim's story id (prefixed by the gold
    folder, so stories of two sets never share a fold by name) and the gold count."""
    stories = load_stories(data)
    gold = load_gold(gold_dir)
    ids = select(sorted(gold.stories & stories.keys()), str, split)
    nlp = build_pipeline()
    ner = model_extractor(nlp)
    actors = ActorDictionary.load()
    found: list[tuple[dict[str, float], bool]] = []
    groups: list[str] = []
    counted = 0
    for story_id in ids:
        story = stories[story_id]
        doc, processed = read_story(nlp, ner, story)
        by_offsets = {(c.start, c.end, c.measure): f
                      for c, f in zip(doc._.claims, doc._.claim_features, strict=True)}  # fmt: skip
        score = score_news([story], [processed], gold, actors)
        for claim, matched in score.labelled_claims:
            found.append((by_offsets[(claim.start, claim.end, claim.measure)], matched))
            groups.append(f"{gold_dir.name}/{story_id}")
        counted += score.claims.tp + score.claims.fn
    return LabelledClaims(found, groups, counted)


#: Regularisation strengths tried by cross-validation on the tune halves.
C_GRID = (0.1, 0.3, 1.0, 3.0)

#: The features the confidence weighs (``story_cv.keep_features`` names), chosen by
#: five-fold leave-stories-out cross-validation on the tune halves of the four news sets
#: (README, "Claims"): the claim's own features and the story's conflict-beat density
#: (out-of-fold AUC over held-out stories 0.65 without it, 0.71 with it). Where the number
#: stands (the lead), ranges, year-like values and the number's size were tried and
#: added nothing.
FEATURES = ("how=", "group=", "attributed", "subject_actor", "vague", "one", "modal",
            "no_finite_verb", "quoted", "own_date", "beat_density")  # fmt: skip


def train_claim_confidence(
    data: Path, gold_dir: Path, c: float | None = None, about: dict[str, Any] | None = None,
    more: Sequence[tuple[Path, Path]] = (),
) -> ClaimConfidence:
    """Logistic weights over ``FEATURES`` fitted on the tune halves of ``data`` and of
    ``more`` (other (stories, gold) pairs: news of other years and outlets teach what
    holds across them). ``c`` (lowest out-of-fold Brier score unless given) is chosen
    out of fold, and so is ``threshold`` (``train_events.chosen_threshold``: the best
    F0.5 keeping 95 % of the recall of showing every claim), the settings' default
    ``min_claim_confidence``. The check half is never read."""
    labelled = labelled_claim_stories(data, gold_dir, "tune")
    for other_data, other_gold in more:
        labelled = labelled + labelled_claim_stories(other_data, other_gold, "tune")
    return fit_claim_confidence(labelled, c, about, [str(gold_dir), *(str(g) for _, g in more)])


def fit_claim_confidence(
    labelled: LabelledClaims, c: float | None = None, about: dict[str, Any] | None = None,
    sets: Sequence[str] = (), features: Sequence[str] = FEATURES,
) -> ClaimConfidence:
    """``train_claim_confidence`` on claims already labelled."""
    from sklearn.feature_extraction import DictVectorizer

    rows = [(keep_features(f, features), ok) for f, ok in labelled.rows]
    y = [int(ok) for _, ok in rows]
    if len(set(y)) < 2:
        raise ValueError("training needs both matched and unmatched claims on the tune halves")
    if len(set(labelled.groups)) < 2:
        raise ValueError("training needs claims of at least two tune stories (whole stories "
                         "are held out to choose the regularisation and the threshold)")
    x = DictVectorizer(sparse=False).fit_transform([f for f, _ in rows])
    chosen = chosen_fold(x, y, labelled.groups, labelled.gold, c, C_GRID)
    fitted = fit_logistic(rows, chosen.c, C_GRID, 5, "claims")
    info = {"trained_on": "tune halves of the news gold", "gold": list(sets), "claims": len(rows),
            "matched": sum(y), "gold_claims": labelled.gold,
            "stories": len(set(labelled.groups)), "features": list(features),
            "threshold": chosen_threshold(chosen),
            "out_of_fold": chosen.summary(),
            "folds": "5 folds of whole stories, 10 shufflings"} | (about or {})  # fmt: skip
    return ClaimConfidence(fitted.weights, info)
