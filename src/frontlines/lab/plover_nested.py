"""Honest estimates of the PLOVER type model: nested cross-validation, and synthetic only.

Why: the bundled gated pair's settings (each model's C, the encoding gate, the head's mix)
were chosen on the same out-of-fold numbers that were then reported (0.625 on the tune
records), and the check half scored 0.535. Here every setting is chosen in an *inner*
loop over the training records of each *outer* fold and only the outer fold is scored
(:func:`nested_estimate`); :func:`synthetic_only` trains without any gold record, which
tells how much the records' weight is doing. Both score the decision the records are
scored on (``classify_doc(doc, "plover")``: a violent cue stands where the model is
unsure, an abstaining model leaves the lexicon's type), not the model's bare argmax.

The table (:class:`Table`) is computed once (parsing and encoding are the slow part of
training): the stories' rows, then the records', each with its words and frame
(``examples_of``), its unit-length sentence embedding and the lexicon's type. The
encoder model reads further dense blocks (``Table.dense``: the embedding times
``SENTENCE_SCALE``, and what an experiment adds); :class:`Extras` are ways to adjust
the encoder side's probabilities after the fit (a k-nearest-neighbour vote, a prior
shift, a zero-shot prior), each with a share the inner loop chooses, 0 among them.

Real-news rows (``lab/plover_news.py``: CASE 2021 snippets and our gold events' evidence
sentences, tune halves, their ACLED sub-event mapped to PLOVER) sit between the stories
and the records (``Table.news``); their weight is a setting like the others
(``Choice.news_weight``, 0 among the weights tried: 0 leaves them out of the fit).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.language import Language

from frontlines.lab.logistic_fit import sparse_design
from frontlines.lab.plover_head import HIDDEN, fit_head
from frontlines.lab.train_plover import (
    Example,
    Story,
    _pruned,
    _threshold,
    examples_of,
    lead,
    opening,
)
from frontlines.nlp.encoder import Encoder
from frontlines.nlp.events import EventCoder
from frontlines.nlp.events.plover import (
    SENTENCE_SCALE,
    SURE_OVER_VIOLENCE,
    VIOLENT_PLOVER,
    PloverModel,
)
from frontlines.vocab.word_vectors import WordVectors

__all__ = ["Choice", "Extra", "Extras", "GRID", "NEWS_WEIGHTS", "Table", "build_table",
           "choose_settings", "decide", "deal", "nested_estimate", "synthetic_only"]  # fmt: skip

OTHER = "OTHER"
Probabilities = np.ndarray  # (rows, labels)


@dataclass(frozen=True)
class Table:
    """Training rows: ``synthetic`` stories first, then ``news`` real-news rows (their
    weight chosen as a setting), then the records (weight ``record_weight`` each).
    ``examples``: words, frame and frame vectors (what the model without the encoder
    reads); ``embeddings``: unit-length sentence embeddings;
    ``dense``: the encoder model's further blocks (name prefix -> rows x numbers,
    already scaled), by default the embedding times 3 under ``s``."""

    examples: Sequence[Example]
    embeddings: np.ndarray
    labels: Sequence[str]
    lexicon: Sequence[str]
    synthetic: int
    dense: Mapping[str, np.ndarray] = field(default_factory=dict)
    record_weight: float = 100.0
    min_count: int = 3
    max_features: int = 6000
    news: int = 0

    @property
    def first_record(self) -> int:
        return self.synthetic + self.news

    @property
    def records(self) -> list[int]:
        return list(range(self.first_record, len(self.labels)))

    def base(self, news_weight: float) -> list[int]:
        """The rows always in training: the stories, and the news rows when they weigh."""
        return list(range(self.first_record if news_weight > 0 else self.synthetic))


@dataclass(frozen=True)
class Choice:
    """One setting of the gated pair: each model's C, the gate (the fast model's
    probability under which the encoder side answers; above 1: always), the head's
    hidden units and mix, each extra's share and the real-news rows' weight."""

    fast_c: float
    encoder_c: float
    gate: float
    hidden: int
    mix: float
    extras: tuple[float, ...] = ()
    news_weight: float = 0.0


#: What the inner loop chooses among.
GRID: dict[str, tuple[float, ...]] = {
    "cs": (1.0, 3.0),
    "gates": (0.3, 0.4, 0.5, 0.6, 0.7, 1.01),
    "mixes": (0.0, 0.3, 0.4, 0.5, 0.6),
    "hiddens": (32, HIDDEN, 128),
    "news_weights": (0.0,),
}

#: The real-news rows' weights the inner loop tries (a story weighs 1, a record 100).
NEWS_WEIGHTS = (0.0, 10.0, 30.0)

#: An extra: (probabilities of the encoder side on the test rows, train rows, test rows,
#: share) -> adjusted probabilities; with its shares to try (0 is always tried).
Extra = Callable[[np.ndarray, Sequence[int], Sequence[int], float], np.ndarray]


@dataclass(frozen=True)
class Extras:
    functions: tuple[Extra, ...] = ()
    shares: tuple[tuple[float, ...], ...] = ()


def deal(rows: Sequence[int], k: int) -> list[list[int]]:
    """``rows`` dealt into ``k`` folds in turn (as ``train_plover._folds`` deals them)."""
    return [[r for n, r in enumerate(rows) if n % k == f] for f in range(k)]


def decide(p: np.ndarray, labels: Sequence[str], threshold: float, lexicon: str) -> str:
    """The type a record is scored with (``plover_types(vetted=False)``): the model's,
    unless it is under its threshold or unsure over a violent cue; else the lexicon's."""
    best = int(np.argmax(p))
    if lexicon in VIOLENT_PLOVER and p[best] < SURE_OVER_VIOLENCE:
        return lexicon
    if p[best] >= threshold and labels[best] != lexicon:
        return labels[best]
    return lexicon or OTHER


