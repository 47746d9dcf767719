"""The small logistic models behind every ``confidence``: weights by readable feature name,
stored as plain JSON in ``data/`` and refitted by ``frontlines train ...`` on tune halves.

One class, so events, claims and whatever comes next score, explain and serialise their
probabilities the same way.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Self

__all__ = ["LogisticModel"]


@dataclass(frozen=True)
class LogisticModel:
    """Logistic weights by feature name; unknown features weigh nothing."""

    weights: dict[str, float]
    about: dict[str, object] = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def explain(self, features: dict[str, float]) -> list[tuple[str, float]]:
        """Each feature's contribution to the log-odds, largest first."""
        parts = [(n, self.weights.get(n, 0.0) * v) for n, v in features.items() if v]
        return sorted(parts, key=lambda p: -abs(p[1]))

    def to_json(self) -> str:
        return json.dumps({"weights": self.weights, "about": self.about}, indent=1,
                          sort_keys=True)  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> Self:
        """A model from ``to_json``'s text; anything else is a ``ValueError`` saying so."""
        try:
            data = json.loads(text)
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            about = dict(data.get("about", {}))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not a {cls.__name__} file: {exc}") from exc
        return cls(weights, about)
