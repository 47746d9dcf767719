"""Which words of a second clause tell a deed of their own (``second.second_reading``).

A sentence's second event used to need a verb cue of its own type ("..., while soldiers
shelled the camps"). Two kinds of clause were missed:

* a clause whose cue is a noun argument of its verb: "..., and a roadside bomb killed two
  soldiers" (the bomb is the subject), "..., and police carried out a raid" (the object);
* a clause whose only cue is an outcome verb ("killed", "wounded") with a doer of its
  own: "Gunmen killed three farmers on Sunday, while soldiers shelled the camps";
  "hours after militants killed a judge, police arrested two men".

An outcome verb otherwise tells what the first event did ("an air strike hit the market
and killed 12", "rebels shelled the town, and they killed five"): its subject must be a
noun of its own (no pronoun), no event or weapon ("the blast killed five" is the first
event's outcome) and not the first clause's subject again. A definite event noun ("the
attack killed five") refers back to an event told; it tells none of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from frontlines.nlp.events.realis import EVENT_NOUNS, INSTRUMENTS, definite, predicate_of
from frontlines.nlp.events.scope import finite, own_clause

__all__ = ["argument_of_own", "doer_of_own"]

#: How a noun cue may stand to the verb of its clause: its subject or its object.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Subjects of a clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def argument_of_own(noun: Token) -> bool:
    """Whether the noun cue ``noun`` is the subject or object of a finite verb heading a
    clause of its own ("..., and a roadside bomb killed two soldiers"), and names no event
    told before ("the attack", "the blast")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in _ARGUMENTS:
        return False
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or not _clause_of_its_own(verb):
        return False
    return not (definite(noun) and _happening(noun))


def doer_of_own(verb: Token, said: Sequence[Token]) -> bool:
    """Whether the outcome verb ``verb`` ("killed") is a deed of a doer of its own: a
    finite verb in a clause of its own whose active subject is a noun that is no event,
    no weapon, none of the first event's words ``said`` and not the subject of the first
    event's clause ("Gunmen killed three farmers, while soldiers shelled the camps")."""
    if verb.pos_ != "VERB" or not _clause_of_its_own(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or _happening(subject):
        return False
    if subject.i in {t.i for t in said}:
        return False
    first = {form for t in said for c in predicate_of(t).children if c.dep_ in _SUBJECTS
             for form in (c.lemma_.lower(), c.lower_)}  # "Rebels" (a name?) and "rebels"
    return not {subject.lemma_.lower(), subject.lower_} & first


def _clause_of_its_own(verb: Token) -> bool:
    """A finite verb with a subject that heads the sentence, a conjunct clause of its own
    or an adverbial clause ("while ...", "after ...")."""
    if not finite(verb) or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return verb.dep_ in {"ROOT", "advcl"} or own_clause(verb)


def _happening(noun: Token) -> bool:
    """An event or a weapon ("the attack", "the blast", "the shelling", "the bomb"): what
    the first event's words may have told already."""
    lemma = noun.lemma_.lower()
    return lemma in EVENT_NOUNS or lemma in INSTRUMENTS or noun.lower_.endswith("ing")
