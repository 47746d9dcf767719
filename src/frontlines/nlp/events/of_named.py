"""An event noun that names whom it was done to: "the murder of Dr. Amos Hale".

A noun of violence is a kind of event unless its own words pick out one ("the bombings
this month", "raids by Ivan's men": ``realis.particular``). A definite noun whose "of"
phrase names a person or a named building ("the killing of Mayor Lina Ortiz sparks
protests", "the shelling of the Hotel Rwanda") tells that one event, told as done: a kind
of event has no named victim. "The killing of civilians is a crime" names none.

A named victim does not make the deed done when a linking verb only judges it: "the
arrest of Imran Khan is unlikely", "the release of Alan Gross is the goal of the talks",
"the assassination of X is unthinkable" weigh a deed that may never come. Under "be" (or
"remain", "seem" ...) the noun is one event only when what it is said to be counts it
among others: an ordinal ("is the third this year") or "the latest".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["LINKING_VERBS", "VICTIM_LABELS", "of_named"]

#: Entity labels of a named victim or target: a person, a named building or site.
VICTIM_LABELS = frozenset({"PERSON", "FAC"})
#: Verbs that link a subject to what it is said to be: they judge the deed, not tell it.
LINKING_VERBS = frozenset({"be", "remain", "seem", "appear", "become", "stay", "look"})
#: Words that count a deed among others like it ("the latest of many such deeds").
_COUNTING = frozenset({"latest"})
_DEFINITE = frozenset({"the", "that", "this"})


def of_named(noun: Token) -> bool:
    """Whether a definite event noun's own "of" phrase names a person or a named site,
    and no linking verb only judges it."""
    if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    if not any(obj.ent_type_ in VICTIM_LABELS and obj.pos_ == "PROPN"
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for obj in prep.children if obj.dep_ == "pobj"):  # fmt: skip
        return False
    return not _judged(noun)


def _judged(noun: Token) -> bool:
    """Whether the noun is the subject of a linking verb whose complement does not count
    it among other deeds ("is unlikely", "is a duty", but not "is the third")."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in LINKING_VERBS:
        return False
    for complement in (c for c in verb.children if c.dep_ in {"attr", "acomp", "oprd"}):
        if any(t.ent_type_ == "ORDINAL" or t.lower_ in _COUNTING for t in complement.subtree):
            return False
    return True
