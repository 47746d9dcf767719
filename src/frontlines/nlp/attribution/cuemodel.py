"""A small logistic model that decides which words are attribution cues.

Why a model: whether "think", "call" or "show" reports someone's words depends
on the neighbourhood (PolNeAR annotators mark 85 % of "say" but 14 % of
"think"), and a hand list either misses the long tail ("decried",
"railed against", "is expected") or fires on every "I think" inside a quote.
The weights are plain feature names with numbers (``data/attribution_cues.json``,
written by ``frontlines train attribution``), so a user can read why a word
scored as it did (:meth:`CueModel.explain`) and no ML library is needed at
run time. Only words whose lemma was a cue in training (or is in our lexicon)
are scored, which keeps the component cheap; with ``near`` set, so is a verb or
noun whose word vector (``data/word_vectors.npz``) lies close to one of those
lemmas, and with ``vectors`` the vector itself is read (weights ``vec:VERB:3``),
so a rare verb annotators mark ("decried", "lambasted") is scored like the
common ones it resembles rather than never looked at. With ``context`` the model also
reads the row the parser's own token-to-vector layer already computed for the word
(``Doc.tensor``, 96 numbers in en_core_web_sm) and for the word it hangs from: a reading
of the word in its sentence that the hand features name only one neighbour at a time
("be" in "the point is that ..." against "is expected"), for one dot product each.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from frontlines.nlp.attribution.features import Quoting, cue_features, is_candidate
from frontlines.vocab.files import DataFileError, read_data_text
from frontlines.vocab.word_vectors import default_word_vectors

__all__ = [
    "CONTEXT_POS",
    "CONTEXT_ROLES",
    "CueModel",
    "MODEL_FILE",
    "VECTOR_POS",
    "default_cue_model",
    "dense_features",
    "join_key",
    "load_cue_model",
    "context_block",
    "context_keys",
    "valid_context_key",
    "logistic",
    "nearest_similarity",
]

MODEL_FILE = "attribution_cues.json"


#: Parts of speech whose word vector the model may read (and widen its candidates by).
VECTOR_POS = frozenset({"VERB", "NOUN"})


def logistic(
    weights: dict[str, float],
    features: Iterable[str],
    dense: dict[str, float] | None = None,
    extra: float = 0.0,
) -> float:
    """The probability a logistic model with these weights gives these features (binary
    ones by name, ``dense`` ones by name and value; ``extra``: a score already summed)."""
    total = sum(map(weights.get, features, repeat(0.0)))  # each f: weights.get(f, 0.0)
    if dense:
        total += sum(weights.get(f, 0.0) * v for f, v in dense.items())
    total += extra
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


#: Whose tensor row a context block reads: the word's own, or the word it hangs from.
CONTEXT_ROLES = ("word", "head")
#: The coarse parts of speech a block may be kept to ('word|VERB').
CONTEXT_POS = ("VERB", "NOUN", "AUX", "other")


def valid_context_key(key: str) -> bool:
    role, bar, pos = key.partition("|")
    return role in CONTEXT_ROLES and (not bar or pos in CONTEXT_POS)


def context_keys(token: Token, roles: Iterable[str]) -> list[tuple[str, int]]:
    """The context blocks that apply to this word, each with the row it reads: a role
    alone ('word') and a role by coarse part of speech ('word|VERB', 'word|AUX', ...), so
    a model may learn one direction for all words or one per kind of word."""
    coarse = token.pos_ if token.pos_ in CONTEXT_POS else "other"
    rows = {"word": token.i, "head": token.head.i}
    out = []
    for key in roles:
        role, _, pos = key.partition("|")
        if role in rows and (not pos or pos == coarse):
            out.append((key, rows[role]))
    return out


def context_block(token: Token, width: int) -> np.ndarray | None:
    """The parser's contextual rows of the document (``Doc.tensor``) when they are there
    and ``width`` wide (a pipeline without a shared tok2vec leaves it empty)."""
    tensor = token.doc.tensor
    if getattr(tensor, "ndim", 0) != 2 or tensor.shape != (len(token.doc), width):
        return None
    return tensor


def dense_features(token: Token) -> dict[str, float]:
    """The word's unit-length lemma vector, one feature per dimension and part of speech
    ('vec:VERB:3'); empty for other parts of speech and words the vectors do not know."""
    if token.pos_ not in VECTOR_POS:
        return {}
    return _unit_vector(token.pos_, token.lemma_.lower())


@lru_cache(maxsize=8192)
def _unit_vector(pos: str, lemma: str) -> dict[str, float]:
    vector = default_word_vectors().vector(lemma)
    if vector is None:
        return {}
    norm = float(np.linalg.norm(vector)) or 1.0
    return {f"vec:{pos}:{k}": round(float(x) / norm, 4) for k, x in enumerate(vector)}


@lru_cache(maxsize=4)
def _lemma_matrix(lemmas: frozenset[str]) -> np.ndarray:
    vectors = default_word_vectors()
    rows = [vectors.vector(w) for w in sorted(lemmas)]
    known = np.array([r for r in rows if r is not None], dtype=np.float32)
    if not len(known):
        return np.zeros((0, vectors.dims), dtype=np.float32)
    return known / np.maximum(np.linalg.norm(known, axis=1, keepdims=True), 1e-6)


@lru_cache(maxsize=16384)
def nearest_similarity(lemmas: frozenset[str], lemma: str) -> float:
    """The cosine between ``lemma``'s vector and the closest of ``lemmas``' (0 if unknown)."""
    vector = default_word_vectors().vector(lemma)
    matrix = _lemma_matrix(lemmas)
    if vector is None or not len(matrix):
        return 0.0
    return float((matrix @ (vector / max(float(np.linalg.norm(vector)), 1e-6))).max())


def join_key(lemma: str, dep: str, word: str) -> str:
    """'call|prep|for': a cue's lemma, the next word's relation and (for small words) it;
    'say|pobj|in statement': a whole prepositional phrase, by preposition and noun lemma."""
    return f"{lemma}|{dep}|{word if dep in {'prep', 'prt', 'advmod', 'agent', 'pobj'} else ''}"


@dataclass(frozen=True)
class CueModel:
    weights: dict[str, float]
    lemmas: frozenset[str]
    threshold: float = 0.5
    lexicon: frozenset[str] = frozenset()
    about: dict[str, object] = field(default_factory=dict)
    joins: dict[str, float] = field(default_factory=dict)
    vectors: bool = False  # the weights read the word's vector ('vec:VERB:3')
    near: float = 0.0  # vector cosine to a cue lemma that makes an unseen lemma a candidate
    neighbourhood: bool = False  # the weights read the speaker / quote-mark / lexicon features
    arguments: bool = False  # ... and the argument and head-chain conjunctions (argument_features)
    #: Weights over the parser's tensor row of the word ('word'), of its head ('head'), or
    #: of either by coarse part of speech ('word|VERB'); see :func:`context_keys`.
    context: dict[str, tuple[float, ...]] = field(default_factory=dict)

    @cached_property
    def _blocks(self) -> dict[str, np.ndarray]:
        return {k: np.asarray(v, dtype=np.float32) for k, v in self.context.items()}

    def wants(self, token: Token) -> bool:
        """Is this word worth scoring at all?"""
        if not is_candidate(token):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.lemmas:
            return True
        return (
            self.near > 0
            and token.pos_ in VECTOR_POS
            and nearest_similarity(self.lemmas, lemma) >= self.near
        )

    def dense(self, token: Token) -> dict[str, float]:
        return dense_features(token) if self.vectors else {}

    def features(self, token: Token, quotes: Quoting) -> list[str]:
        return cue_features(token, quotes, self.lexicon, self.neighbourhood, self.arguments)

    def context_score(self, token: Token) -> float:
        """The context blocks' share of the word's score (0 without them or a tensor)."""
        if not self.context:
            return 0.0
        blocks = self._blocks
        tensor = context_block(token, len(next(iter(blocks.values()))))
        if tensor is None:
            return 0.0
        # Each block is fitted on centred rows: its weight "context:KEY" is the centring.
        return sum(
            float(tensor[row] @ blocks[key]) + self.weights.get(f"context:{key}", 0.0)
            for key, row in context_keys(token, blocks)
        )

    def probability(self, token: Token, quotes: Quoting) -> float:
        features = self.features(token, quotes)
        return logistic(self.weights, features, self.dense(token), self.context_score(token))

    def explain(self, token: Token, quotes: Quoting) -> list[tuple[str, float]]:
        """The features that fired for this word with their weights, largest first (the
        word vector's share summed as one 'vectors' entry)."""
        fired = self.features(token, quotes)
        pairs = [(f, self.weights.get(f, 0.0)) for f in fired]
        dense = self.dense(token)
        if dense:
            pairs.append(("vectors", sum(self.weights.get(f, 0.0) * v for f, v in dense.items())))
        if self.context:
            pairs.append(("context", self.context_score(token)))
        return sorted(pairs, key=lambda p: -abs(p[1]))

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
                "neighbourhood": self.neighbourhood,
                "arguments": self.arguments,
                "vectors": self.vectors,
                "near": self.near,
                "joins": dict(sorted(self.joins.items())),
                "context": {k: list(v) for k, v in sorted(self.context.items())},
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
            vectors=bool(raw.get("vectors", False)),
            near=float(raw.get("near", 0.0)),
            neighbourhood=bool(raw.get("neighbourhood", False)),
            arguments=bool(raw.get("arguments", False)),
            context={str(k): tuple(float(x) for x in v)
                     for k, v in raw.get("context", {}).items()},  # fmt: skip
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
