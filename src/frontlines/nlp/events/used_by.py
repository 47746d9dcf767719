"""A weapon or craft named as the doer or the means of a noun of attack is used.

``realis.irrealis_reason`` drops a weapon or craft word unless a verb of attack uses it
("every jet came back unharmed" tells no strike). The verb that asserts the weapon is
not always the one that uses it: in "critics cited the shelling of the clinic by army
tanks" or "they condemned the bombing of the bridge with drones" the noun of attack
whose "by" or "with" phrase names the weapon tells that it was used, whatever verb
("cited", "condemned") the noun hangs from.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["MEANS_PREPOSITIONS", "used_by_attack"]

#: Prepositions naming the doer or the means of a deed.
MEANS_PREPOSITIONS = frozenset({"by", "with"})


def _attack_word(word: Token, attack_verbs: frozenset[str]) -> bool:
    """ "shelling", "bombing", "targeting": a noun or gerund of an attack verb."""
    lemma = word.lemma_.lower()
    if lemma in attack_verbs:
        return True
    lower = word.lower_
    return lower.endswith("ing") and (lower[:-3] in attack_verbs
                                      or f"{lower[:-3]}e" in attack_verbs)  # fmt: skip


def used_by_attack(trigger: Token, attack_verbs: frozenset[str]) -> bool:
    """Whether the weapon word (or the first of a list it ends) is the object of a "by"
    or "with" phrase of a noun or gerund of attack ("the shelling of the clinic by army
    tanks"): the attack it names used it."""
    word = trigger
    for _ in range(6):
        if word.dep_ != "conj" or word.head.i == word.i:
            break
        word = word.head
    if word.dep_ != "pobj" or word.head.lower_ not in MEANS_PREPOSITIONS:
        return False
    owner = word.head.head
    return owner.pos_ in {"NOUN", "VERB"} and owner.tag_ in {"NN", "NNS", "VBG"} and (
        _attack_word(owner, attack_verbs))
