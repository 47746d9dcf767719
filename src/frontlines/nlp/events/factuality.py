"""P(realis): how likely an event trigger reports an event that happened, learned.

The hand rules of ``realis.py`` were written reading dev errors and did not carry over to
stories nobody had read. This model is fitted instead on public gold that annotates
exactly the question (MEANTIME's factuality: certain, positive, not future, not generic),
with ``frontlines train realis``. Its features read only the parse around the trigger and
closed word classes, so they mean the same in business news and war news: the trigger's
tag and its own auxiliaries, negation and markers; the clauses it hangs from up to the
root, with the dependency labels on the way and the lemma of the verbs that govern them
("said", "planned", "threatened", "denied"); whether it sits under a conditional, a
question, a relative clause, an infinitive or a modal. No word of a dev sentence is a
feature. Weights are plain JSON (``data/realis_model.json``); ``about.threshold`` is the
least probability the event coder keeps, chosen on the news *tune* half.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from frontlines.nlp.events.audience import audience_reason
from frontlines.nlp.events.disowned import disowned_reason
from frontlines.nlp.events.measured import measured_reason
from frontlines.nlp.events.memo import per_doc, sentence
from frontlines.nlp.events.realis import irrealis_reason, predicate_of
from frontlines.nlp.events.scope import relative_past
from frontlines.nlp.events.specific import unspecific_reason
from frontlines.nlp.logistic import LogisticModel
from frontlines.vocab.files import read_model_file

__all__ = [
    "LEARNED",
    "LEARNED_REASONS",
    "MODEL_FILE",
    "RealisModel",
    "factuality_features",
    "judged",
    "load_realis_model",
    "realis_probability",
]

MODEL_FILE = "realis_model.json"
#: The reason a trigger is dropped when the model's P(realis) is under its threshold.
LEARNED = "learned irrealis"
#: The hand rules' readings of meaning the learned model may stand in for (the model's
#: ``about.replaces``); the others are plain syntax (names, modifiers, comparisons,
#: fragments, instruments used by no verb) and always stand.
LEARNED_REASONS = frozenset({"negated", "modal or future", "condition", "question",
                             "habitual", "purpose or plan", "governed by",
                             "present or generic"})  # fmt: skip

#: Dependency labels that join a clause to the one it hangs from.
_CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "advcl", "relcl", "acl", "conj", "pcomp",
                           "csubj", "csubjpass", "parataxis"})  # fmt: skip
#: Subordinators of a condition or an open question.
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
#: How many clauses up the path is read: beyond it, the root's own verb is what decides.
_MAX_CLAUSES = 4


def factuality_features(trigger: Token) -> dict[str, float]:
    """The readable features of ``trigger`` the realis model weighs."""
    features: dict[str, float] = {"bias": 1.0, f"tag={trigger.tag_}": 1.0,
                                  f"dep={trigger.dep_}": 1.0}  # fmt: skip
    _own(trigger, "", features)
    if trigger.pos_ in {"NOUN", "PROPN"}:
        _noun(trigger, features)
    predicate = predicate_of(trigger)
    if predicate.i != trigger.i:
        features[f"pred_tag={predicate.tag_}"] = 1.0
        features[f"pred={predicate.lemma_.lower()}"] = 1.0  # "launched an attack"
        _own(predicate, "pred_", features)
    _clauses(predicate, features)
    if _asks(sentence(trigger)):
        features["question"] = 1.0
    return features


def _asks(sent: Span) -> bool:
    """Whether the sentence's text ends in "?" (trailing space aside): its last token with
    a visible character says, without joining every token of the sentence."""
    doc = sent.doc
    for i in range(sent.end - 1, sent.start - 1, -1):
        text = doc[i].text.rstrip()
        if text:
            return text.endswith("?")
    return False


def _own(token: Token, prefix: str, features: dict[str, float]) -> None:
    """What the token's own children say: negation, modals, infinitive, tense."""
    children = list(token.children)
    for child in children:
        if child.dep_ == "neg" or child.lower_ in {"never", "no"}:
            features[f"{prefix}neg"] = 1.0
        elif child.dep_ in {"aux", "auxpass"}:
            if child.tag_ == "MD":
                features[f"{prefix}modal"] = 1.0
                features[f"{prefix}modal={child.lower_}"] = 1.0
            elif child.tag_ == "TO":
                features[f"{prefix}to"] = 1.0
            elif child.lemma_ == "have":
                features[f"{prefix}perfect"] = 1.0
            elif child.dep_ == "auxpass":
                features[f"{prefix}passive"] = 1.0
            if child.tag_ in {"VBD", "VBZ", "VBP"}:
                features[f"{prefix}aux_tag={child.tag_}"] = 1.0
        elif child.dep_ == "mark":
            mark = "if" if child.lower_ in _CONDITIONS else child.lower_
            features[f"{prefix}mark={mark}"] = 1.0
        elif child.dep_ == "advmod" and child.tag_ in {"WRB", "RB"} and child.lower_ in {
            "when", "whenever", "often", "usually", "always", "regularly", "sometimes",
            "again", "already", "still", "soon", "later", "yet",
        }:  # fmt: skip
            features[f"{prefix}adv={child.lower_}"] = 1.0