class _Fitter:
    """The table's design matrices, built once, and each fit remembered by (model, rows,
    C): the inner and outer loops ask for the same fits many times."""

    def __init__(self, table: Table, shared: dict[tuple[Any, ...], Any] | None = None) -> None:
        self.table = table
        self._shared = {} if shared is None else shared  # fits, by model, rows and C
        counts: Counter[str] = Counter(f for fs, _ in table.examples for f in fs)
        self.counts = counts
        m = table.min_count
        self.kept = [([f for f in fs if counts[f] >= m or f == "bias"], v)
                     for fs, v in table.examples]  # fmt: skip
        self.labels = sorted(set(table.labels))
        self.y = np.array([self.labels.index(label) for label in table.labels])
        self.weights = np.array([1.0] * table.synthetic + [0.0] * table.news
                                + [table.record_weight] * len(table.records))
        self._blocks = tuple((k, b.shape, float(b.sum()), float(np.abs(b).max()))
                             for k, b in table.dense.items())  # the encoder model's fits' key
        fast, names = sparse_design([dict.fromkeys(f, 1.0) | v for f, v in self.kept])
        self.design: dict[str, tuple[Any, list[str]]] = {"fast": (fast, names)}
        if table.dense:
            from scipy.sparse import csr_matrix, hstack

            blocks = [fast] + [csr_matrix(b) for b in table.dense.values()]
            dense_names = [f"d:{k}:{i}" for k, b in table.dense.items() for i in range(b.shape[1])]
            self.design["encoder"] = (hstack(blocks).tocsr(), names + dense_names)

    def row_weights(self, rows: np.ndarray, news_weight: float) -> np.ndarray:
        """Each row's weight in a fit: a news row weighs ``news_weight``."""
        weights = self.weights[rows].copy()
        t = self.table
        weights[(rows >= t.synthetic) & (rows < t.first_record)] = news_weight
        return weights

    def probabilities(self, kind: str, train: Sequence[int], test: Sequence[int],
                      c: float, news_weight: float = 0.0) -> np.ndarray:  # fmt: skip
        """The ``kind`` model fitted on ``train`` at ``c`` (its news rows weighing
        ``news_weight``): its probabilities of ``test`` over :attr:`labels` (pruned as
        the shipped model is)."""
        key = (kind, self._blocks if kind == "encoder" else (), tuple(train), c, news_weight)
        memo = self._shared
        if key not in memo:
            matrix, names = self.design[kind]
            rows = np.asarray(train)
            start = self._start(kind, c)
            classes, table = _fit_matrix(_estimator(c, start), matrix[rows], self.y[rows],
                                         self.row_weights(rows, news_weight), names,
                                         self.labels)  # fmt: skip
            pruned = _pruned(table, self.counts, self.table.min_count, self.table.max_features)
            w = np.zeros((len(names), len(self.labels)))
            column = {n: i for i, n in enumerate(names)}
            for f, ws in pruned.items():
                for label, value in ws.items():
                    w[column[f], self.labels.index(label)] = value
            memo[key] = w
        z = self.design[kind][0][np.asarray(test)] @ memo[key]
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return np.asarray(p / p.sum(axis=1, keepdims=True))

    def _start(self, kind: str, c: float) -> np.ndarray | None:
        """Where each fit of ``kind`` at ``c`` starts: the weights fitted on the stories
        alone, which saw no record (a start that had seen a held-out record would leak
        it: the solver stops near a start that already fits the training rows well)."""
        key = (kind, self._blocks if kind == "encoder" else (), "start", c)
        if key not in self._shared:
            rows = np.arange(self.table.synthetic)
            model = _estimator(c, None)
            if len(set(self.y[rows].tolist())) == len(self.labels) > 2:
                model.fit(self.design[kind][0][rows], self.y[rows])
                self._shared[key] = model.coef_.copy()
            else:
                self._shared[key] = None
        start = self._shared[key]
        return None if start is None else np.asarray(start)

    def head(self, train: Sequence[int], test: Sequence[int], hidden: int,
             news_weight: float = 0.0) -> np.ndarray:  # fmt: skip
        key = ("head", tuple(train), hidden, news_weight)
        if key not in self._shared:
            rows = np.asarray(train)
            x = self.table.embeddings.astype(np.float32)
            self._shared[key] = fit_head(x[rows], self.y[rows],
                                         self.row_weights(rows, news_weight), self.labels,
                                         hidden=hidden)  # fmt: skip
        return np.asarray(self._shared[key].forward(self.table.embeddings[np.asarray(test)]))


