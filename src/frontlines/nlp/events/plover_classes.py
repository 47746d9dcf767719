"""What kind of event a sentence's predicate tells, as classes (``data/plover_verbs.toml``).

Why: the PLOVER type model reads the predicate's frame as words (``fr:agree``) and as
word vectors, so a verb the training stories never used counts only as far as its vector
is near theirs. A verb dictionary of the kind CAMEO coders keep says it directly: *pledge*,
*vow* and *sign* tell an agreement, *urge*, *press* and *appeal* a demand, *telephone* and
*confer* a consultation. These features are the classes of the event predicate, of its
clausal complement ("vowed *to retaliate*") and of its object ("signed a *truce*"), the
pair of the predicate's and the complement's classes (an AGREE verb over a RETREAT verb is
an agreement to withdraw), the predicate's mood (negated, under a modal: "would strike"
is a threat, not a strike), who acts on whom by kind of noun (regular forces and their
weapons fight, irregular groups and their bombs assault, police coerce), and the
predicate's class joined with each kind (``vk:FIGHT:subj:forces``: a linear model cannot
tell "police *fight*" from "soldiers *fight*" by two separate features, as the weight of
each kind is the same whatever the act): features that describe the event rather than
the sentence's words. Training and inference share
:func:`class_features`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from frontlines.nlp.extensions import reported_root, sentences_of
from frontlines.vocab.files import read_data_toml

__all__ = ["VERBS_FILE", "VerbClasses", "class_features", "conjunctions", "verb_classes"]

VERBS_FILE = "plover_verbs.toml"

#: Auxiliaries that put the predicate in a mood other than a plain report of a deed.
MODALS = frozenset({"will", "would", "could", "may", "might", "must", "should", "can", "shall"})

#: The dependency labels of a predicate's object, and of its subject, by slot.
_ARGUMENT_SLOT = {"nsubj": "subj", "dobj": "obj", "nsubjpass": "obj", "attr": "obj"}


@dataclass(frozen=True)
class VerbClasses:
    """Lemma -> the PLOVER types it signals, for verbs and for nouns; noun -> its kind
    of actor or means (``forces``, ``irregular``, ``police``, ``civilians``...)."""

    verbs: Mapping[str, frozenset[str]]
    nouns: Mapping[str, frozenset[str]]
    kinds: Mapping[str, str]

    def of(self, token: Token) -> frozenset[str]:
        """The types ``token`` signals: a verb by the verb list (as "verb particle" where
        its particle or preposition has an entry: "ruled *out*" is a rejection, "ruled on"
        is not), a noun by the noun list, an adjective by either ("*martial* law")."""
        if token.pos_ in ("VERB", "AUX"):
            lemma = token.lemma_.lower()
            phrasal: set[str] = set()
            for child in token.children:
                if child.dep_ in ("prt", "prep"):
                    phrasal |= self.verbs.get(f"{lemma} {child.lemma_.lower()}", frozenset())
            return frozenset(phrasal) if phrasal else self.verbs.get(lemma, frozenset())
        if token.pos_ in ("NOUN", "PROPN"):
            return _lookup(self.nouns, token, frozenset())
        if token.pos_ == "ADJ":
            lemma = token.lemma_.lower()
            return self.verbs.get(lemma, frozenset()) | self.nouns.get(lemma, frozenset())
        return frozenset()

    def kind(self, token: Token) -> str:
        """The kind of actor or means the noun ``token`` itself names ("rebels",
        "helicopter"), or ``""``: "army positions" names a place, not the army."""
        return _lookup(self.kinds, token, "")

    def modifier_kind(self, token: Token) -> str:
        """The kind a compound before ``token`` names when ``token`` names none ("*army*
        positions", "*police* station"), or ``""``: read apart from :meth:`kind`, as
        the place or thing of an actor is not the actor."""
        if self.kind(token):
            return ""
        for child in token.children:
            if child.dep_ == "compound":
                kind = self.kind(child)
                if kind:
                    return kind
        return ""


_T = TypeVar("_T")


def _keys(token: Token) -> list[str]:
    """The forms to look a noun up by: its lemma, its lower-cased text, and that text's
    singular, since a sentence-first plural the tagger takes for a name ("Rebels
    shelled ...") keeps its capital and its plural as its lemma."""
    text = token.text.lower()
    keys = [token.lemma_.lower(), text]
    if text.endswith("ies") and len(text) > 4:
        keys.append(text[:-3] + "y")
    elif text.endswith(("ches", "shes", "sses", "xes")):
        keys.append(text[:-2])
    elif text.endswith("s") and not text.endswith("ss"):
        keys.append(text[:-1])
    return keys


def _lookup(table: Mapping[str, _T], token: Token, default: _T) -> _T:
    for key in _keys(token):
        if key in table:
            return table[key]
    return default


def _classes(data: Mapping[str, object], key: str) -> dict[str, frozenset[str]]:
    result: dict[str, set[str]] = {}
    for label, entry in data.items():
        if label == "kinds" or not isinstance(entry, dict):
            continue
        for word in entry.get(key, []):
            result.setdefault(str(word), set()).add(label)
    return {w: frozenset(ts) for w, ts in result.items()}


@lru_cache(maxsize=1)
def verb_classes() -> VerbClasses:
    """The bundled classes (read once per process)."""
    data = read_data_toml(VERBS_FILE)
    kinds = {str(w): kind for kind, words in data.get("kinds", {}).items() for w in words}
    return VerbClasses(_classes(data, "verbs"), _classes(data, "nouns"), kinds)


def _mood(token: Token) -> set[str]:
    mood = set()
    for child in token.children:
        if child.dep_ == "neg":
            mood.add("neg")
        elif child.dep_ == "aux" and child.lemma_.lower() in MODALS:
            mood.add("modal")
    return mood


def class_features(span: Span | Doc, reporting: frozenset[str],
                   classes: VerbClasses | None = None) -> set[str]:  # fmt: skip
    """The event's classes, per sentence of ``span`` from its event predicate (the root,
    or the clause a ``reporting`` verb reports): ``vc:root:T``, ``vc:comp:T``,
    ``vc:obj:T`` (the predicate's or its complement's object), ``vc:prep:T``,
    ``vc:rc:T>U`` (predicate and complement), ``vc:neg:T`` / ``vc:modal:T`` and
    ``fm:neg`` / ``fm:modal`` / ``fm:compneg`` (mood), ``ak:subj:K`` / ``ak:obj:K`` /
    ``ak:by:K`` (the kind the head noun of the subject or a passive's agent, of the
    object, of a prepositional object names), and ``ak:subjmod:K`` / ``ak:objmod:K`` /
    ``ak:bymod:K`` (the kind only a compound before that head names: "army positions"),
    and ``vk:T:SLOT:K`` for every root class T and kind feature ``ak:SLOT:K`` of the
    whole span (over a lead of several sentences, as the type model was cross-validated
    on: out of fold on the records' tune half with type-balanced stories, 0.610 against
    0.590 for the classes alone, README's PLOVER section)."""
    vc = classes if classes is not None else verb_classes()
    features: set[str] = set()
    for sent in sentences_of(span):
        root = reported_root(sent, reporting)
        own = vc.of(root)
        mood = _mood(root)
        features.update(f"fm:{m}" for m in mood)
        for label in own:
            features.add(f"vc:root:{label}")
            features.update(f"vc:{m}:{label}" for m in mood)
        for child in root.children:
            features |= _child_features(vc, child, own)
    return features | conjunctions(features)


def conjunctions(features: set[str]) -> set[str]:
    """``vk:T:SLOT:K``: each predicate class ``vc:root:T`` joined with each argument
    kind ``ak:SLOT:K`` among ``features`` (who does the act, besides what it is)."""
    roots = [f.removeprefix("vc:root:") for f in features if f.startswith("vc:root:")]
    kinds = [f.removeprefix("ak:") for f in features if f.startswith("ak:")]
    return {f"vk:{r}:{k}" for r in roots for k in kinds}


def _child_features(vc: VerbClasses, child: Token, own: frozenset[str]) -> set[str]:
    """What one dependent of the predicate adds (its classes, and its kind)."""
    features: set[str] = set()
    dep = child.dep_
    if dep in ("xcomp", "ccomp"):
        for label in vc.of(child):
            features.add(f"vc:comp:{label}")
            features.update(f"vc:rc:{r}>{label}" for r in own)
        if "neg" in _mood(child):
            features.add("fm:compneg")
        for grand in child.children:
            if grand.dep_ in ("dobj", "nsubjpass", "attr"):
                features.update(f"vc:obj:{label}" for label in vc.of(grand))
    elif dep in _ARGUMENT_SLOT:
        slot = _ARGUMENT_SLOT[dep]
        if slot == "obj":
            features.update(f"vc:obj:{label}" for label in vc.of(child))
        if dep != "attr":  # "is a soldier" names no actor
            features |= _kind_features(vc, child, slot)
    elif dep in ("prep", "agent"):
        for grand in child.children:
            if grand.dep_ != "pobj":
                continue
            features.update(f"vc:prep:{label}" for label in vc.of(grand))
            features |= _kind_features(vc, grand, "subj" if dep == "agent" else "by")
    return features


def _kind_features(vc: VerbClasses, noun: Token, slot: str) -> set[str]:
    """``ak:SLOT:K`` where ``noun`` itself names an actor or means of kind K, else
    ``ak:SLOTmod:K`` where only its compound does."""
    kind = vc.kind(noun)
    if kind:
        return {f"ak:{slot}:{kind}"}
    kind = vc.modifier_kind(noun)
    return {f"ak:{slot}mod:{kind}"} if kind else set()
