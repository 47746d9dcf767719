"""Someone held now was arrested: "the suspect is in custody", "who remains in detention".

The specificity reading drops an event word that hangs from a simple present of state
("the use of chemical weapons reinforces ...", "those involved in the attack are based
in ..."): such a clause says what is, not what happened. A person said to be in custody
is the one exception that state carries: custody is the result of an arrest, and a
story that says a named or counted person is held now reports that arrest (the
detention is its event, as ACLED codes it). Only with a specific holder: a pronoun, a
name, or a noun with a determiner, number or possessor ("two men are in custody");
a bare plural ("migrants in detention are ...") is a kind, and stays generic.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import word_list

__all__ = ["HOLDING_NOUNS", "held_now"]

#: Nouns of being held ("in custody", "in detention").
HOLDING_NOUNS = frozenset(word_list("event", "holding_nouns"))
#: Verbs that put a subject in a state: "is", "remains", "stays in custody".
_STATE_COPULAS = frozenset({"be", "remain", "stay"})
_SPECIFIERS = frozenset({"det", "nummod", "poss"})
_RELATIVES = frozenset({"who", "whom", "that", "which"})
#: Words that make the holder no one in particular.
_NONE = frozenset(
    {"no", "any", "every", "each", "anyone", "anybody", "everyone", "nobody", "none", "someone"}
)


def held_now(trigger: Token) -> bool:
    """Whether ``trigger`` is a holding noun ("custody") in an "in" phrase that a present
    copula says a specific subject is in: "the boy, who is now in custody"."""
    if trigger.lemma_.lower() not in HOLDING_NOUNS or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    verb = prep.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or verb.lemma_.lower() not in _STATE_COPULAS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "the boy, who is in custody"
    return _specific(subject)


def _specific(noun: Token) -> bool:
    """A pronoun, a name, or a noun a determiner, number or possessor singles out; never
    one a "no" or "any" opens ("no one", "any suspect")."""
    if any(c.lower_ in _NONE for c in noun.children) or noun.lower_ in _NONE:
        return False
    if noun.pos_ in {"PRON", "PROPN"}:
        return True
    if noun.tag_ == "NN":
        return True  # "the suspect", "a man", "the 12-year-old"
    return any(c.dep_ in _SPECIFIERS for c in noun.children)