def _noun(noun: Token, features: dict[str, float]) -> None:
    """Which of "the attack", "an attack", "attacks", "two attacks", "Monday's attack"."""
    kinds = {c.dep_ for c in noun.children}
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "poss" in kinds:
        features["noun_poss"] = 1.0
    if determiners & {"the", "this", "that", "these", "those"}:
        features["noun_definite"] = 1.0
    elif determiners & {"a", "an"}:
        features["noun_indefinite"] = 1.0
    elif determiners & {"no", "any", "every", "each", "some"}:
        features["noun_quantified"] = 1.0
    if "nummod" in kinds:
        features["noun_counted"] = 1.0
    if noun.tag_ in {"NNS", "NNPS"} and not kinds & {"det", "poss", "nummod"}:
        features["noun_bare_plural"] = 1.0
    if noun.dep_ == "pobj":
        features[f"prep={noun.head.lower_}"] = 1.0


def _clauses(predicate: Token, features: dict[str, float]) -> None:
    """The path from the predicate's clause up to the root: each link's label, the verbs
    that govern it, and whether any of them is negated, modal, conditional or a question."""
    features[f"clause_tag={predicate.tag_}"] = 1.0
    if predicate.dep_ == "ROOT":
        features["clause_root"] = 1.0
    clause = predicate
    for level in range(_MAX_CLAUSES):
        if clause.dep_ not in _CLAUSE_LINKS or clause.head.i == clause.i:
            break
        governor = clause.head
        if clause.dep_ == "pcomp" and governor.head.i != governor.i:
            governor = governor.head  # "prevented them from regaining": the verb governs
        features[f"link={clause.dep_}"] = 1.0
        if level == 0:
            features[f"link0={clause.dep_}"] = 1.0
            features[f"gov={governor.lemma_.lower()}"] = 1.0
            features[f"gov_tag={governor.tag_}"] = 1.0
        elif level == 1:
            features[f"gov2={governor.lemma_.lower()}"] = 1.0
        _own(governor, "above_", features)
        if clause.dep_ in {"relcl", "acl"}:
            features["under_relative"] = 1.0
        clause = governor
    if any(f.startswith(("mark=if", "pred_mark=if", "above_mark=if")) for f in features):
        features["under_if"] = 1.0
    if any(f in features for f in ("to", "pred_to", "above_to")):
        features["under_infinitive"] = 1.0
    if any(f in features for f in ("modal", "pred_modal", "above_modal")):
        features["under_modal"] = 1.0
    if any(f in features for f in ("neg", "pred_neg", "above_neg")):
        features["under_negation"] = 1.0


class RealisModel(LogisticModel):
    """The realis model (``frontlines train realis``)."""

    @property
    def replaces(self) -> frozenset[str]:
        """The hand rules' reasons this model stands in for ("governed by" covers every
        "governed by <verb>")."""
        value = self.about.get("replaces", [])
        return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()

    @property
    def threshold(self) -> float:
        """The least P(realis) the event coder keeps (0: keep every candidate)."""
        value = self.about.get("threshold", 0.0)
        return float(value) if isinstance(value, (int, float)) else 0.0


@cache
def _bundled() -> RealisModel:
    return read_model_file(RealisModel.from_json, None, MODEL_FILE, "a realis model")


def load_realis_model(path: Path | None = None) -> RealisModel:
    """The bundled model, or one written by ``frontlines train realis --out``."""
    if path is None:
        return _bundled()
    return read_model_file(RealisModel.from_json, path, MODEL_FILE, "a realis model")


@per_doc(lambda trigger, model=None: (trigger.i, id(model)))  # asked again per type read
def judged(trigger: Token, model: RealisModel | None = None) -> tuple[str, float]:
    """Why the trigger reports no event that happened ("" when it does), and P(realis).

    The hand rules speak first; a reason the model replaces is set aside, and a trigger
    the rules let through is dropped (``LEARNED``) when P(realis) is under the model's
    threshold. A trigger a standing rule rules out is not asked (P is given as 0): most
    cue words of a story are, and the event layer has a time budget."""
    model = model or load_realis_model()
    reason = (irrealis_reason(trigger) or unspecific_reason(trigger)
              or disowned_reason(trigger) or audience_reason(trigger)
              or measured_reason(trigger))
    replaced, threshold = _settings(model)
    if reason and (reason in replaced or (reason.startswith("governed by")
                                          and "governed by" in replaced)):  # fmt: skip
        reason = ""
    if reason:
        return reason, 0.0
    p = realis_probability(trigger, model)
    if not reason and p < threshold and not relative_past(trigger):
        reason = LEARNED  # its own relative clause in the past tells it happened (scope.py)
    return reason, p


#: Each model's ``replaces`` and ``threshold`` by its id, with the model (kept alive, so
#: no other model takes its id): read from ``about`` once, not on every trigger judged.
_SETTINGS: dict[int, tuple[RealisModel, frozenset[str], float]] = {}


def _settings(model: RealisModel) -> tuple[frozenset[str], float]:
    """``(model.replaces, model.threshold)``, worked out once per model (``about`` is
    not changed after a model is read: the models are frozen)."""
    found = _SETTINGS.get(id(model))
    if found is None or found[0] is not model:
        if len(_SETTINGS) > 64:  # a trainer's many refits: keep the table small
            _SETTINGS.clear()
        found = _SETTINGS[id(model)] = (model, model.replaces, model.threshold)
    return found[1], found[2]


def realis_probability(trigger: Token, model: RealisModel | None = None) -> float:
    """P(the trigger reports an event that happened), by the bundled model unless given.

    A word that is no verb happens at most as surely as the verb that asserts it: "will
    launch an attack", "gunmen will attack" (the cue "gunmen" is the verb's subject).
    MEANTIME marks events, never their participants, so the verb is asked as well and
    the lower probability stands."""
    model = model or load_realis_model()
    p = model.probability(factuality_features(trigger))
    predicate = predicate_of(trigger)
    if predicate.i != trigger.i:
        p = min(p, model.probability(factuality_features(predicate)))
    return p
