"""Fit the place-reading ranker (``frontlines train places``) on labelled toponyms.

Why a conditional logit: each gold toponym is one choice among its gazetteer readings,
and the resolver already turns scores into beliefs with a softmax, so fitting the
softmax over each name's readings gives coefficients on the scale the article's vote
expects. The data are the *tune* halves of LGL / TR-News (the reading with the gold
GeoNames id is right) and GeoVirus (no ids: every reading within 161 km of the gold
point is right, and the likelihood is of picking one of them). The readings' features
depend on the article's other readings, which depend on the coefficients, so the fit
runs in rounds: features from the hand weights, a fit, features from that fit, a refit.
The L2 strength is chosen by cross-validation over articles inside the tune halves; the
check halves are only measured, for the report.
"""

from __future__ import annotations

import hashlib
import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from frontlines.lab.geo import ACCURACY_KM, GeoDocument, evaluate_gold_spans, load_geo
from frontlines.lab.split import select
from frontlines.resolve.place import Gazetteer, Toponym, ToponymResolver
from frontlines.resolve.place.ranker import PlaceRanker
from frontlines.resolve.place.resolver import ResolverWeights
from frontlines.vocab.geometry import haversine_km

__all__ = ["Choice", "L2_GRID", "choices", "fit_ranker", "train_places"]

#: L2 strengths tried by cross-validation (times the number of choices' mean loss).
L2_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3)
_FOLDS = 5


@dataclass(frozen=True)
class Choice:
    """One gold toponym's readings: their features and which of them are right."""

    doc_id: str
    features: tuple[dict[str, float], ...]
    right: tuple[bool, ...]


def choices(docs: Sequence[GeoDocument], resolver: ToponymResolver) -> list[Choice]:
    """Every resolvable gold toponym with two or more readings, one of them right."""
    found = []
    for doc in docs:
        names = [Toponym(t.phrase, t.start, t.end) for t in doc.toponyms]
        keys, candidates, features = resolver.ranked_readings(names, doc.text)
        for gold, key in zip(doc.toponyms, keys, strict=True):
            readings = candidates[key]
            if not gold.resolvable or len(readings) < 2:
                continue
            if gold.geonames_id is not None:
                right = tuple(c.place.geonames_id == gold.geonames_id for c in readings)
            else:
                assert gold.lat is not None and gold.lon is not None
                right = tuple(
                    c.place.lat is not None and c.place.lon is not None
                    and haversine_km(gold.lat, gold.lon, c.place.lat, c.place.lon) <= ACCURACY_KM
                    for c in readings
                )  # fmt: skip
            if any(right) and not all(right):
                found.append(Choice(doc.doc_id, tuple(features[key]), right))
    return found


@dataclass(frozen=True)
class _Design:
    x: NDArray[np.float64]  # readings x features
    right: NDArray[np.bool_]
    group: NDArray[np.int64]  # each reading's choice
    n: int  # choices


def _design(rows: Sequence[Choice], names: Sequence[str]) -> _Design:
    index = {n: i for i, n in enumerate(names)}
    total = sum(len(c.features) for c in rows)
    x = np.zeros((total, len(names)))
    right = np.zeros(total, dtype=bool)
    group = np.zeros(total, dtype=np.int64)
    r = 0
    for g, choice in enumerate(rows):
        for feats, ok in zip(choice.features, choice.right, strict=True):
            for name, value in feats.items():
                if name in index:
                    x[r, index[name]] = value
            right[r], group[r] = ok, g
            r += 1
    return _Design(x, right, group, len(rows))


def _loss(
    w: NDArray[np.float64], d: _Design, l2: float, prior: NDArray[np.float64]
) -> tuple[float, NDArray[np.float64]]:
    """Mean negative log-likelihood of picking a right reading, plus ``l2 / 2`` times the
    squared distance from the ``prior`` coefficients."""
    s = d.x @ w
    top = np.full(d.n, -np.inf)
    np.maximum.at(top, d.group, s)
    e = np.exp(s - top[d.group])
    z = np.bincount(d.group, e, d.n)
    zr = np.bincount(d.group, e * d.right, d.n)
    loss = float(np.mean(np.log(z) - np.log(zr))) + 0.5 * l2 * float((w - prior) @ (w - prior))
    p_all = e / z[d.group]
    p_right = np.where(d.right, e / zr[d.group], 0.0)
    grad = d.x.T @ (p_all - p_right) / d.n + l2 * (w - prior)
    return loss, grad


