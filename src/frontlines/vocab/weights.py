"""Weights by readable feature name: the one shape every small linear model here takes.

The logistic models behind each ``confidence`` (``nlp.logistic``) and the place-reading
ranker (``resolve.place.ranker``) both weigh named features, explain a score as the
features' parts of it and store themselves as plain JSON in ``data/``; they share that
here and differ only in what they make of the weighted sum.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Self

__all__ = ["NamedWeights"]


@dataclass(frozen=True)
class NamedWeights:
    """Weights by feature name; a feature without a weight weighs nothing."""

    weights: dict[str, float]
    about: dict[str, object] = field(default_factory=dict)

    def weighted_sum(self, features: Mapping[str, float]) -> float:
        """Each feature's weight times its value, summed in the features' order from a list
        (a generator cost a third more; every event and claim is scored so)."""
        get = self.weights.get
        return sum([get(name, 0.0) * value for name, value in features.items()])

    def explain(self, features: Mapping[str, float]) -> list[tuple[str, float]]:
        """Each feature's part of the weighted sum, largest first ("why this score")."""
        parts = [(n, self.weights.get(n, 0.0) * v) for n, v in features.items() if v]
        return sorted(parts, key=lambda p: -abs(p[1]))

    def to_json(self) -> str:
        return json.dumps({"weights": self.weights, "about": self.about}, indent=1,
                          sort_keys=True)  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Weights from ``to_json``'s text; anything else is a ``ValueError`` saying so."""
        try:
            data = json.loads(text)
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            about = dict(data.get("about", {}))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not a {cls.__name__} file: {exc}") from exc
        return cls(weights, about)