def _estimator(c: float, start: np.ndarray | None) -> Any:
    """A logistic fit as ``train_plover`` makes it, started from ``start`` (several times
    faster than from zero; the problem is convex, so the optimum is the same)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000, fit_intercept=False, random_state=0,
                               warm_start=start is not None)  # fmt: skip
    if start is not None:
        model.coef_ = start.copy()
    return model


def _fit_matrix(
    model: Any, matrix: Any, y: np.ndarray, weights: np.ndarray, names: list[str],
    labels: Sequence[str],
) -> tuple[list[str], dict[str, dict[str, float]]]:  # fmt: skip
    if hasattr(model, "coef_") and len(set(y.tolist())) != model.coef_.shape[0]:
        model.set_params(warm_start=False)  # another set of classes: start afresh
    model.fit(matrix, y, sample_weight=weights)
    classes = [labels[int(k)] for k in model.classes_]
    coef = model.coef_
    if len(classes) == 2:  # a binary fit keeps one row: the second class against the first
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
    table = {name: {cls: float(coef[k, j]) for k, cls in enumerate(classes)}
             for j, name in enumerate(names)}  # fmt: skip
    return classes, table


@dataclass
class _Sides:
    """Each candidate model's probabilities of some records (by C, by hidden units)."""

    fast: dict[float, np.ndarray]
    encoder: dict[float, np.ndarray]
    head: dict[int, np.ndarray]


def _sides(fitter: _Fitter, train: Sequence[int], test: Sequence[int], cs: Sequence[float],
           hiddens: Sequence[int], news_weight: float = 0.0) -> _Sides:  # fmt: skip
    return _Sides(
        {c: fitter.probabilities("fast", train, test, c, news_weight) for c in cs},
        {c: fitter.probabilities("encoder", train, test, c, news_weight) for c in cs},
        {h: fitter.head(train, test, h, news_weight) for h in hiddens},
    )


def _combined(
    sides: _Sides, choice: Choice, extras: Extras, train: Sequence[int], test: Sequence[int]
) -> tuple[np.ndarray, np.ndarray]:
    """The pair's probabilities of ``test`` under ``choice``, and whether each row was
    answered by the encoder side."""
    fast = sides.fast[choice.fast_c]
    encoder = sides.encoder[choice.encoder_c]
    encoder = (1 - choice.mix) * encoder + choice.mix * sides.head[choice.hidden]
    for function, share in zip(extras.functions, choice.extras, strict=True):
        if share:
            encoder = function(encoder, train, test, share)
    encoded = fast.max(axis=1) < choice.gate
    return np.where(encoded[:, None], encoder, fast), encoded


