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
weights: the coder adds a dot product per event, and loads nothing.

Without a tensor (a pipeline whose ``tok2vec`` does not write one) the event gets no
``vec:`` features and the folded weights add nothing but the intercept's share, which
``vec:absent`` weighs as the vectors' mean part.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["ABSENT", "VEC", "token_vectors"]

#: The prefix of the vectors' entries as confidence features.
VEC = "vec:"
#: Set (1.0) instead of the entries when the Doc carries no tensor.
ABSENT = "vec:absent"


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
