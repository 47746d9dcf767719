"""The syntactic frame of a sentence's event predicate, as features of the PLOVER model.

What a sentence reports depends on its predicate with its complement, object, subject and
prepositions ("agreed *to withdraw*" is an agreement, "withdrew" a retreat), so the type
model reads them as words (:func:`frame_features`) and as mean word vectors per slot
(:func:`frame_values`), which lets a predicate never seen in training score like its
neighbours.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Span, Token

from frontlines.nlp.events.plover_words import NAME_LABELS, feature_word
from frontlines.nlp.extensions import reported_root, sentences_of
from frontlines.vocab.word_vectors import WordVectors

__all__ = [
    "FRAME_SLOTS",
    "REPORTING",
    "dense_names",
    "frame_features",
    "frame_values",
    "frame_vector",
    "predicate",
]

#: The event's syntactic frame, read from each sentence's event predicate
#: (:func:`predicate`): the predicate itself, its clausal complement ("agreed *to
#: withdraw*", "warned it *would strike*"), its object (or passive subject), its subject
#: and the objects of its prepositions.
FRAME_SLOTS = ("root", "comp", "obj", "subj", "prep")
_SLOT_OF = {"xcomp": "comp", "ccomp": "comp", "dobj": "obj", "nsubjpass": "obj",
            "attr": "obj", "nsubj": "subj"}  # fmt: skip


#: Verbs that only pass a report on: in "rebels shelled the town, police said" the event
#: is the shelling, and its frame is the shelling's, not the saying's.
REPORTING = frozenset({"say", "tell", "report", "add", "state", "quote", "note", "explain",
                       "write"})  # fmt: skip


def predicate(sent: Span) -> Token:
    """The sentence's event predicate: its root, or, where the root only reports speech
    ("..., officials said"), the root of the clause it reports (at most three levels)."""
    return reported_root(sent, REPORTING)


def _frame(span: Span | Doc) -> dict[str, list[Token]]:
    slots: dict[str, list[Token]] = {s: [] for s in FRAME_SLOTS}
    for sent in sentences_of(span):
        root = predicate(sent)
        slots["root"].append(root)
        for child in root.children:
            if child.dep_ in _SLOT_OF:
                slots[_SLOT_OF[child.dep_]].append(child)
            elif child.dep_ in ("prep", "agent"):
                slots["prep"].extend(g for g in child.children if g.dep_ == "pobj")
    return slots


def frame_features(span: Span | Doc) -> set[str]:
    """The predicate's frame as words: its lemma (``fr:``), with its object
    (``fo:agree>ceasefire``), complement (``fx:agree>withdraw``) and prepositions
    (``fp:protest>against``); the reporting verb it was found under, if any
    (``fs:say``)."""
    features = set()
    for sent in sentences_of(span):
        root = predicate(sent)
        lemma = feature_word(root)
        features.add(f"fr:{lemma}")
        if root.i != sent.root.i:
            features.add(f"fs:{feature_word(sent.root)}")
        for child in root.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                features.add(f"fo:{lemma}>{feature_word(child)}")
            elif child.dep_ in ("xcomp", "ccomp"):
                features.add(f"fx:{lemma}>{feature_word(child)}")
            elif child.dep_ == "prep":
                features.add(f"fp:{lemma}>{child.lemma_.lower()}")
    return features


def frame_vector(span: Span | Doc, vectors: WordVectors) -> np.ndarray:
    """The frame slots' mean word vectors end to end (:data:`FRAME_SLOTS` order, zeros
    for a slot with no known word)."""
    result = np.zeros(len(FRAME_SLOTS) * vectors.dims, dtype=np.float32)
    for n, tokens in enumerate(_frame(span).values()):
        mean = vectors.mean(t.lemma_ for t in tokens if t.ent_type_ not in NAME_LABELS)
        if mean is not None:
            result[n * vectors.dims : (n + 1) * vectors.dims] = mean
    return result


def dense_names(dims: int) -> list[str]:
    """The names of :func:`frame_vector`'s entries as model features (``d:root:0``...)."""
    return [f"d:{slot}:{i}" for slot in FRAME_SLOTS for i in range(dims)]


def frame_values(span: Span | Doc, vectors: WordVectors) -> dict[str, float]:
    """Dense features: for each frame slot, the mean word vector of its lemmas
    (``d:root:0`` ... ``d:prep:63``), so a predicate or object never seen in training
    scores like the words it is near; a slot with no known word adds nothing."""
    vector = frame_vector(span, vectors)
    return {k: float(x) for k, x in zip(dense_names(vectors.dims), vector, strict=True) if x}
