"""A learned bag-of-lemmas sub-model stacked under the event confidence (issue 19).

Most false events on off-beat news are a conflict word in another sense: a campaign's
"attack ads", a "battle" over a bill, a company that "captured" a market, a disease
that "strikes". The readable features say where the trigger sits and what the story
is about; the words around the trigger say which sense it is in. The event coder hashes
them (``nlp/events/story_context.clause_words``: ``lex:N`` features); here a small
logistic model over them is fitted and its log-odds fed to the confidence as one feature,
``lexical``.

Stacking without leaking: the sub-model's log-odds for an event come from a sub-model
that never saw the event's story. Inside each out-of-fold split the training events get
theirs from inner story folds of the training stories alone, and the held-out events
from a sub-model fitted on all training stories (``stacked``), so the numbers a choice is
made on stay out of fold. The shipped model is linear again: the confidence's weight
``w`` of ``lexical`` times the sub-model's weights are written as the ``lex:N`` weights
(``folded``), so the coder computes one weighted sum as before.

The sentence embedding (``nlp/events/confidence_embedding.py``: ``emb:N``) is stacked the
same way (``EMBEDDED``): 384 dense numbers would outweigh the few readable features under
one penalty, a sub-model of their own with its own penalty does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from frontlines.lab.story_cv import story_folds
from frontlines.nlp.events.confidence_embedding import ABSENT, EMB
from frontlines.nlp.events.confidence_tensor import ABSENT as VEC_ABSENT
from frontlines.nlp.events.confidence_tensor import VEC
from frontlines.nlp.events.story_context import LEX

__all__ = ["CONTEXTUAL", "EMBEDDED", "EMB_C", "LEXICAL", "STACKS", "SUB_C", "Stack", "folded",
           "VEC_C", "lexical_matrix", "stack_matrix", "stacked", "sub_logits"]

#: The name of the stacked feature: the sub-model's log-odds.
LEXICAL = "lexical"
#: The sub-model's inverse regularisation (thousands of sparse words, a few hundred events).
SUB_C = 0.3
#: The embedding sub-model's stacked feature.
EMBEDDED = "embedded"
#: Its inverse regularisation (384 dense numbers of a unit vector, each about +-0.05).
EMB_C = 3.0
#: The trigger's contextual vectors' stacked feature (``nlp/events/confidence_tensor.py``).
CONTEXTUAL = "contextual"
#: Its inverse regularisation (192 dense numbers of spaCy's tok2vec, each about +-1).
VEC_C = 0.1
#: Inner story folds for the training events' own log-odds.
INNER_FOLDS = 5


@dataclass(frozen=True)
class Stack:
    """A sub-model stacked under the confidence: the feature its log-odds become, the
    prefix of the features it reads, its inverse regularisation, and the feature the
    coder sets when its inputs could not be computed (weighed as their mean part)."""

    name: str
    prefix: str
    c: float
    absent: str | None = None


#: The stacked sub-models by the name of their feature.
STACKS = {LEXICAL: Stack(LEXICAL, LEX, SUB_C), EMBEDDED: Stack(EMBEDDED, EMB, EMB_C, ABSENT),
          CONTEXTUAL: Stack(CONTEXTUAL, VEC, VEC_C, VEC_ABSENT)}


#: The features that mark a stack's inputs missing: never a sub-model's input.
_MARKERS = frozenset({ABSENT, VEC_ABSENT})


def stack_matrix(rows: Sequence[tuple[dict[str, float], bool]], prefix: str
                 ) -> tuple[Any, list[str]]:  # fmt: skip
    """The sparse matrix of the rows' features named ``prefix``... and its column names
    (``absent`` markers left out: they are not the sub-model's input)."""
    from sklearn.feature_extraction import DictVectorizer

    vectoriser = DictVectorizer()
    x = vectoriser.fit_transform([{k: v for k, v in f.items()
                                   if k.startswith(prefix) and k not in _MARKERS}
                                  for f, _ in rows])  # fmt: skip
    return x.tocsr(), [str(n) for n in vectoriser.feature_names_]


def lexical_matrix(rows: Sequence[tuple[dict[str, float], bool]]) -> tuple[Any, list[str]]:
    """The sparse matrix of the rows' ``lex:N`` features and its column names."""
    return stack_matrix(rows, LEX)


def _fit(x: Any, y: Any, c: float = SUB_C) -> Any:
    from sklearn.linear_model import LogisticRegression

    if len(set(y.tolist())) < 2:
        return None
    return LogisticRegression(C=c, max_iter=2000).fit(x, y)


def sub_logits(x: Any, y: Any, train: Any, test: Any, c: float = SUB_C) -> Any:
    """The log-odds of the ``test`` rows by a sub-model fitted on the ``train`` rows."""
    import numpy as np

    model = _fit(x[train], y[train], c)
    if model is None:
        return np.zeros(len(test))
    return model.decision_function(x[test])


def stacked(x: Any, y: Any, groups: Sequence[str], train: Any, test: Any, c: float = SUB_C
            ) -> tuple[Any, Any]:  # fmt: skip
    """The stacked column for the ``train`` rows (each from inner story folds of the
    training stories it is not in) and for the ``test`` rows (a sub-model of every
    training story)."""
    import numpy as np

    inner = np.zeros(len(train))
    for fit, held in story_folds([groups[i] for i in train], INNER_FOLDS, 0):
        inner[held] = sub_logits(x, y, train[fit], train[held], c)
    return inner, sub_logits(x, y, train, test, c)


def folded(weights: dict[str, float], x: Any, y: Any, names: list[str],
           stack: Stack = STACKS[LEXICAL]) -> dict[str, float]:  # fmt: skip
    """The confidence's ``weights`` with ``stack.name`` replaced by the sub-model fitted
    on every row, scaled by its weight: ``w * (b + sum v_k x_k)`` adds ``w * v_k`` to
    each input and ``w * b`` to the intercept; ``stack.absent`` (set when the inputs are
    missing) weighs ``w`` times the mean of ``sum v_k x_k`` over the rows."""
    import numpy as np

    w = weights.pop(stack.name, 0.0)
    model = _fit(x, y, stack.c)
    if model is None or w == 0.0:
        return weights
    for name, v in zip(names, model.coef_[0], strict=True):
        if round(float(w * v), 5) != 0.0:
            weights[name] = round(float(w * v), 5)
    weights["bias"] = round(weights.get("bias", 0.0) + float(w * model.intercept_[0]), 5)
    if stack.absent is not None:
        mean = float(np.mean(x @ model.coef_[0])) if x.shape[0] else 0.0
        weights[stack.absent] = round(float(w * mean), 5)
    return weights
