"""Fit the unit-sense model (``data/unit_senses.json``) on CQE's unit sentences.

Each sentence names one unit; its content words count toward that unit's
vocabulary. Only units some ambiguous surface may mean are kept, and a word
is kept for a unit when it occurs in at least ``min_count`` of its sentences
(rare words are noise and would carry the sentences' text into the file).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language

from frontlines.lab.quantities import load_newsquant
from frontlines.nlp.quantities.senses import context_words
from frontlines.vocab.files import read_data_toml

__all__ = ["train_unit_senses"]


def train_unit_senses(data: Path, nlp: Language, min_count: int = 2) -> dict[str, Any]:
    """Word counts per ambiguous unit name, from a ``{text, unit}`` JSON list."""
    groups = read_data_toml("unit_senses.toml").get("ambiguous", [])
    wanted = {u for entry in groups for u in entry["units"]}
    sentences = [s for s in load_newsquant(data) if s.unit in wanted]
    if not sentences:
        raise ValueError(f"{data}: no unit sentence names a unit of data/unit_senses.toml")
    documents: dict[str, Counter[str]] = defaultdict(Counter)
    n: Counter[str] = Counter()
    for sentence, doc in zip(sentences, nlp.pipe(s.text for s in sentences), strict=True):
        n[sentence.unit] += 1
        for sent in doc.sents:
            documents[sentence.unit].update(set(context_words(doc, sent)))
    counts = {
        unit: {w: c for w, c in sorted(words.items()) if c >= min_count}
        for unit, words in sorted(documents.items())
    }
    return {
        "about": {"trained_on": data.name, "sentences": len(sentences), "min_count": min_count,
                  "sentences_per_unit": dict(sorted(n.items()))},
        "counts": counts,
    }  # fmt: skip
