"""An offence named as a charge: "charged with attempted murder", "convicted of armed
robbery in the 1980s", "found guilty of murder".

Court news names the deed a person is charged with or convicted of by the offence's
name, a bare noun with no article, no possessor and no "of" phrase of its own. That
noun reports a step of a trial, not the deed: the deed is told in its own words
elsewhere in the story ("stabbed a man outside a bar", "the shooting on Friday"), and a
conviction is often for a deed long past. Read as an event, it gave a second or a
history event on tune court stories (TR-News). A particular deed after the same verbs
("charged with the murder of a nurse", "convicted of Monday's attack") is kept, as is
any verb ("charged with killing a doctor"), which ``accountable`` reads for its doer, and
a charge that names its deed ("charged with murder in the killing of a shopkeeper").
Word list: ``data/event_words.toml`` (``charging_words``); an offence noun that only
modifies a noun ("faces murder charges") is ``specific``'s modifier already.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.kinds import kind_of
from frontlines.vocab.words import words

__all__ = ["charge_name"]

CHARGING = words("event", "charging_words")
#: Dependents that make an offence noun a particular deed ("the murder", "his assault",
#: "two murders", "the murder of a nurse").
_PARTICULAR = frozenset({"det", "poss", "nummod", "predet"})
_WHEN = frozenset({"DATE", "TIME"})
#: Prepositions by which a charge names the deed it is for ("in the slaying of").
_DEED_PREPS = frozenset({"in", "over", "for"})
#: Nouns that tell a deed whatever the lexicon types them ("the killing", "the attack").
_DEED_NOUNS = words("event", "general_event_nouns")


def _bare(noun: Token) -> bool:
    return not any(c.dep_ in _PARTICULAR or (c.dep_ == "prep" and c.lower_ == "of")
                   for c in noun.children)  # fmt: skip


def _top(noun: Token) -> Token:
    """The first conjunct: "charged with murder and assault" -> "murder"."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


def charge_name(noun: Token) -> bool:
    """Whether ``noun`` (an event noun) is a bare offence noun that names a charge: the
    object of "with" / "of" / "to" under a charging verb or adjective ("pleaded guilty to
    murder")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or not _bare(noun):
        return False
    top = _top(noun)
    if top.dep_ != "pobj" or top.head.lower_ not in {"with", "of", "to"}:
        return False
    governor = top.head.head
    if governor.lemma_.lower() not in CHARGING or governor.pos_ not in {"VERB", "ADJ", "AUX"}:
        return False
    return not _deed_named(governor) and not _deed_named(noun)


def _deed(noun: Token) -> bool:
    """A noun that tells a deed ("the slaying", "the attack"), not the court or the
    occasion ("in court", "for the first time")."""
    lemma = noun.lemma_.lower()
    return lemma in _DEED_NOUNS or kind_of(lemma) is not None


def _deed_named(word: Token) -> bool:
    """ "charged with murder in the killing of a shopkeeper": the charge names its deed in
    the same sentence, which then tells it; the charge noun stays its event word."""
    return any(p.dep_ == "prep" and p.lower_ in _DEED_PREPS
               and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in _WHEN
                       and _deed(o) for o in p.children)
               for p in word.children)  # fmt: skip
