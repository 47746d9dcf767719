"""Fit the cue model on a PolNeAR-style training split (``frontlines train attribution``).

Every candidate word of every training article is one example, labelled by
whether an annotated cue has it as its syntactic head. A tenth of the
articles is held back to choose the probability threshold: the one whose whole
attributions (exact source and cue F1) come out best on those articles; then the
model is refit on everything. With several ``c`` values the regularisation is
chosen first by cross-validation over articles (the cue words' F1, folds by
article so no article is both fitted and scored). Features seen fewer than
``min_count`` times are dropped and tiny weights pruned so the shipped file
stays small and readable. scikit-learn is needed here only (``pip install
frontlines[dev]``); the component itself reads the JSON weights.

With ``context`` the fit also reads the parser's tensor rows (``Doc.tensor``) named by
the keys ('word', 'head', 'word|VERB', ...; ``cuemodel.context_keys``):
each block is centred and scaled on the examples it applies to before the fit (so one
regularisation suits it and the binary features alike), and the scaling is folded back
into the stored weights, the centring into one weight per block ('context:word').
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Token

from frontlines.lab.attribution import AttributionDocument
from frontlines.lab.logistic_fit import sparse_design
from frontlines.nlp.attribution.cuemodel import (
    VECTOR_POS,
    CueModel,
    context_block,
    context_keys,
    dense_features,
    join_key,
    nearest_similarity,
    valid_context_key,
)
from frontlines.nlp.attribution.features import cue_features, is_candidate, quoting

__all__ = ["CueExamples", "cross_validated_c", "cue_examples", "train_cue_model"]


@dataclass(frozen=True)
class CueExamples:
    features: list[list[str]]
    labels: list[bool]
    article: list[int]  # which training article each example came from
    dense: list[dict[str, float]]  # the word's vector features (empty without vectors)
    context: Context | None = None  # the tensor rows the context blocks read


@dataclass(frozen=True)
class Context:
    """The context blocks' inputs: per example and block key, the tensor row (zeros where
    the block does not apply to the word) and whether it applies."""

    keys: tuple[str, ...]
    rows: np.ndarray  # examples x keys x width, float32
    applies: np.ndarray  # examples x keys, bool

    def subset(self, index: Sequence[int]) -> Context:
        return Context(self.keys, self.rows[list(index)], self.applies[list(index)])


def context_rows(token: Token, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """One word's rows for the blocks ``keys`` (as :meth:`CueModel.context_score` reads
    them) and which of them apply."""
    width = token.doc.tensor.shape[1] if token.doc.tensor.ndim == 2 else 0
    tensor = context_block(token, width)
    if tensor is None:
        raise ValueError("context blocks need the parser's tensor (a pipeline with tok2vec)")
    rows = np.zeros((len(keys), width), dtype=np.float32)
    applies = np.zeros(len(keys), dtype=bool)
    position = {k: j for j, k in enumerate(keys)}
    for key, row in context_keys(token, keys):
        rows[position[key]] = tensor[row]
        applies[position[key]] = True
    return rows, applies


def cue_heads(doc: Doc, document: AttributionDocument) -> set[int]:
    heads = set()
    for attribution in document.attributions:
        if attribution.cue is not None:
            span = doc.char_span(*attribution.cue, alignment_mode="expand")
            if span is not None and len(span):
                heads.add(span.root.i)
    return heads


def cue_examples(
    docs: Sequence[Doc],
    documents: Sequence[AttributionDocument],
    lexicon: frozenset[str],
    min_cues: int = 2,
    vectors: bool = False,
    near: float = 0.0,
    neighbourhood: bool = True,
    arguments: bool = False,
    context: Sequence[str] = (),
) -> tuple[CueExamples, frozenset[str]]:
    """Examples for every word whose lemma was a cue at least ``min_cues`` times (and,
    with ``near``, every verb or noun whose vector is that close to one of those)."""
    head_lemmas: Counter[str] = Counter()
    all_heads = []
    for doc, document in zip(docs, documents, strict=True):
        heads = cue_heads(doc, document)
        all_heads.append(heads)
        head_lemmas.update(doc[i].lemma_.lower() for i in heads)
    lemmas = frozenset(k for k, n in head_lemmas.items() if n >= min_cues) | lexicon
    features: list[list[str]] = []
    labels: list[bool] = []
    article: list[int] = []
    dense: list[dict[str, float]] = []
    blocks: list[tuple[np.ndarray, np.ndarray]] = []
    for n, (doc, heads) in enumerate(zip(docs, all_heads, strict=True)):
        for sent in doc.sents:
            for token, quotes in zip(sent, quoting(sent), strict=True):
                if is_candidate(token) and _wanted(token, lemmas, near):
                    features.append(cue_features(token, quotes, lexicon, neighbourhood, arguments))
                    labels.append(token.i in heads)
                    article.append(n)
                    dense.append(dense_features(token) if vectors else {})
                    if context:
                        blocks.append(context_rows(token, context))
    rows = None
    if context and blocks:
        rows = Context(tuple(context), np.stack([b[0] for b in blocks]),
                       np.stack([b[1] for b in blocks]))  # fmt: skip
    return CueExamples(features, labels, article, dense, rows), lemmas


def _wanted(token: Token, lemmas: frozenset[str], near: float) -> bool:
    lemma = token.lemma_.lower()
    if lemma in lemmas:
        return True
    return near > 0 and token.pos_ in VECTOR_POS and nearest_similarity(lemmas, lemma) >= near


JOIN_DEPS = frozenset({"prep", "prt", "xcomp", "advmod", "npadvmod", "acomp", "dobj", "agent"})


def span_conventions(
    docs: Sequence[Doc], documents: Sequence[AttributionDocument], min_seen: int = 4
) -> dict[str, float]:
    """How often annotators extend a cue over the word right after it, by the cue's lemma
    and that word's relation ('say|prep|on' rarely, 'call|prep|for' often); '*' keys pool
    all lemmas for words the lemma was never seen with."""
    seen: Counter[str] = Counter()
    joined: Counter[str] = Counter()
    for doc, document in zip(docs, documents, strict=True):
        for attribution in document.attributions:
            if attribution.cue is None:
                continue
            span = doc.char_span(*attribution.cue, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            if head.i + 1 >= len(doc):
                continue
            nxt = doc[head.i + 1]
            if nxt.dep_ == "aux" and nxt.head.dep_ == "xcomp" and nxt.head.head.i == head.i:
                nxt = nxt.head  # "continued to call for": the infinitive, not its "to"
            if nxt.head.i != head.i or nxt.dep_ not in JOIN_DEPS:
                continue
            for lemma in (head.lemma_.lower(), "*"):
                key = join_key(lemma, nxt.dep_, nxt.lower_)
                seen[key] += 1
                joined[key] += nxt.i < span.end
            noun = next((c for c in nxt.children if c.dep_ == "pobj"), None)
            if nxt.dep_ == "prep" and noun is not None:
                for lemma in (head.lemma_.lower(), "*"):  # "said in a statement"
                    key = join_key(lemma, "pobj", f"{nxt.lower_} {noun.lemma_.lower()}")
                    seen[key] += 1
                    joined[key] += noun.i < span.end
    return {k: round(joined[k] / n, 2) for k, n in seen.items() if n >= min_seen}


def _rows(features: list[list[str]], dense: list[dict[str, float]]) -> list[dict[str, float]]:
    return [{**dict.fromkeys(f, 1.0), **d} for f, d in zip(features, dense, strict=True)]


Fitted = tuple[dict[str, float], dict[str, tuple[float, ...]]]  # weights, context blocks


def _fit(
    features: list[dict[str, float]], labels: list[bool], c: float, context: Context | None = None
) -> Fitted:
    """Weights by feature name and, with ``context``, each block's weight vector over raw
    tensor rows (its centring stored as the weight 'context:KEY')."""
    matrix, names = sparse_design(features)
    from sklearn.linear_model import LogisticRegression

    scaled = None
    if context is not None:
        scaled, centre, scale = _standardised(context)
        matrix = _joined(matrix, scaled)
    model = LogisticRegression(
        C=c, max_iter=3000, solver="liblinear", fit_intercept=False, random_state=0
    )
    model.fit(matrix, labels)
    coef = model.coef_[0]
    weights = {name: float(w) for name, w in zip(names, coef[: len(names)], strict=True)}
    blocks: dict[str, tuple[float, ...]] = {}
    if context is not None:
        width = context.rows.shape[2]
        for j, key in enumerate(context.keys):
            start = len(names) + j * width
            vector = np.round(coef[start : start + width] / scale[j], 5)
            blocks[key] = tuple(float(x) for x in vector)
            weights[f"context:{key}"] = -float(vector @ centre[j])
    return weights, blocks


def _standardised(context: Context) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The blocks centred and scaled on the examples each applies to (zero elsewhere),
    flattened to one column per block and dimension, with the centres and scales."""
    rows, applies = context.rows, context.applies[:, :, None]
    seen = np.maximum(applies.sum(axis=0), 1)
    centre = (rows * applies).sum(axis=0) / seen
    spread = np.sqrt((((rows - centre) ** 2) * applies).sum(axis=0) / seen) + 1e-6
    scaled = np.where(applies, (rows - centre) / spread, 0.0).astype(np.float32)
    return scaled.reshape(len(rows), -1), centre, spread


