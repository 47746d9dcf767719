"""Ground a share measures: "80 percent of the land the rebels seized" tells no seizing.

Territory claims measure what a side holds or lost as a share of the ground it once took
("retook 95 percent of the territory the militants had seized"). The seizing in that
relative clause only says which ground is measured: it is history the claim refers to,
not news of a seizing, and an ACLED coder codes no event from it (the claim layer reads the
number). So a trigger that is the verb of a relative clause whose noun is measured by a
share ("percent of", "half of", "most of") reports no event.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["MEASURED", "measured_reason"]

MEASURED = "only defines the ground a share measures"

#: Words that measure a part of what follows their "of".
_SHARES = frozenset({"percent", "%", "share", "half", "third", "quarter", "most", "much",
                     "part", "portion", "fraction", "all", "bulk", "majority", "tenth",
                     "percentage", "some", "rest", "remainder", "area", "square"})  # fmt: skip


def measured_reason(trigger: Token) -> str:
    """``MEASURED`` when ``trigger`` is the verb of a relative clause on a noun that a
    share measures ("percent of the ground [the rebels had seized]"), else ""."""
    if trigger.dep_ != "relcl" or trigger.pos_ not in {"VERB", "AUX"}:
        return ""
    noun = trigger.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return ""
    share = noun.head.head
    measured = share.lemma_.lower() in _SHARES or share.lower_ in _SHARES or (
        share.ent_type_ == "PERCENT")  # fmt: skip
    return MEASURED if measured else ""
