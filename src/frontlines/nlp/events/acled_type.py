"""A learned ACLED sub-event classifier (``data/acled_model.json``).

Why a model: the event lexicon picks the type whose cue words weigh most, and its
weights were set reading CASE dev errors; on the held-out half they did not carry over
(weighted F1 0.80 on the half read, 0.70 on the other). A multinomial (softmax) linear
model reads more of the sentence: lemma unigrams and bigrams, the trigger's lemma, its
dependency relation and its head, the lemmas of its subject and object, and the
lexicon's own cue matches as features, so what the lexicon knows is evidence, not the
decision. It is fitted with ``frontlines train acled`` (numpy, L2, a held-back fold
choosing the regularisation) on tune halves only, and its weights are plain feature
names with numbers: :meth:`AcledTypeModel.explain` shows why a text got its type, and
no ML library is needed at run time.

Labels are CASE 2021 task 2 sub-event labels (the 25 ACLED sub-event types CASE uses,
plus the kinds it labels that are no ACLED event: disasters, crime, diplomacy, claims
of responsibility). Below ``threshold`` the model abstains (``None``) and the caller
keeps the lexicon's type.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.events.plover import LinearTable, feature_word, softmax, word_features
from frontlines.vocab.events import EventMatch, EventType
from frontlines.vocab.files import read_model_file
from frontlines.vocab.words import word_list

__all__ = [
    "MODEL_FILE",
    "SURE_MARGIN",
    "AcledTypeModel",
    "acled_features",
    "default_acled_model",
    "retyped",
]

MODEL_FILE = "acled_model.json"
#: ACLED's event type of explosions and remote violence.
EXPLOSIONS = "Explosions/Remote violence"
#: Weapons and craft (``data/event_words.toml``): naming one tells no explosion by itself.
_INSTRUMENTS = frozenset(word_list("event", "instruments"))

#: Entity labels whose words name someone or something, not what happened: a place or
#: a person's name is no evidence of a type (and must not memorise the training set).
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "CARDINAL",
                    "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "EVENT", "LAW"})  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "csubj"})
_OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd"})
#: How far the lexicon's best type must score above the next for ``lexsure:``: one cue of
#: weight 1 (a clear reading, as against a near tie the words must settle).
SURE_MARGIN = 1.0


def _word(token: Token) -> str:
    return feature_word(token, _NAMES)


def _argument_words(trigger: Token) -> list[str]:
    """Subject and object lemmas of the trigger's predicate: who acted on what ("police
    arrested protesters" vs "protesters attacked police")."""
    found = []
    noun_argument = trigger.dep_ in _OBJECTS | _SUBJECTS and trigger.pos_ == "NOUN"
    verb = trigger.head if noun_argument else trigger
    for child in verb.children:
        role = "subj" if child.dep_ in _SUBJECTS else "obj" if child.dep_ in _OBJECTS else ""
        if child.dep_ == "prep" and child.lower_ in {"by", "against", "on"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                child, role = objects[0], "subj" if child.lower_ == "by" else "obj"
        if role and child.i != trigger.i:
            found.append(f"{role}:{_word(child)}")
    return found


def acled_features(
    span: Span | Doc,
    trigger: Token | None = None,
    matches: Sequence[EventMatch] = (),
    side: str = "",
) -> list[str]:
    """What the model reads. Training and inference share this function.

    ``trigger``: the word the lexicon/realis layer took for the event (None: none);
    ``matches``: the lexicon's matches for the text, best first; ``side``: the state /
    non-state side of actor1 as the component read it."""
    _, _, features = word_features(span, _NAMES)
    for rank, match in enumerate(matches):
        features.add(f"lex:{match.type.case}")
        if rank == 0:
            features.add(f"lex1:{match.type.case}")
        features.update(f"cue:{c}" for c in match.cues)
    if matches and (len(matches) == 1 or matches[0].score - matches[1].score >= SURE_MARGIN):
        features.add(f"lexsure:{matches[0].type.case}")  # the lexicon's best by a clear margin
    if trigger is not None:
        lemma = trigger.lemma_.lower()
        features.update({f"t:{lemma}", f"tdep:{trigger.dep_}", f"th:{trigger.head.lemma_.lower()}",
                         f"t:{lemma}|{trigger.dep_}"})  # fmt: skip
        features.update(_argument_words(trigger))
    if side:
        features.add(f"side:{side}")
    return sorted(features)


def retyped(
    model: AcledTypeModel,
    types: Sequence[EventType],
    span: Span | Doc,
    matches: Sequence[EventMatch],
    match: EventMatch | None,
    trigger: Token | None,
    side: str | None,
) -> tuple[EventMatch | None, float]:
    """The candidate ``match`` (the lexicon/realis layer's choice among ``matches``) with
    the type the model reads, and the type's probability. Where the model is unsure (below
    its threshold) ``match`` stands; a label no lexicon type carries (CASE's OTHER) gives
    None. The lexicon's own entry for the label is preferred (its cues, PLOVER mode)."""
    if match is not None and matches and matches[0] is not match:  # realis chose another:
        matches = [match, *(m for m in matches if m is not match)]  # it reads as the best
    label, p = model.classify(acled_features(span, trigger, matches, side or ""))
    if label is None or (match is not None and match.type.case == label):
        return match, p
    own = next((m for m in matches if m.type.case == label), None)
    kind = own.type if own is not None else next(
        (t for t in sorted(types, key=_other_last) if t.case == label and not t.record_as),
        None)  # fmt: skip
    if kind is None:
        return None, p
    if match is not None and _explosion_told(match, trigger) and kind.acled_event != EXPLOSIONS:
        return match, p  # "a bomb blast killed 11 miners" is an explosion, whoever it hit
    if own is not None:
        return (own if match is None else replace(match, type=own.type)), p
    return (EventMatch(kind, 0.0, ()) if match is None else replace(match, type=kind)), p


def _other_last(kind: EventType) -> bool:
    """Sort key: a type filed under Strategic developments / Other (troop movements, a raid)
    shares its CASE label with the type named by it, which is the label's own."""
    return kind.acled_sub_event == "Other"


def _explosion_told(match: EventMatch, trigger: Token | None) -> bool:
    """Whether the asserted word is itself an explosion ("blast", "bombing", "shelled"),
    not a weapon named ("a bomb", "aircraft"): ACLED codes an explosion as Explosions /
    Remote violence whoever it hit, so the classifier may choose the sub-event among
    those, not move the event to a battle or an attack on civilians."""
    if match.type.acled_event != EXPLOSIONS or trigger is None:
        return False
    if trigger.pos_ == "VERB":
        return True
    words = [c for c in trigger.lefts if c.dep_ in {"compound", "amod"}] + [trigger]
    named = {trigger.lemma_.lower(), " ".join(c.lemma_.lower() for c in words)}
    return trigger.pos_ == "NOUN" and not named & _INSTRUMENTS


@dataclass(frozen=True)
class AcledTypeModel:
    """``weights[feature][label]``: one linear score per label, summed over features."""

    labels: tuple[str, ...]
    weights: dict[str, dict[str, float]]
    threshold: float = 0.0
    about: dict[str, object] = field(default_factory=dict)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        scores = self.table.scores(features)
        return softmax(scores) if scores else {}

    @cached_property
    def table(self) -> LinearTable:
        """The weights as rows for the summed scores (``plover.LinearTable``)."""
        return LinearTable(self.weights, self.labels)

    def classify(self, features: Iterable[str]) -> tuple[str | None, float]:
        """The best CASE label and its probability; ``None`` below the threshold."""
        probabilities = self.probabilities(features)
        if not probabilities:
            return None, 0.0
        label = max(probabilities, key=lambda k: probabilities[k])
        p = probabilities[label]
        return (label if p >= self.threshold else None), p

    def explain(self, features: Iterable[str], label: str) -> list[tuple[str, float]]:
        """The features that fired with their weight for ``label``, largest first."""
        fired = ((f, self.weights.get(f, {}).get(label, 0.0)) for f in features)
        return sorted((p for p in fired if p[1]), key=lambda p: -abs(p[1]))

    def to_json(self) -> str:
        return json.dumps(
            {"about": self.about, "threshold": self.threshold, "labels": list(self.labels),
             "weights": dict(sorted(self.weights.items()))},
            separators=(",", ":"), ensure_ascii=False,
        ).replace('},"', '},\n"')  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> AcledTypeModel:
        raw = json.loads(text)
        labels = tuple(str(x) for x in raw["labels"])
        weights = {str(f): {str(k): float(w) for k, w in ws.items()}
                   for f, ws in raw["weights"].items()}  # fmt: skip
        unknown = {k for ws in weights.values() for k in ws} - set(labels)
        if unknown:
            raise ValueError(f"weights for labels not listed: {sorted(unknown)[:3]}")
        return cls(labels, weights, float(raw.get("threshold", 0.0)), dict(raw.get("about", {})))

    @classmethod
    def load(cls, path: Path | None = None) -> AcledTypeModel:
        """The bundled model, or the one written to ``path`` by ``frontlines train acled``."""
        if path is None:
            return default_acled_model()
        return read_model_file(cls.from_json, path, MODEL_FILE, "an ACLED type model")


@lru_cache(maxsize=1)
def default_acled_model() -> AcledTypeModel:
    return read_model_file(AcledTypeModel.from_json, None, MODEL_FILE, "an ACLED type model")