def _joined(matrix: Any, dense: np.ndarray) -> Any:
    from scipy import sparse

    joined = sparse.hstack([matrix, sparse.csr_matrix(dense)]).tocsr()
    joined.indices = joined.indices.astype(np.int32)
    return joined


def _score(weights: dict[str, float], blocks: dict[str, tuple[float, ...]], row: dict[str, float],
           context: Context | None, i: int) -> float:  # fmt: skip
    total = sum(weights.get(f, 0.0) * v for f, v in row.items())
    if context is not None:
        for j, key in enumerate(context.keys):
            if context.applies[i, j]:
                total += float(context.rows[i, j] @ np.asarray(blocks[key]))
                total += weights[f"context:{key}"]
    return total


def _pruned(weights: dict[str, float], counts: Counter[str], min_count: int) -> dict[str, float]:
    return {
        f: round(w, 4)
        for f, w in weights.items()
        if (counts[f] >= min_count or f == "bias" or f.startswith(("vec:", "context:")))
        and abs(w) >= 1e-3
    }


def cross_validated_c(
    rows: list[dict[str, float]],
    labels: list[bool],
    article: list[int],
    grid: Sequence[float],
    folds: int = 3,
    context: Context | None = None,
) -> tuple[float, dict[float, float]]:
    """The ``c`` whose models score the cue words best (F1 at 0.5) on articles they were
    not fitted on, with every value's mean F1 so a reader sees how flat the choice is."""
    scores: dict[float, float] = {}
    for c in grid:
        tp = fp = fn = 0
        for fold in range(folds):
            fit = [i for i, a in enumerate(article) if a % folds != fold]
            held = [i for i, a in enumerate(article) if a % folds == fold]
            fitted = context.subset(fit) if context is not None else None
            weights, blocks = _fit([rows[i] for i in fit], [labels[i] for i in fit], c, fitted)
            for i in held:
                guess = _score(weights, blocks, rows[i], context, i) >= 0.0
                tp += guess and labels[i]
                fp += guess and not labels[i]
                fn += labels[i] and not guess
        scores[c] = round(2 * tp / max(1, 2 * tp + fp + fn), 4)
    return max(grid, key=lambda c: (scores[c], -c)), scores


