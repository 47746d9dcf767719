"""How long an event lasts, told by its own words ("a 30-day ceasefire"): a length that
is no stretch of time over which several events were summed (``specific._aggregate``).
Split out of ``specific`` to keep that module's size in check."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["own_length"]


def own_length(root: Token, trigger: Token) -> bool:
    """Whether a time expression is the length of the one thing a deed gives or agrees
    to ("agreed to a 10-day ceasefire", "declared a three-day truce", "imposed a 24-hour
    curfew"): a modifier of the deed's object, which is the trigger or whose verb is. The
    deed is one act on a day, not a stretch over which several were summed; a length in
    a setting ("killed hundreds in a three-month offensive") still spans a period."""
    noun = root.head
    if root.dep_ not in {"amod", "compound", "nmod", "nummod"} or noun.tag_ not in {"NN", "NNP"}:
        return False
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in {"to", "on"} and noun.head.dep_ == "prep":
        verb = noun.head.head
    else:
        return False
    return verb.pos_ in {"VERB", "AUX"} and trigger.i in {noun.i, verb.i}
