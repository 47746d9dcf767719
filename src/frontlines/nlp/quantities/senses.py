"""Which unit an ambiguous symbol means, from the words of its sentence.

"F" is fahrenheit or farad, "pounds" money or mass, "kn" kuna or knots, "¥" yen
or yuan. The candidates are data (``data/unit_senses.toml``); the choice is a
small multinomial naive Bayes over the sentence's content words
(``data/unit_senses.json``, fitted by ``frontlines train units`` on CQE's unit
sentences), with equal priors: the text decides, not how often a set used a
unit. A sentence with no word the model knows keeps the table's reading.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span

from frontlines.vocab.files import read_data_toml, read_model_file

__all__ = ["Ambiguity", "UnitSenses", "context_words", "default_senses", "senses_from_json"]


@dataclass(frozen=True)
class Ambiguity:
    """One surface and the unit names it may mean (the first is the default)."""

    surface: str
    units: tuple[str, ...]
    alone: bool = False  # not a unit by itself: needs the model's evidence
    before: bool = False  # also read before the number ("¥ 300")


@dataclass(frozen=True)
class UnitSenses:
    """The ambiguous surfaces and, per unit name, log P(word | unit)."""

    surfaces: dict[str, Ambiguity]
    log_p: dict[str, dict[str, float]]
    log_unseen: dict[str, float]

    def choose(self, surface: str, words: list[str]) -> tuple[str, bool] | None:
        """The unit name ``surface`` means among ``words``, and whether any word was
        evidence (known to the model for a candidate). None: not an ambiguous surface."""
        ambiguity = self.surfaces.get(surface)
        if ambiguity is None:
            return None
        known = [u for u in ambiguity.units if u in self.log_p]
        seen = [w for w in words if any(w in self.log_p[u] for u in known)]
        if len(known) < 2 or not seen:
            return ambiguity.units[0], False
        scores = {
            u: sum(self.log_p[u].get(w, self.log_unseen[u]) for w in seen) for u in known
        }
        best = max(known, key=lambda u: (scores[u], -known.index(u)))
        return best, True


def context_words(doc: Doc, sent: Span, skip: range = range(0)) -> list[str]:
    """Content-word lemmas of the sentence, lower case, outside the ``skip`` tokens."""
    return [
        t.lemma_.lower() for t in doc[sent.start : sent.end]
        if t.i not in skip and t.is_alpha and len(t.text) > 1 and not t.is_stop
    ]  # fmt: skip


def senses_from_json(text: str, table: dict[str, Any] | None = None) -> UnitSenses:
    """The model file (word counts per unit name) turned into smoothed log-probabilities."""
    data = json.loads(text)
    counts: dict[str, dict[str, int]] = data["counts"]
    vocabulary = {w for c in counts.values() for w in c}
    log_p, log_unseen = {}, {}
    for unit, words in counts.items():
        total = sum(words.values()) + len(vocabulary) + 1
        log_p[unit] = {w: math.log((c + 1) / total) for w, c in words.items()}
        log_unseen[unit] = math.log(1 / total)
    return UnitSenses(_ambiguities(table or read_data_toml("unit_senses.toml")), log_p, log_unseen)


def _ambiguities(table: dict[str, Any]) -> dict[str, Ambiguity]:
    out = {}
    for entry in table.get("ambiguous", []):
        units = tuple(entry["units"])
        if len(units) < 2:
            raise ValueError(f"unit_senses.toml: {entry['surface']!r} needs two units or more")
        out[entry["surface"]] = Ambiguity(
            entry["surface"], units, bool(entry.get("alone", False)), entry.get("where") == "any"
        )
    return out


@lru_cache(maxsize=2)
def default_senses(path: Path | None = None) -> UnitSenses:
    """The bundled model, or one ``frontlines train units`` wrote to ``path``."""
    return read_model_file(senses_from_json, path, "unit_senses.json", "a unit-sense model")
