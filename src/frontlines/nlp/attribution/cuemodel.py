"""A small logistic model that decides which words are attribution cues.

Why a model: whether "think", "call" or "show" reports someone's words depends
on the neighbourhood (PolNeAR annotators mark 85 % of "say" but 14 % of
"think"), and a hand list either misses the long tail ("decried",
"railed against", "is expected") or fires on every "I think" inside a quote.
The weights are plain feature names with numbers (``data/attribution_cues.json``,
written by ``frontlines train attribution``), so a user can read why a word
scored as it did (:meth:`CueModel.explain`) and no ML library is needed at
run time. Only words whose lemma was a cue in training (or is in our lexicon)
are scored, which keeps the component cheap.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from frontlines.nlp.attribution.features import Quoting, cue_features, is_candidate
from frontlines.vocab.files import DataFileError, read_data_text

__all__ = [
    "CueModel",
    "MODEL_FILE",
    "default_cue_model",
    "join_key",
    "load_cue_model",
    "logistic",
]

MODEL_FILE = "attribution_cues.json"


def logistic(weights: dict[str, float], features: Iterable[str]) -> float:
    """The probability a logistic model with these weights gives these features."""
    total = sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def join_key(lemma: str, dep: str, word: str) -> str:
    """'call|prep|for': a cue's lemma, the next word's relation and (for small words) it."""
    return f"{lemma}|{dep}|{word if dep in {'prep', 'prt', 'advmod', 'agent'} else ''}"


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    lemmas: frozenset[str]
    threshold: float = 0.5
    lexicon: frozenset[str] = frozenset()
    about: dict[str, object] = field(default_factory=dict)
    joins: dict[str, float] = field(default_factory=dict)

    def wants(self, token: Token) -> bool:
        """Is this word worth scoring at all?"""
        return is_candidate(token) and token.lemma_.lower() in self.lemmas

    def probability(self, token: Token, quotes: Quoting) -> float:
        return logistic(self.weights, cue_features(token, quotes, self.lexicon))

    def explain(self, token: Token, quotes: Quoting) -> list[tuple[str, float]]:
        """The features that fired for this word with their weights, largest first."""
        fired = cue_features(token, quotes, self.lexicon)
        return sorted(((f, self.weights.get(f, 0.0)) for f in fired), key=lambda p: -abs(p[1]))

    def joins_next(self, lemma: str, dep: str, word: str) -> bool | None:
        """Do annotators extend a cue with this lemma over a next word with this relation?
        None when training never saw enough of either the pair or the relation."""
        rate = self.joins.get(join_key(lemma, dep, word), self.joins.get(join_key("*", dep, word)))
        return None if rate is None else rate >= 0.5

    def to_json(self) -> str:
        return json.dumps(
            {
                "about": self.about,
                "threshold": self.threshold,
                "lemmas": sorted(self.lemmas),
                "lexicon": sorted(self.lexicon),
                "joins": dict(sorted(self.joins.items())),
                "weights": dict(sorted(self.weights.items())),
            },
            indent=0,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> CueModel:
        raw = json.loads(text)
        return cls(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            lemmas=frozenset(raw["lemmas"]),
            threshold=float(raw["threshold"]),
            lexicon=frozenset(raw.get("lexicon", [])),
            about=dict(raw.get("about", {})),
            joins={str(k): float(v) for k, v in raw.get("joins", {}).items()},
        )


@lru_cache(maxsize=1)
def default_cue_model() -> CueModel:
    try:
        return CueModel.from_json(read_data_text(MODEL_FILE))
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileError(f"frontlines/data/{MODEL_FILE}: not a cue model ({exc})") from exc


def load_cue_model(path: Path) -> CueModel:
    try:
        return CueModel.from_json(path.read_text("utf-8"))
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"{path}: not a cue model ({exc})") from exc
