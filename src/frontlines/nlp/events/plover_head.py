"""A small neural head on the PLOVER model's sentence embedding (``data/plover_head.npz``).

Why: the encoder model reads the 384-number embedding linearly, one weight per number and
type; a network with one hidden layer (rectified) can read combinations of them. Alone it
is worse than the linear model (it sees only the embedding, not the words, the frame or
the lexicon's guess), but its probabilities mixed into the encoder model's, where the
pair encodes a text, score better out of fold on the PLOVER records' tune half (see the
README's PLOVER paragraph). It is fitted by ``frontlines train plover --head``
(``lab/plover_head.py``), numpy only, and read here in numpy: two small matrix products
a text. Without the weights file the encoder model answers alone.
"""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from frontlines.errors import DataFileError
from frontlines.vocab.files import read_data_bytes

__all__ = ["HEAD_FILE", "PloverHead", "default_plover_head", "mixed"]

HEAD_FILE = "plover_head.npz"

_log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class PloverHead:
    """``labels``: the types, in the order of the output layer. The input is the unit-length
    sentence embedding (unscaled); ``mix``: the head's share of the mixed probabilities,
    chosen out of fold when it was fitted."""

    labels: tuple[str, ...]
    w1: np.ndarray  # (384, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden, labels)
    b2: np.ndarray  # (labels,)
    mix: float = 0.5
    about: dict[str, object] = field(default_factory=dict)

    def forward(self, embeddings: np.ndarray) -> np.ndarray:
        """Each row's probabilities over :attr:`labels` (rows: unit-length embeddings)."""
        x = np.atleast_2d(np.asarray(embeddings, dtype=np.float32))
        hidden = np.maximum(x @ self.w1 + self.b1, 0.0)
        z = hidden @ self.w2 + self.b2
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def probabilities(self, embedding: np.ndarray) -> dict[str, float]:
        """One embedding's probabilities, by type."""
        row = self.forward(embedding)[0]
        return {label: float(p) for label, p in zip(self.labels, row, strict=True)}

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        meta = json.dumps({"labels": list(self.labels), "mix": self.mix, "about": self.about})
        np.savez_compressed(
            buffer, w1=self.w1.astype(np.float16), b1=self.b1, w2=self.w2, b2=self.b2,
            meta=np.array(meta),
        )  # fmt: skip
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> PloverHead:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            w1, b1 = arrays["w1"].astype(np.float32), arrays["b1"].astype(np.float32)
            w2, b2 = arrays["w2"].astype(np.float32), arrays["b2"].astype(np.float32)
        labels = tuple(str(x) for x in meta["labels"])
        if w1.shape[1] != b1.shape[0] or w2.shape != (b1.shape[0], len(labels)):
            raise ValueError(f"shapes do not fit: {w1.shape} {w2.shape}, {len(labels)} labels")
        return cls(labels, w1, b1, w2, b2, float(meta.get("mix", 0.5)), dict(meta["about"]))

    @classmethod
    def load(cls, path: Path) -> PloverHead:
        try:
            return cls.from_bytes(path.read_bytes())
        except (OSError, ValueError, KeyError) as exc:
            raise DataFileError(f"{path}: not a PLOVER head ({exc})") from exc


def mixed(linear: dict[str, float], head: dict[str, float], share: float) -> dict[str, float]:
    """``linear``'s probabilities with ``share`` of ``head``'s mixed in (a type the head
    does not know keeps its own share only)."""
    return {k: (1 - share) * p + share * head.get(k, 0.0) for k, p in linear.items()}


@lru_cache(maxsize=1)
def default_plover_head() -> PloverHead | None:
    """The bundled head, or ``None`` (with one warning) when the file is absent or
    unreadable: the encoder model then answers alone."""
    try:
        return PloverHead.from_bytes(read_data_bytes(HEAD_FILE))
    except (DataFileError, ValueError, KeyError) as exc:
        _log.warning("PLOVER model reads without its neural head: %s", exc)
        return None