def _decisions(fitter: _Fitter, p: np.ndarray, encoded: np.ndarray, rows: Sequence[int],
               thresholds: tuple[float, float]) -> list[str]:  # fmt: skip
    lexicon = fitter.table.lexicon
    return [decide(p[n], fitter.labels, thresholds[int(e)], lexicon[r])
            for n, (r, e) in enumerate(zip(rows, encoded, strict=True))]  # fmt: skip


def _choose(fitter: _Fitter, train_records: Sequence[int], inner: int,
            grid: Mapping[str, Sequence[float]], extras: Extras,
            ) -> tuple[Choice, dict[str, float], float]:  # fmt: skip
    """The setting whose decisions are right most often on ``train_records`` out of fold
    (folds of ``inner``; the stories always in training), the thresholds it implies
    (fast, encoder side) and its inner accuracy."""
    cs, hiddens = grid["cs"], [int(h) for h in grid["hiddens"]]
    news_weights = grid.get("news_weights", (0.0,)) if fitter.table.news else (0.0,)
    folds = [f for f in deal(train_records, inner) if f]
    parts: dict[float, list[tuple[list[int], list[int], _Sides]]] = {}
    for weight in news_weights:
        parts[weight] = []
        for held in folds:
            held_set = set(held)
            train = fitter.table.base(weight) + [r for r in train_records if r not in held_set]
            parts[weight].append((train, held, _sides(fitter, train, held, cs, hiddens, weight)))
    gold = [fitter.table.labels[r] for held in folds for r in held]
    best: tuple[float, Choice, dict[str, float]] | None = None
    shares = [(0.0, *s) for s in extras.shares]
    for weight, fast_c, encoder_c, gate, hidden, mix, *extra in itertools.product(
        news_weights, cs, cs, grid["gates"], hiddens, grid["mixes"], *shares
    ):
        choice = Choice(fast_c, encoder_c, gate, int(hidden), mix, tuple(extra), weight)
        combined = [_combined(s, choice, extras, train, held)
                    for train, held, s in parts[weight]]  # fmt: skip
        p = np.vstack([c[0] for c in combined])
        encoded = np.concatenate([c[1] for c in combined])
        right = p.argmax(axis=1) == np.array([fitter.labels.index(g) for g in gold])
        top = p.max(axis=1)
        thresholds = tuple(
            _threshold([(float(t), bool(ok)) for t, ok, e in zip(top, right, encoded,
                                                                 strict=True) if e == side],
                       0.6)
            for side in (False, True)
        )  # fmt: skip
        rows = [r for held in folds for r in held]
        decided = _decisions(fitter, p, encoded, rows, (thresholds[0], thresholds[1]))
        score = float(np.mean([d == g for d, g in zip(decided, gold, strict=True)]))
        if best is None or score > best[0]:
            best = (score, choice, {"fast": thresholds[0], "encoder": thresholds[1]})
    assert best is not None
    return best[1], best[2], best[0]


def choose_settings(
    table: Table, folds: int = 5, grid: Mapping[str, Sequence[float]] = GRID,
    extras: Extras = Extras(),  # noqa: B008
) -> tuple[Choice, dict[str, float], float]:  # fmt: skip
    """The setting the nested estimate's inner loop would choose on all the records (the
    shipped model's: :func:`nested_estimate` measures this very procedure), its
    thresholds and its out-of-fold accuracy."""
    return _choose(_Fitter(table), table.records, folds, grid, extras)


