"""The small logistic models behind every ``confidence``: weights by readable feature name,
stored as plain JSON in ``data/`` and refitted by ``frontlines train ...`` on tune halves.

One class, so events, claims and whatever comes next score, explain and serialise their
probabilities the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from frontlines.vocab.weights import NamedWeights

__all__ = ["LogisticModel"]


@dataclass(frozen=True)
class LogisticModel(NamedWeights):
    """Logistic weights by feature name; unknown features weigh nothing (``explain``
    gives each feature's part of the log-odds)."""

    def probability(self, features: dict[str, float]) -> float:
        z = self.weighted_sum(features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
