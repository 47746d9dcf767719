"""The trigger's contextual vector as features of the event confidence (issue 19).

Why: the confidence's words (``lex:N``, ``story_context.clause_words``) are indicators of
lemmas; they learn which words the tune stories' right and false events used, and carry
poorly to a corpus they never saw. spaCy's ``tok2vec`` already computes, for every token,
a 96-number vector of the token in its context (``doc.tensor``, the input the tagger,
parser and NER read): a "strike" that is a walkout and one that is an air raid, a
"battle" over a bill and one in a town, sit apart there whatever the exact words. The
trigger's row (``vec:tN``) and its syntactic head's (``vec:hN``: the verb a noun trigger
hangs off, or the clause a verb trigger is said in) are the features; ``frontlines
train events`` stacks a small logistic sub-model over them (``lab/lexical_stack.py``) so
96 dense numbers do not drown the readable features, and folds it into the shipped
weights: the coder adds a dot product per event, and loads nothing. The rows are read
only when the confidence weighs them or a trainer asks (``with_vectors``): the features
carry the trigger's index (``vec:at``) until the story's kept events are known.

Without a tensor (a pipeline whose ``tok2vec`` does not write one) the event gets no
``vec:`` features and the folded weights add nothing but the intercept's share, which
``vec:absent`` weighs as the vectors' mean part.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from frontlines.model import Event

__all__ = ["ABSENT", "AT", "VEC", "reads_vectors", "token_vectors", "trigger_at",
           "with_vectors"]

#: The prefix of the vectors' entries as confidence features.
VEC = "vec:"
#: Set (1.0) instead of the entries when the Doc carries no tensor.
ABSENT = "vec:absent"
#: The trigger's token index, carried by the features until ``with_vectors`` reads its rows.
AT = "vec:at"


def trigger_at(trigger: Token | None) -> dict[str, float]:
    """Where the trigger is (``vec:at``), for ``with_vectors``; nothing without a trigger."""
    return {} if trigger is None else {AT: float(trigger.i)}


def reads_vectors(weights: Mapping[str, float]) -> bool:
    """Whether a confidence model weighs the trigger's vectors (any ``vec:`` weight)."""
    return any(name.startswith(VEC) for name in weights)


def with_vectors(doc: Doc, kept: Sequence[tuple[Event, dict[str, float]]], wanted: bool
                 ) -> list[tuple[Event, dict[str, float]]]:  # fmt: skip
    """``kept`` with each event's ``vec:at`` marker taken out of its features (in place:
    they are the story's own dicts) and, when ``wanted``, its trigger's rows put in."""
    for _, features in kept:
        at = features.pop(AT, None)
        if wanted and at is not None and 0 <= int(at) < len(doc):
            features |= token_vectors(doc[int(at)])
    return list(kept)


def token_vectors(trigger: Token | None) -> dict[str, float]:
    """The trigger's row of ``doc.tensor`` (``vec:t0``...) and its head's (``vec:h0``...),
    rounded to four places (the JSON the trainer reads stays small); ``vec:absent``
    when the Doc has no tensor of one row a token; nothing without a trigger."""
    if trigger is None:
        return {}
    tensor = trigger.doc.tensor
    if getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(trigger.doc) \
            or not tensor.shape[1]:
        return {ABSENT: 1.0}
    features = {f"{VEC}t{i}": round(float(v), 4) for i, v in enumerate(tensor[trigger.i])}
    features |= {f"{VEC}h{i}": round(float(v), 4) for i, v in enumerate(tensor[trigger.head.i])}
    return features