def _scores(gold: Sequence[str], decided: Sequence[str]) -> dict[str, float]:
    labels = sorted(set(gold))
    f1s = []
    for label in labels:
        tp = sum(g == d == label for g, d in zip(gold, decided, strict=True))
        fp = sum(d == label != g for g, d in zip(gold, decided, strict=True))
        fn = sum(g == label != d for g, d in zip(gold, decided, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    right = sum(g == d for g, d in zip(gold, decided, strict=True))
    return {"accuracy": round(right / len(gold), 4), "macro_f1": round(float(np.mean(f1s)), 4)}


def nested_estimate(
    table: Table, outer: int = 5, inner: int = 4,
    grid: Mapping[str, Sequence[float]] = GRID, extras: Extras = Extras(),  # noqa: B008
    shared: dict[tuple[Any, ...], Any] | None = None,
) -> dict[str, Any]:  # fmt: skip
    """Accuracy and macro F1 of the gated pair on the records, each outer fold scored by
    a pair whose settings were chosen (:func:`_choose`) and fitted without it; with
    each fold's choice and inner accuracy (the optimism of choosing on what is scored).
    ``shared``: fits kept between calls (on the same examples and embeddings; the
    encoder model's by its dense blocks)."""
    fitter = _Fitter(table, shared)
    gold, decided, folds = [], [], []
    for held in deal(table.records, outer):
        held_set = set(held)
        train_records = [r for r in table.records if r not in held_set]
        choice, thresholds, inner_score = _choose(fitter, train_records, inner, grid, extras)
        weight = choice.news_weight
        train = table.base(weight) + train_records
        sides = _sides(fitter, train, held, [choice.fast_c, choice.encoder_c], [choice.hidden],
                       weight)  # fmt: skip
        sides.fast = {choice.fast_c: fitter.probabilities("fast", train, held, choice.fast_c,
                                                          weight)}  # fmt: skip
        p, encoded = _combined(sides, choice, extras, train, held)
        out = _decisions(fitter, p, encoded, held, (thresholds["fast"], thresholds["encoder"]))
        gold += [table.labels[r] for r in held]
        decided += out
        right = sum(d == table.labels[r] for d, r in zip(out, held, strict=True))
        folds.append({"choice": choice, "thresholds": thresholds, "inner": round(inner_score, 4),
                      "outer": round(right / len(held), 4), "encoded": int(encoded.sum())})
    return _scores(gold, decided) | {"folds": folds, "records": len(gold)}


def synthetic_only(table: Table, choice: Choice, thresholds: tuple[float, float] = (0.0, 0.0),
                   extras: Extras = Extras()) -> dict[str, Any]:  # noqa: B008  # fmt: skip
    """The pair fitted on the stories alone (no gold record; with the news rows too when
    ``choice.news_weight``), with a fixed ``choice``, scored on the records: what the
    synthetic stories (and real news) teach without the records."""
    fitter = _Fitter(table)
    train, test = table.base(choice.news_weight), table.records
    sides = _sides(fitter, train, test, sorted({choice.fast_c, choice.encoder_c}),
                   [choice.hidden], choice.news_weight)  # fmt: skip
    p, encoded = _combined(sides, choice, extras, train, test)
    decided = _decisions(fitter, p, encoded, test, thresholds)
    return _scores([table.labels[r] for r in test], decided) | {"records": len(test)}


def build_table(
    nlp: Language, stories: Sequence[Story], records: Sequence[Story],
    vectors: WordVectors | None, encoder: Encoder, sentences: int = 3,
    record_weight: float = 100.0, news: Sequence[Story] = (),
) -> Table:  # fmt: skip
    """The table of ``stories`` (their first ``sentences`` sentences), ``news`` rows
    (whole) and ``records``, as :func:`~frontlines.lab.train_plover.fit_plover_model`
    reads them."""
    coder = EventCoder(plover=PloverModel((), {}))  # only the lexicon is asked here
    texts = (opening(s.text, sentences) for s in stories)
    docs = [lead(d, sentences) for d in nlp.pipe(texts, batch_size=64)]
    docs += list(nlp.pipe(r.text for r in [*news, *records]))
    examples = examples_of(docs, coder, vectors, None)
    lexicon = [coder.classify_doc(d, "plover")[0] for d in docs]
    embeddings = np.asarray(encoder.encode([d.text for d in docs]), dtype=np.float32)
    embeddings /= np.maximum(np.linalg.norm(embeddings, axis=1, keepdims=True), 1e-12)
    return Table(
        examples, embeddings, [s.label for s in [*stories, *news, *records]],
        [m.type.plover if m else "" for m in lexicon], len(stories),
        {"s": embeddings * SENTENCE_SCALE}, record_weight, news=len(news),
    )  # fmt: skip