def fit_ranker(
    rows: Sequence[Choice], l2: float, names: Sequence[str], prior: dict[str, float]
) -> dict[str, float]:
    """The coefficients (by feature name) that minimise ``_loss`` on ``rows``, pulled
    towards ``prior`` (the hand weights: with a large ``l2`` the fit keeps them)."""
    from scipy.optimize import minimize

    d = _design(rows, names)
    w0 = np.array([prior.get(n, 0.0) for n in names])
    result = minimize(_loss, w0, args=(d, l2, w0), jac=True, method="L-BFGS-B",
                      options={"maxiter": 2000})  # fmt: skip
    return {n: round(float(v), 4) for n, v in zip(names, result.x, strict=True)}


def _hits(rows: Sequence[Choice], weights: dict[str, float]) -> float:
    """The share of choices whose best-scored reading is a right one."""
    ranker = PlaceRanker(weights)
    hit = 0
    for c in rows:
        scores = [ranker.score(f) for f in c.features]
        hit += c.right[max(range(len(scores)), key=scores.__getitem__)]
    return hit / len(rows) if rows else 0.0


def _read(path: Path) -> list[GeoDocument]:
    """A gold set's articles; a file that is no geo XML is a ``ValueError`` naming it."""
    try:
        return list(load_geo(path))
    except ET.ParseError as exc:
        raise ValueError(f"{path}: cannot read as geo XML: {exc}") from exc


def _fold(doc_id: str) -> int:
    return hashlib.sha256(f"fold:{doc_id}".encode()).digest()[0] % _FOLDS


def _cross_validated(
    rows: Sequence[Choice], names: Sequence[str], prior: dict[str, float]
) -> dict[float, float]:
    """Each L2 strength's share of held-out choices ranked right, folds by article."""
    score = {}
    for l2 in L2_GRID:
        hit = 0.0
        for k in range(_FOLDS):
            train = [c for c in rows if _fold(c.doc_id) != k]
            held = [c for c in rows if _fold(c.doc_id) == k]
            hit += _hits(held, fit_ranker(train, l2, names, prior)) * len(held)
        score[l2] = round(hit / len(rows), 4)
    return score


def train_places(
    sets: Sequence[Path], l2: float | None = None, rounds: int = 2
) -> tuple[PlaceRanker, dict[str, Any]]:
    """Fit on the tune halves of ``sets``; report gold-span numbers on both halves of each
    set with the hand weights and with the fit."""
    gazetteer = Gazetteer()
    halves = {
        (path.name, half): select(docs, lambda d: d.doc_id, half)
        for path in sets
        for docs in [_read(path)]
        for half in ("tune", "check")
    }
    tune = [d for (_, half), docs in halves.items() if half == "tune" for d in docs]
    hand = ToponymResolver(gazetteer, ResolverWeights())
    prior = hand.ranker.weights
    resolver = hand
    cv: dict[float, float] = {}
    weights: dict[str, float] = {}
    chosen = l2
    for _ in range(rounds):
        rows = choices(tune, resolver)
        if not rows:
            raise ValueError("no gold toponym of the tune halves has a right and a wrong reading")
        names = sorted({n for c in rows for f in c.features for n in f})
        if l2 is None:
            cv = _cross_validated(rows, names, prior)
            chosen = max(cv, key=lambda k: (cv[k], k))
        assert chosen is not None
        weights = fit_ranker(rows, chosen, names, prior)
        resolver = ToponymResolver(gazetteer, ResolverWeights(), PlaceRanker(weights))
    report: dict[str, Any] = {"l2": chosen, "cv_top1": {str(k): v for k, v in cv.items()},
                              "hand_top1": round(_hits(rows, prior), 4), "choices": len(rows)}
    for (name, half), docs in halves.items():
        report[f"{name} {half}"] = {
            who: {k: m[k] for k in ("exact_match", "acc_161km")}
            for who, r in (("hand", hand), ("fitted", resolver))
            for m in [evaluate_gold_spans(docs, r)]
        }
    about = {"fit": "conditional logit over each toponym's readings",
             "data": [f"{p.name} tune" for p in sets], "choices": len(rows), "l2": chosen,
             "rounds": rounds}  # fmt: skip
    kept = {k: v for k, v in weights.items() if not math.isclose(v, 0.0)}
    return PlaceRanker(kept, about), report
