"""How likely a coded event is one a careful coder would code as we did.

A small logistic model over readable features of the event and its trigger (is the
trigger a verb, is the event placed and dated by its own sentence, are its actors named
or in the dictionary, how strong was the lexicon match, which ACLED type). The weights
are plain JSON (``data/event_confidence.json``), fitted with ``frontlines train events``
on the *tune* half of the hand-coded real stories only, so the check half measures how
well the probabilities hold (``frontlines eval news`` reports calibration).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from frontlines.model import Event
from frontlines.vocab.events import EventMatch
from frontlines.vocab.files import read_data_text

__all__ = ["MODEL_FILE", "ConfidenceModel", "event_features", "load_confidence_model"]

MODEL_FILE = "event_confidence.json"


def event_features(event: Event, trigger: Token | None, match: EventMatch) -> dict[str, float]:
    """The features the model weighs, by readable name (``explain`` lists them)."""
    own_place = event.place is not None and event.start <= event.place.start < event.end
    features = {
        "bias": 1.0,
        "score": min(match.score, 6.0) / 6.0,
        "cues>1": float(len(match.cues) > 1),
        "trigger=verb": float(trigger is not None and trigger.pos_ in {"VERB", "AUX"}),
        "trigger=root": float(trigger is not None and trigger.dep_ == "ROOT"),
        "trigger=subject": float(trigger is not None and trigger.dep_ in {"nsubj", "nsubjpass"}),
        "trigger=object": float(trigger is not None and trigger.dep_ in {"dobj", "pobj"}),
        "own_place": float(own_place),
        "town": float(event.place is not None and event.place.acled_precision == 1),
        "dated_in_text": float(event.date_source == "text"),
        "actor1": float(event.actor1 is not None),
        "actor1_known": float(event.actor1 is not None and event.actor1.actor is not None),
        "actor2": float(event.actor2 is not None),
        "fatalities": float(event.fatalities is not None),
        "quoted": float('"' in event.text or "\u201c" in event.text),
        f"type={event.acled_event}": 1.0,
    }
    return features


@dataclass(frozen=True)
class ConfidenceModel:
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
    def from_json(cls, text: str) -> ConfidenceModel:
        data = json.loads(text)
        return cls({str(k): float(v) for k, v in data["weights"].items()},
                   dict(data.get("about", {})))  # fmt: skip


@cache
def _bundled() -> ConfidenceModel:
    return ConfidenceModel.from_json(read_data_text(MODEL_FILE))


def load_confidence_model(path: Path | None = None) -> ConfidenceModel:
    """The bundled model, or one written by ``frontlines train events --out``."""
    if path is None:
        return _bundled()
    return ConfidenceModel.from_json(path.read_text("utf-8"))