def train_cue_model(
    nlp: Language,
    documents: Sequence[AttributionDocument],
    lexicon: frozenset[str],
    c: float | Sequence[float] = 0.3,
    min_count: int = 6,
    about: dict[str, object] | None = None,
    parsed: Sequence[Doc] | None = None,
    vectors: bool = False,
    near: float = 0.0,
    neighbourhood: bool = True,
    arguments: bool = False,
    context: Sequence[str] = (),
) -> CueModel:
    """``parsed``: the documents already run through ``nlp`` (to refit without reparsing).
    ``c``: one value, or several to choose from by cross-validation over articles.
    ``context``: the tensor blocks the model reads ('word', 'head', 'word|VERB', ...)."""
    unknown = [k for k in context if not valid_context_key(k)]
    if unknown:
        raise ValueError(f"unknown context block {unknown[0]!r} (word, head, word|VERB, ...)")
    docs = list(parsed) if parsed is not None else list(
        nlp.pipe((d.text for d in documents), batch_size=16)
    )  # fmt: skip
    examples, lemmas = cue_examples(
        docs, documents, lexicon, vectors=vectors, near=near, neighbourhood=neighbourhood,
        arguments=arguments, context=context,
    )  # fmt: skip
    if len(set(examples.labels)) < 2:
        raise ValueError("training needs both cue and non-cue words among the candidates")
    counts: Counter[str] = Counter(f for fs in examples.features for f in fs)
    kept = _rows(
        [[f for f in fs if counts[f] >= min_count] for fs in examples.features], examples.dense
    )
    cv_scores: dict[float, float] = {}
    grid = [float(c)] if isinstance(c, (int, float)) else [float(x) for x in c]
    chosen = grid[0]
    if len(grid) > 1:
        chosen, cv_scores = cross_validated_c(
            kept, examples.labels, examples.article, grid, context=examples.context
        )
    held = {n for n in set(examples.article) if n % 10 == 9}
    if len({examples.labels[i] for i, a in enumerate(examples.article) if a not in held}) < 2:
        held = set()  # too little data to hold any back
    fit_rows = [i for i, a in enumerate(examples.article) if a not in held]
    joins = span_conventions(docs, documents, min_seen=min_count)
    if held:
        weights, blocks = _fit(
            [kept[i] for i in fit_rows], [examples.labels[i] for i in fit_rows], chosen,
            examples.context.subset(fit_rows) if examples.context is not None else None,
        )  # fmt: skip
        # The threshold that gives the best whole attributions on the held-back
        # articles (mean of exact source and cue F1), not the best single words.
        trial = CueModel(
            weights, lemmas, 0.5, lexicon, {}, joins, vectors, near, neighbourhood, arguments,
            blocks,
        )  # fmt: skip
        pairs = [(docs[n], documents[n]) for n in sorted(held)]
        threshold = _best_end_to_end_threshold(trial, pairs)
    else:
        threshold = 0.5  # nothing held back to choose on
    weights, blocks = _fit(kept, examples.labels, chosen, examples.context)
    weights = _pruned(weights, counts, min_count)
    info = dict(about or {})
    info.update(examples=len(kept), cues=sum(examples.labels), c=chosen, min_count=min_count,
                threshold_chosen_on=f"{len(held)} held-back articles, end to end")  # fmt: skip
    if cv_scores:
        info["c_cross_validated"] = {str(k): v for k, v in cv_scores.items()}
    return CueModel(
        weights, lemmas, threshold, lexicon, info, joins, vectors, near, neighbourhood, arguments,
        blocks,
    )  # fmt: skip


def _best_end_to_end_threshold(
    model: CueModel, held: Sequence[tuple[Doc, AttributionDocument]]
) -> float:
    from frontlines.lab.attribution import score_processed
    from frontlines.nlp.attribution.component import AttributionRecognizer

    best, best_score = model.threshold, -1.0
    for step in range(30, 61, 5):
        recognizer = AttributionRecognizer(cues=replace(model, threshold=step / 100))
        docs = [recognizer(doc) for doc, _ in held]
        result = score_processed([gold for _, gold in held], docs)
        score = (result["source"]["exact"]["f1"] + result["cue"]["exact"]["f1"]) / 2
        if score > best_score:
            best, best_score = step / 100, score
    return best
