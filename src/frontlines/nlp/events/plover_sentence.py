"""The PLOVER model's sentence-embedding features (``d:s:0`` ... ``d:s:383``).

Why a module of its own: the embedding is the one expensive feature of the PLOVER
model (all-MiniLM-L6-v2's forward pass in numpy, ``nlp/encoder.py``: about 5 ms a
call to read the weights plus 0.2 ms a word piece on one core). Each text is encoded
once and remembered, and :func:`sentence_vectors` encodes all the texts a story asks
about in one batched forward pass, so the weights are read once a story rather than
once a sentence.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from frontlines.nlp.encoder import EncoderMissing, default_encoder

__all__ = [
    "SENTENCE_SCALE",
    "clear_sentence_cache",
    "sentence_names",
    "sentence_values",
    "sentence_vector",
    "sentence_vectors",
]

#: The sentence embedding (unit length, 384 numbers of about ±0.05) is read times this:
#: one L2 penalty covers every weight, and at 1 the embedding's weights stay too small to
#: count. Chosen by the same 5-fold cross-validation on the records' tune half as C
#: (out-of-fold accuracy 0.572 at 1, 0.592 at 3).
SENTENCE_SCALE = 3.0

#: Texts remembered (most recent first out last): a story's sentences are asked about
#: again when ``classify_doc`` and the event layer read the same text.
_KEEP = 4096

_log = logging.getLogger(__name__)
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_warned: list[bool] = []  # the missing-weights warning, logged once a process


def sentence_names(dims: int) -> list[str]:
    """The names of the sentence embedding's entries as model features (``d:s:0``...)."""
    return [f"d:s:{i}" for i in range(dims)]


def sentence_vectors(texts: Sequence[str]) -> list[np.ndarray] | None:
    """The scaled sentence embedding of each text; the texts not seen before are encoded
    together, in one batched forward pass. ``None`` (with one warning) when the
    encoder's weights are not installed."""
    try:
        encoder = default_encoder()
    except EncoderMissing as exc:
        if not _warned:
            _warned.append(True)
            _log.warning("PLOVER model reads without its sentence features: %s", exc)
        return None
    new = [t for t in dict.fromkeys(texts) if t not in _cache]
    if new:
        for text, vector in zip(new, encoder.encode(new), strict=True):
            _cache[text] = vector * np.float32(SENTENCE_SCALE)
    result = [_cache[t] for t in texts]
    for text in texts:
        _cache.move_to_end(text)
    while len(_cache) > _KEEP:
        _cache.popitem(last=False)
    return result


def sentence_vector(text: str) -> np.ndarray | None:
    """The scaled sentence embedding of ``text`` (:func:`sentence_vectors` of one)."""
    vectors = sentence_vectors([text])
    return None if vectors is None else vectors[0]


def clear_sentence_cache() -> None:
    """Forget the encoded texts (and that the weights were missing): for tests."""
    _cache.clear()
    _warned.clear()


def sentence_values(vector: np.ndarray) -> dict[str, float]:
    """A sentence embedding (already scaled) as the model's dense features."""
    return dict(zip(sentence_names(len(vector)), map(float, vector), strict=True))
