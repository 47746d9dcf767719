"""Leave one corpus out: how the event confidence carries to news it never saw (issue 19).

Story folds (``confidence_oof``) hold out stories, but the stories left in training come
from the same corpora: the same outlets, years, wars and coders. A feature that only
describes one corpus's tune half (its base rate, its house style, its typical false
events) then looks useful out of fold and fails on new text: the shipped model scored
coded P/R .846/.635 out of fold at 0.3, and .33-.76 precision on the check halves. Here
each *corpus* is held out in turn: the coded tune half of a set and the judged events
read from the same corpus's stories (``judgedA/judged/polnear/...`` beside
``polnear/...``) form one held-out block, scored by a model fitted on every other
corpus. The judged-only corpora (GeoVirus, MEANTIME) are blocks of their own.

The numbers reported per held-out corpus and pooled: AUC, precision and recall at a
threshold (with the off-beat cap the coder applies), and right minus false events (each
right event shown counts +1, each false one -1: the sum ``pooled_threshold`` maximises).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from frontlines.lab.confidence_oof import Candidate, Pooled, candidate_oof, pooled_threshold
from frontlines.lab.confidence_oof import scores_at as _scores_at
from frontlines.lab.cross_set import scored_at
from frontlines.lab.story_cv import THRESHOLDS, LabelledEvents, corpus_of

__all__ = ["CorpusChoice", "corpus_choice", "corpus_folds", "corpus_of", "corpus_oof",
           "corpus_report", "live_by_corpus", "report_lines"]


def corpus_folds(groups: Sequence[str], k: int = 0, seed: int = 0) -> list[tuple[Any, Any]]:
    """(train, test) index arrays, one pair per corpus (``corpus_of``), the corpus's events
    the test. ``k`` and ``seed`` are ignored: the folds are the corpora, dealt in name
    order (the signature of ``story_folds``, so ``candidate_oof`` takes either)."""
    import numpy as np

    corpora = np.array([corpus_of(g) for g in groups])
    index = np.arange(len(groups))
    return [(index[corpora != name], index[corpora == name]) for name in sorted(set(corpora))]


def corpus_oof(pool: Pooled, candidate: Candidate, cache: dict[Any, Any] | None = None) -> Any:
    """Each event's probability from a model fitted on every other corpus's events (of the
    sets ``candidate.trains``). One pass: the folds are fixed, and the stacked sub-models'
    inner story folds are seeded."""
    return candidate_oof(pool, candidate, 1, corpus_folds, cache)


def live_by_corpus(per_set: Mapping[str, LabelledEvents]) -> dict[str, int]:
    """Live gold events of each coded set (what its recall is over), by corpus name."""
    return {name: s.live for name, s in per_set.items() if not name.startswith("judged")}


def _part(p: Sequence[float], y: Sequence[int], off: Sequence[bool], over: int,
          threshold: float) -> dict[str, Any]:  # fmt: skip
    from sklearn.metrics import roc_auc_score

    kept, right = scored_at(p, y, off, threshold)
    return {"events": len(y), "true": sum(y),
            "auc": round(float(roc_auc_score(y, p)), 4) if len(set(y)) > 1 else None,
            "kept": kept, "tp": right, "p": round(right / kept, 4) if kept else 0.0,
            "r": round(right / over, 4) if over else 0.0,
            "right_minus_false": 2 * right - kept}  # fmt: skip


def corpus_report(pool: Pooled, probability: Sequence[float], threshold: float,
                  live: Mapping[str, int]) -> dict[str, Any]:  # fmt: skip
    """Held-out numbers at ``threshold``: by corpus (coded and judged events apart; coded
    recall over the corpus's live gold, judged recall over the true events found), pooled
    (AUC and Brier over every held-out probability, P/R as ``scores_at`` counts them), the
    mean AUC over corpora (each corpus counts once; a corpus with one class has none) and
    the right minus false events in all."""
    by: dict[str, dict[str, Any]] = {}
    corpora = [corpus_of(g) for g in pool.groups]
    for name in sorted(set(corpora)):
        for part, judged in (("coded", False), ("judged", True)):
            mine = [i for i, c in enumerate(corpora)
                    if c == name and pool.judged(pool.sets[i]) == judged]  # fmt: skip
            if not mine:
                continue
            y = [int(pool.rows[i][1]) for i in mine]
            over = sum(y) if judged else live.get(name, sum(y))
            by.setdefault(name, {})[part] = _part(
                [float(probability[i]) for i in mine], y,
                [bool(pool.rows[i][0].get("off_beat", 0.0)) for i in mine], over, threshold)
    scores = _scores_at(pool, probability, (threshold,))
    overall = {part: {k: v for k, v in s.items() if k != "at"} | s["at"][str(threshold)]
               for part, s in scores.items()}  # fmt: skip
    for part in overall.values():
        part["right_minus_false"] = 2 * part["tp"] - part["kept"]
    aucs = [p["auc"] for c in by.values() for p in c.values() if p["auc"] is not None]
    return {"threshold": threshold, "corpora": by, "pooled": overall,
            "mean_auc": round(sum(aucs) / len(aucs), 4) if aucs else None,
            "right_minus_false": sum(p["right_minus_false"] for p in overall.values())}


@dataclass(frozen=True)
class CorpusChoice:
    """``c`` and the threshold chosen on held-out corpora, and the numbers behind them."""

    c: float
    threshold: float
    brier_by_c: dict[str, float]
    probability: Any  # each event's held-out probability at ``c``
    scores: dict[str, Any]  # ``scores_at`` of those probabilities at every threshold


def corpus_choice(pool: Pooled, features: Sequence[str], trains: frozenset[str],
                  weighting: str, grid: Sequence[float]) -> CorpusChoice:  # fmt: skip
    """``c`` of ``grid`` with the lowest mean of the coded and judged Brier scores over
    held-out corpora, and the threshold with the most right minus false held-out events
    (``pooled_threshold``): a threshold that pays only inside the corpora the model saw
    is not chosen."""
    cache: dict[Any, Any] = {}
    scored = {}
    for c in grid:
        probability = corpus_oof(pool, Candidate(f"c{c}", tuple(features), trains, weighting, c),
                                 cache)  # fmt: skip
        scored[c] = (probability, _scores_at(pool, probability, THRESHOLDS))
    brier = {c: sum(p["brier"] for p in s.values()) / len(s) for c, (_, s) in scored.items()}
    c = min(grid, key=lambda k: (round(brier[k], 4), k))
    probability, scores = scored[c]
    return CorpusChoice(c, pooled_threshold(scores), {str(k): round(v, 4) for k, v in
                                                       brier.items()}, probability, scores)


def report_lines(report: dict[str, Any], story_folds: dict[str, Any] | None = None
                 ) -> list[str]:  # fmt: skip
    """``corpus_report`` (with ``threshold_held_out``, as ``train_events.held_out_corpora``
    gives it) as lines to print, and beside it the story folds' numbers at the same
    threshold (a ``PooledChoice.summary``): the two yardsticks side by side."""
    def part(name: str, s: dict[str, Any] | None) -> str:
        if not s:
            return ""
        auc = "  -  " if s.get("auc") is None else f"{s['auc']:.3f}"
        rmf = s.get("right_minus_false", 2 * s["tp"] - s["kept"])
        return (f"  {name} AUC {auc} P/R {s['p']:.3f}/{s['r']:.3f} "
                f"kept {s['kept']} right-false {rmf:+d}")

    t = report["threshold"]
    lines = [f"held out by corpus (c {report.get('c')}, threshold {t}; the held-out numbers "
             f"would choose {report.get('threshold_held_out')}):"]
    for name, c in report["corpora"].items():
        lines.append(f"  {name:10s}" + part("coded", c.get("coded")) + part("judged",
                                                                           c.get("judged")))
    lines.append(f"  {'pooled':10s}" + part("coded", report["pooled"].get("coded"))
                 + part("judged", report["pooled"].get("judged"))
                 + f"  right-false {report['right_minus_false']:+d}, mean AUC over corpora "
                 f"{report['mean_auc']}")
    if story_folds is not None:
        at = story_folds.get("at", {}).get(str(t), {})
        row = f"  {'story folds':10s}"
        for kind in ("coded", "judged"):
            s = at.get(kind)
            if s:
                row += part(kind, s | {"auc": story_folds.get(kind, {}).get("auc")})
        total = sum(2 * s["tp"] - s["kept"] for s in at.values() if s)
        lines.append(row + f"  right-false {total:+d}")
    return lines
