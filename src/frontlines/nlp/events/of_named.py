"""An event noun that names whom it was done to: "the murder of Dr. Amos Hale".

A noun of violence is a kind of event unless its own words pick out one ("the bombings
this month", "raids by Ivan's men": ``realis.particular``). A definite noun whose "of"
phrase names a person or a named building ("the killing of Mayor Lina Ortiz is the third
this year", "the shelling of the Al-Noor Hospital") tells that one event, told as done:
a kind of event has no named victim. "The killing of civilians is a crime" names none.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["VICTIM_LABELS", "of_named"]

#: Entity labels of a named victim or target: a person, a named building or site.
VICTIM_LABELS = frozenset({"PERSON", "FAC"})
_DEFINITE = frozenset({"the", "that", "this"})


def of_named(noun: Token) -> bool:
    """Whether a definite event noun's own "of" phrase names a person or a named site."""
    if noun.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return False
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if obj.ent_type_ in VICTIM_LABELS and obj.pos_ == "PROPN":
                    return True
    return False
