"""An event noun that names whom it was done to: "the murder of Dr. Amos Hale".

A noun of violence is a kind of event unless its own words pick out one ("the bombings
this month", "raids by Ivan's men": ``realis.particular``). A definite noun whose "of"
phrase names a person or a named building ("the killing of Mayor Lina Ortiz sparks
protests", "the shelling of the Hotel Rwanda") tells that one event, told as done: a kind
of event has no named victim. "The killing of civilians is a crime" names none.

A named victim does not make the deed done when a linking verb only judges it: "the
arrest of Imran Khan is unlikely", "the release of Alan Gross is the goal of the talks",
"the assassination of X is unthinkable" weigh a deed that may never come. Only "be",
"seem" or "remain" with a word of likelihood, duty or judgement ("unlikely", "a duty",
"the goal", "a crime") weighs it so, and not when what it is said to be counts it among
others: an ordinal ("is the third this year") or "the latest". "The murder of X remains
unsolved" tells a deed done.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["JUDGING_ADJECTIVES", "JUDGING_NOUNS", "LINKING_VERBS", "VICTIM_LABELS",
           "of_named"]

#: Entity labels of a named victim or target: a person, a named building or site.
VICTIM_LABELS = frozenset({"PERSON", "FAC"})
#: Verbs that link a subject to what it is said to be: they judge the deed, not tell it.
LINKING_VERBS = frozenset({"be", "remain", "seem"})
#: Adjectives that weigh a deed's likelihood or worth, not tell it ("is unlikely").
JUDGING_ADJECTIVES = frozenset({
    "likely", "unlikely", "possible", "impossible", "probable", "improbable", "imminent",
    "inevitable", "certain", "uncertain", "unthinkable", "conceivable", "inconceivable",
    "necessary", "unnecessary", "essential", "vital", "urgent", "justified", "unjustified",
    "legitimate", "illegal", "legal", "lawful", "unlawful", "forbidden", "permitted",
    "acceptable", "unacceptable", "desirable", "crucial", "key", "required", "mandatory",
    "obligatory", "expected", "feasible", "unfeasible", "imperative", "wrong", "right",
})  # fmt: skip
#: Nouns of a goal, duty or judgement a deed is said to be ("is the goal", "a duty").
JUDGING_NOUNS = frozenset({
    "goal", "aim", "objective", "target", "priority", "duty", "obligation", "necessity",
    "option", "possibility", "demand", "condition", "precondition", "requirement",
    "purpose", "mission", "task", "intention", "plan", "crime", "sin", "right",
})  # fmt: skip
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
    """Whether the noun is the subject of a linking verb whose complement weighs it ("is
    unlikely", "is a duty", "remains the goal") and does not count it among other deeds
    ("is the third"); any other complement ("remains unsolved") leaves it told."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in LINKING_VERBS:
        return False
    judging = False
    for complement in (c for c in verb.children if c.dep_ in {"attr", "acomp", "oprd"}):
        if any(t.ent_type_ == "ORDINAL" or t.lower_ in _COUNTING for t in complement.subtree):
            return False
        word = complement.lemma_.lower()
        judging = judging or word in JUDGING_ADJECTIVES or word in JUDGING_NOUNS
    return judging
