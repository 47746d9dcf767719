"""The event sentence's embedding as features of the event confidence (issue 19).

Why: the confidence's readable features (where the trigger sits, the tense, the beat)
rank unseen stories' events only weakly. A sentence embedding (all-MiniLM-L6-v2 in
numpy, ``nlp/encoder.py``) says by meaning whether a sentence reads like the report of
a specific attack or protest, or like history, politics, a plan or a generic statement,
whatever its words. Each kept event gets its sentence's unit embedding as ``emb:0`` ...
``emb:383``; ``frontlines train events`` fits a small logistic model on them, stacked out
of fold under the confidence (``lab/lexical_stack.py``), and folds it into the shipped
weights, so the coder still computes one weighted sum.

Cost: the sentences are encoded in one batched call per story and remembered
(``plover_sentence.sentence_vectors``), so the PLOVER type pass that reads the same
sentences afterwards encodes nothing again. The coder only encodes when its confidence
model weighs the embedding (``reads_embedding``) or a trainer asks for the features.

Without the encoder's weights the events are still scored: ``emb:absent`` stands in,
weighed by the trainer as the embedding's mean part of the log-odds over the training
events, and one warning says so.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from frontlines.model import Event
from frontlines.nlp.events.plover_sentence import SENTENCE_SCALE, sentence_vectors

__all__ = ["ABSENT", "EMB", "clear_warning", "embedded", "event_text", "reads_embedding"]

#: The prefix of the embedding's entries as confidence features.
EMB = "emb:"
#: Set (1.0) instead of the entries when the encoder's weights are not installed.
ABSENT = "emb:absent"

_log = logging.getLogger(__name__)
_warned: list[bool] = []


def reads_embedding(weights: Mapping[str, float]) -> bool:
    """Whether a confidence model weighs the sentence embedding (any ``emb:`` weight)."""
    return any(name.startswith(EMB) for name in weights)


def event_text(doc: Doc, event: Event) -> str:
    """The event's sentence as the PLOVER pass reads it (the Doc's span of the event's
    offsets), so both ask the encoder's cache for the same text."""
    span = doc.char_span(event.start, event.end)
    return span.text if span is not None else event.text


def embedded(doc: Doc, kept: Sequence[tuple[Event, dict[str, float]]]
             ) -> list[tuple[Event, dict[str, float]]]:  # fmt: skip
    """``kept`` (events with their features) with each event's sentence embedding added:
    all the story's sentences encoded in one batched pass. Without the encoder's weights,
    ``emb:absent`` instead (logged once a process)."""
    if not kept:
        return []
    vectors = sentence_vectors([event_text(doc, e) for e, _ in kept])
    if vectors is None:
        if not _warned:
            _warned.append(True)
            _log.warning("event confidence scored without the sentence embedding (the "
                         "encoder's weights are not installed): its mean part stands in")
        return [(e, f | {ABSENT: 1.0}) for e, f in kept]
    scale = 1.0 / SENTENCE_SCALE  # the cache holds the PLOVER model's scaled vectors
    return [(e, f | {f"{EMB}{i}": round(float(v) * scale, 6) for i, v in enumerate(vector)})
            for (e, f), vector in zip(kept, vectors, strict=True)]  # fmt: skip


def clear_warning() -> None:
    """Forget that the missing-weights warning was logged: for tests."""
    _warned.clear()
