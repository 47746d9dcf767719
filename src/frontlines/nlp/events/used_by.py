"""A weapon or craft named as the doer or the means of a noun of attack is used.

``realis.irrealis_reason`` drops a weapon or craft word unless a verb of attack uses it
("every jet came back unharmed" tells no strike). The verb that asserts the weapon is
not always the one that uses it: in "critics cited the shelling of the clinic by army
tanks" or "they condemned the bombing of the bridge with drones" the noun of attack
whose "by" or "with" phrase names the weapon tells that it was used, whatever verb
("cited", "condemned") the noun hangs from. The parser mostly hangs that phrase on the
verb instead ("cited [the shelling] [by a tank]"): a "by" or "with" phrase of a verb
whose direct object is a noun of attack is read as the attack's.

The attack must itself be told as done: a foiled, planned or generic attack used no
weapon ("police foiled an attack with a car bomb").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from frontlines.vocab.words import word_list

__all__ = ["FRUSTRATING_VERBS", "MEANS_PREPOSITIONS", "used_by_attack"]

#: Prepositions naming the doer or the means of a deed.
MEANS_PREPOSITIONS = frozenset({"by", "with"})
#: Verbs whose object, an attack, was stopped before it was carried out.
FRUSTRATING_VERBS = frozenset(word_list("event", "frustrating_verbs"))


def _attack_word(word: Token, attack_verbs: frozenset[str]) -> bool:
    """ "shelling", "bombing", "hitting": a noun or gerund of an attack verb, by its lemma
    or by its stem less "-ing" (a noun's lemma keeps it), undoubling a doubled last
    consonant ("hitting" -> "hit") or restoring a dropped "e" ("targeting", "raiding")."""
    if word.lemma_.lower() in attack_verbs:
        return True
    lower = word.lower_
    if not lower.endswith("ing"):
        return False
    stem = lower[:-3]
    stems = {stem, f"{stem}e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])
    return bool(stems & attack_verbs)


def _attack_of(prep: Token, attack_verbs: frozenset[str]) -> Token | None:
    """The noun or gerund of attack whose "by"/"with" phrase ``prep`` heads: its own, or
    the direct object of the verb the parser hung the phrase on."""
    owner = prep.head
    if owner.pos_ == "VERB" and owner.tag_ != "VBG":
        owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
    if owner.pos_ in {"NOUN", "VERB"} and owner.tag_ in {"NN", "NNS", "VBG"} and (
            _attack_word(owner, attack_verbs)):  # fmt: skip
        return owner
    return None


def _done(attack: Token, irrealis: Callable[[Token], str]) -> bool:
    """Whether the attack is told as carried out: realis (``irrealis``, realis's own
    reading, passed in: realis calls this module) and not stopped. A generic or planned
    attack's weapon is dropped later by ``specific``, as any event word is."""
    if attack.head.lemma_.lower() in FRUSTRATING_VERBS:
        return False  # "foiled an attack": it was not carried out
    return irrealis(attack) == ""


def used_by_attack(trigger: Token, attack_verbs: frozenset[str],
                   irrealis: Callable[[Token], str]) -> bool:
    """Whether the weapon word (or the first of a list it ends) is the object of a "by"
    or "with" phrase of a noun or gerund of attack ("the shelling of the clinic by army
    tanks") told as done: the attack it names used it."""
    word = trigger
    for _ in range(6):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ not in MEANS_PREPOSITIONS:
        return False
    attack = _attack_of(word.head, attack_verbs)
    return attack is not None and attack.i != trigger.i and _done(attack, irrealis)
