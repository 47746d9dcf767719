"""Quantity extraction scored on NewsQuant, the way CQE's evaluation does it.

Each sentence's predicted quantities are matched one-to-one with the gold
ones on value (ranges as pairs of endpoints, compared with a relative
tolerance of 1e-5; the order of the endpoints does not matter). Among the
predictions with the right value, one with the right normalised unit and
change is preferred. Three P/R/F1 figures follow:
``value``, ``value_unit`` (normalised unit also equal, case-folded) and
``value_change`` (change symbol also equal).

CQE's unit sentences (``CQE-units-*.json``: ``{text, unit, surface_form}``, one
ambiguous unit each: "F" fahrenheit or farad, "pounds" money or mass) are
scored by ``unit.accuracy``: the share of sentences where one of our
quantities carries the gold normalised unit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from frontlines.lab.metrics import PRF, pair_one_to_one
from frontlines.model import Quantity

__all__ = [
    "QuantSentence",
    "QuantityScore",
    "ScoredQuantity",
    "UnitScore",
    "Value",
    "as_scored",
    "evaluate",
    "load_newsquant",
    "parse_gold_value",
    "values_match",
]

Value = float | tuple[float, float]


@dataclass(frozen=True)
class ScoredQuantity:
    """The three things the NewsQuant scorer compares."""

    value: Value
    unit: str
    change: str


@dataclass(frozen=True)
class QuantSentence:
    """A gold sentence: its quantities, or (unit sentences) only the unit it uses."""

    text: str
    gold: tuple[ScoredQuantity, ...]
    unit: str = ""


def parse_gold_value(raw: str | float) -> Value:
    """'15.0' -> 15.0; '252.0-287.0' -> (252.0, 287.0); '-3.5' stays negative."""
    if isinstance(raw, (int, float)):
        return float(raw)
    text = raw.strip()
    body = text[1:] if text.startswith("-") else text
    if "-" in body and "e" not in body.lower():
        low, high = body.split("-", 1)
        sign = -1.0 if text.startswith("-") else 1.0
        return (sign * float(low), float(high))
    return float(text)


def load_newsquant(path: Path) -> list[QuantSentence]:
    data = json.loads(path.read_text("utf-8"))
    if not isinstance(data, list):
        raise ValueError("expected a JSON list of {text, quantities} objects")
    sentences = []
    for n, item in enumerate(data):
        if isinstance(item, dict) and "quantities" not in item and "unit" in item:
            if not isinstance(item.get("text"), str) or not isinstance(item["unit"], str):
                raise ValueError(f"item {n}: a unit sentence needs a text and a unit")
            sentences.append(QuantSentence(item["text"], (), item["unit"].lower()))
            continue
        try:
            gold = tuple(
                ScoredQuantity(
                    parse_gold_value(q["value"]),
                    str(q.get("normalized_unit", "-")).lower(),
                    str(q.get("change", "=")),
                )
                for q in item["quantities"]
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"item {n}: {exc}") from exc
        sentences.append(QuantSentence(item["text"], gold))
    return sentences


def as_scored(q: Quantity) -> ScoredQuantity | None:
    if q.value is not None:
        value: Value = q.value
    elif q.lower is not None and q.upper is not None:
        value = (q.lower, q.upper)
    else:
        return None
    return ScoredQuantity(value, q.unit_name.lower(), q.change)


def values_match(gold: Value, pred: Value) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        # Same endpoints in either order: we store bounds low-high, the gold
        # keeps the order written ("from 9.3 to 9.1").
        pairs = zip(sorted(gold), sorted(pred), strict=False)
        return all(math.isclose(g, p, rel_tol=1e-5, abs_tol=1e-8) for g, p in pairs)
    assert isinstance(gold, float) and isinstance(pred, float)
    return math.isclose(gold, pred, rel_tol=1e-5, abs_tol=1e-8)


@dataclass
class QuantityScore:
    gold: int = 0
    predicted: int = 0
    value: int = 0
    value_unit: int = 0
    value_change: int = 0

    def add(self, gold: Iterable[ScoredQuantity], predicted: Iterable[ScoredQuantity]) -> None:
        gold, predicted = list(gold), list(predicted)
        self.gold += len(gold)
        self.predicted += len(predicted)
        pairs = pair_one_to_one(
            gold,
            predicted,
            lambda g, p: values_match(g.value, p.value),
            lambda g, p: (p.unit == g.unit, p.change == g.change),
        )
        for g, best in pairs:
            self.value += 1
            self.value_unit += best.unit == g.unit
            self.value_change += best.change == g.change

    def prf(self, tp: int) -> PRF:
        return PRF(tp, self.predicted - tp, self.gold - tp)

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.prf(self.value).as_dict(),
            "value_unit": self.prf(self.value_unit).as_dict(),
            "value_change": self.prf(self.value_change).as_dict(),
        }


@dataclass
class UnitScore:
    """Unit sentences: how many carry the gold unit on one of their quantities."""

    n: int = 0
    correct: int = 0
    with_unit: int = 0  # sentences where some quantity has any unit at all

    def add(self, gold_unit: str, predicted: Iterable[ScoredQuantity]) -> None:
        units = {p.unit for p in predicted}
        self.n += 1
        self.correct += gold_unit in units
        self.with_unit += bool(units - {"-", ""})

    def as_dict(self) -> dict[str, Any]:
        share = (lambda k: round(k / self.n, 4) if self.n else 0.0)  # noqa: E731
        return {
            "n": self.n, "correct": self.correct, "accuracy": share(self.correct),
            "with_unit": share(self.with_unit),
        }  # fmt: skip


def evaluate(sentences: list[QuantSentence], nlp: Language) -> dict[str, Any]:
    score, units = QuantityScore(), UnitScore()
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=False):
        predicted = [s for q in (doc._.quantities or []) if (s := as_scored(q)) is not None]
        if sentence.unit:
            units.add(sentence.unit, predicted)
        else:
            score.add(sentence.gold, predicted)
    result = score.as_dict() if score.gold or not units.n else {}
    if units.n:
        result["unit"] = units.as_dict()
    return result
