"""What was tried on the PLOVER encoder side, judged by the nested estimate (issue 19).

Each is an :data:`~frontlines.lab.plover_nested.Extra` (the encoder side's probabilities
adjusted after the fit, its share chosen in the inner loop, 0 among the shares) or a
dense block for the encoder model (:func:`description_block`), so
``nested_estimate(table, extras=Extras((prior_extra(table),), ((0.5, 1.0),)))`` says
whether it helps a held-out record. None was kept: out of the same folds each moved the
estimate by one grid of settings and back by another (see the README's PLOVER paragraph).

- descriptions: each type described in our words (``data/plover_types.toml``), embedded by
  the same encoder; a sentence's cosine with each is a zero-shot prior
  (:func:`zero_shot_extra`) or 18 features of the encoder model (:func:`description_block`);
- a k-nearest-neighbour vote over the training records' embeddings (:func:`knn_extra`);
- a prototype vote: the cosine with each type's mean training-record embedding, as a
  softmax (:func:`prototype_extra`; session 25);
- a prior correction from the weighted training data's type balance (the synthetic
  stories are 17 % CONCEDE) to the records' (:func:`prior_extra`);
- label noise in the stories (co-teaching, session 25): the stories a model fitted on the
  training records alone contradicts with confidence, to be left out of the fit
  (:func:`disputed`; not an extra: the pair is refitted without them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from frontlines.lab.plover_nested import Extra, Table
from frontlines.lab.train_plover import disputed
from frontlines.nlp.encoder import Encoder
from frontlines.vocab.files import read_data_toml

__all__ = ["TYPES_FILE", "description_block", "descriptions", "knn_extra", "prior_extra",
           "disputed", "prototype_extra", "record_prior", "zero_shot_extra"]  # fmt: skip

TYPES_FILE = "plover_types.toml"


def descriptions() -> dict[str, str]:
    """Each PLOVER 0.5 type's description, by type (sorted, as the fits' labels are)."""
    table = read_data_toml(TYPES_FILE)
    return {t: str(table[t]["description"]) for t in sorted(table)}


def description_block(embeddings: np.ndarray, encoder: Encoder, scale: float = 10.0) -> np.ndarray:
    """Each row's cosine with each type's description, times ``scale`` (rows:
    unit-length embeddings): a dense block for ``Table.dense``."""
    rows = np.asarray(encoder.encode(list(descriptions().values())), dtype=np.float32)
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return np.asarray(embeddings, dtype=np.float32) @ rows.T * scale


def zero_shot_extra(likeness: np.ndarray, sharpness: float = 2.0) -> Extra:
    """The softmax of each row's :func:`description_block` (``likeness``, times
    ``sharpness``), mixed in at the share."""

    def zero_shot(p: np.ndarray, train: Sequence[int], test: Sequence[int],
                  share: float) -> np.ndarray:  # fmt: skip
        z = likeness[np.asarray(test)] * sharpness
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return np.asarray((1 - share) * p + share * z / z.sum(axis=1, keepdims=True))

    return zero_shot


def knn_extra(table: Table, k: int = 7) -> Extra:
    """The vote of each row's ``k`` nearest training records (cosine of the embeddings),
    mixed in at the share."""
    labels = sorted(set(table.labels))
    y = np.array([labels.index(label) for label in table.labels])

    def knn(p: np.ndarray, train: Sequence[int], test: Sequence[int], share: float) -> np.ndarray:
        records = np.array([r for r in train if r >= table.first_record])
        near = table.embeddings[np.asarray(test)] @ table.embeddings[records].T
        vote = np.zeros_like(p)
        for n, row in enumerate(np.argsort(-near, axis=1)[:, :k]):
            np.add.at(vote[n], y[records[row]], 1.0 / len(row))
        return np.asarray((1 - share) * p + share * vote)

    return knn


def prototype_extra(table: Table, sharpness: float = 20.0) -> Extra:
    """The softmax of each row's cosine (times ``sharpness``) with each type's prototype,
    the unit-length mean embedding of the training records of that type (a type no
    training record has scores lowest), mixed in at the share. Why: the records are the
    gold distribution and the stories are not; leave-one-out on the 152 tune records the
    prototypes alone are right 0.41 of the time (the 7-nearest vote 0.32)."""
    labels = sorted(set(table.labels))
    y = np.array([labels.index(label) for label in table.labels])

    def prototype(p: np.ndarray, train: Sequence[int], test: Sequence[int],
                  share: float) -> np.ndarray:  # fmt: skip
        records = np.array([r for r in train if r >= table.first_record], dtype=int)
        centres = np.zeros((len(labels), table.embeddings.shape[1]), dtype=np.float32)
        for k in set(y[records].tolist()):
            mean = table.embeddings[records[y[records] == k]].mean(axis=0)
            centres[k] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        z = table.embeddings[np.asarray(test)] @ centres.T
        z[:, ~centres.any(axis=1)] = -1.0
        z = np.exp((z - z.max(axis=1, keepdims=True)) * sharpness)
        return np.asarray((1 - share) * p + share * z / z.sum(axis=1, keepdims=True))

    return prototype


def record_prior(
    labels_of: Sequence[str], synthetic: int, record_weight: float, tau: float
) -> dict[str, float]:
    """``tau`` times the log-ratio of each type's share of the records (``labels_of`` from
    row ``synthetic`` on; add-one smoothed) to its share of the weighted training rows
    (the stories weight 1, the records ``record_weight``)."""
    labels = sorted(set(labels_of))
    trained = dict.fromkeys(labels, 0.0)
    for n, label in enumerate(labels_of):
        trained[label] += 1.0 if n < synthetic else record_weight
    total = sum(trained.values())
    records = list(labels_of[synthetic:])
    told = {k: records.count(k) + 1.0 for k in labels}
    told_total = sum(told.values())
    return {k: tau * float(np.log((told[k] / told_total) / (trained[k] / total)))
            for k in labels}  # fmt: skip


def prior_extra(table: Table) -> Extra:
    """The prior correction, its share the ``tau`` of :func:`record_prior` computed on the
    training rows only (a held-out record's label never enters it)."""
    labels = sorted(set(table.labels))

    def prior(p: np.ndarray, train: Sequence[int], test: Sequence[int], tau: float) -> np.ndarray:
        rows = [r for r in train if r < table.synthetic or r >= table.first_record]
        synthetic = sum(r < table.synthetic for r in rows)
        shift = record_prior([table.labels[r] for r in rows], synthetic, table.record_weight, tau)
        q = p * np.exp([shift.get(k, 0.0) for k in labels])
        return np.asarray(q / q.sum(axis=1, keepdims=True))

    return prior
