"""Static word vectors for lemmas (``data/word_vectors.npz``): what a word means, densely.

Why: the learned type models read words as names (``w:shell``), so a verb the
training stories never used ("bombarded", "pummelled") tells them nothing. A
static word vector places it beside the verbs they did see, so the model's
weights for "shelled" carry over. Only the vectors table is needed at run time,
not a second spaCy pipeline: ``frontlines train vectors`` reduces a spaCy
model's vectors (the CC0 Explosion vectors of ``en_core_web_md``) to the nouns,
verbs and adjectives of the lemmatizer's word lists, projected onto their
leading principal components and stored as 8-bit integers (about 2 MB).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from frontlines.errors import DataFileError
from frontlines.vocab.files import read_data_bytes

__all__ = ["VECTORS_FILE", "WordVectors", "default_word_vectors"]

VECTORS_FILE = "word_vectors.npz"


@dataclass(frozen=True, eq=False)
class WordVectors:
    """``matrix[row] * scale`` is the unit-length-ish vector of the word at ``rows[word]``."""

    rows: dict[str, int]
    matrix: np.ndarray  # int8, (words, dims)
    scale: float
    about: str = ""

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    def vector(self, word: str) -> np.ndarray | None:
        """The vector of ``word`` (lower-cased lemma), ``None`` when unknown."""
        row = self.rows.get(word.lower())
        return None if row is None else self.matrix[row].astype(np.float32) * self.scale

    def mean(self, words: Iterable[str]) -> np.ndarray | None:
        """The mean vector of the known ``words``; ``None`` when none is known."""
        rows = [r for r in (self.rows.get(w.lower()) for w in words) if r is not None]
        if not rows:
            return None
        return self.matrix[rows].astype(np.float32).mean(axis=0) * self.scale

    def to_bytes(self) -> bytes:
        words = sorted(self.rows, key=lambda w: self.rows[w])
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
            vectors=self.matrix.astype(np.int8),
            scale=np.array([self.scale], dtype=np.float64),
            about=np.frombuffer(self.about.encode("utf-8"), dtype=np.uint8),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes, where: str = VECTORS_FILE) -> WordVectors:
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as archive:
                words = archive["words"].tobytes().decode("utf-8").split("\n")
                matrix = archive["vectors"]
                scale = float(archive["scale"][0])
                about = archive["about"].tobytes().decode("utf-8")
        except (OSError, ValueError, KeyError, UnicodeDecodeError) as exc:
            raise DataFileError(f"{where}: not a word-vectors file ({exc})") from exc
        if matrix.ndim != 2 or matrix.dtype != np.int8 or len(words) != matrix.shape[0]:
            raise DataFileError(f"{where}: words and vectors do not match")
        return cls({w: i for i, w in enumerate(words)}, matrix, scale, about)

    @classmethod
    def load(cls, path: Path | None = None) -> WordVectors:
        """The bundled vectors, or a file ``frontlines train vectors`` wrote to ``path``."""
        if path is None:
            return default_word_vectors()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DataFileError(f"{path}: cannot read: {exc}") from exc
        return cls.from_bytes(data, str(path))


@lru_cache(maxsize=1)
def default_word_vectors() -> WordVectors:
    return WordVectors.from_bytes(read_data_bytes(VECTORS_FILE), f"frontlines/data/{VECTORS_FILE}")
