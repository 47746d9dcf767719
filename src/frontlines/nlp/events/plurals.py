"""A bare plural event noun that still names particular events, not a kind of event.

``realis._generic_plural`` reads a bare plural that is not a subject ("ramped up
attacks", "conducted strikes in Iraq") as a kind of event, unless words of its own pick
particular ones out. Two such words it missed, each read on the parse:

* a count of its own, even where the plural hangs on a noun of telling ("reports of
  more than 50 assaults in the town"): the count measures the events, whatever noun the
  "of" phrase hangs on ("a series of airstrikes" reads the series);
* the means a dated verb names ("the town was hit in airstrikes on Sunday night",
  "wounded by shells on Monday", "hit rebel positions with rockets on Friday", where the
  parse hangs the means on the object): the verb's own day dates the events it was done
  with.
  Only "in", "with", "by" and "through" name a means: "spoke about airstrikes on Monday"
  tells of no strike.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["MEANS", "counted_or_means"]

#: Prepositions that name what a deed was done with or in.
MEANS = frozenset({"in", "with", "by", "through"})
#: Links of a count on a noun ("50 assaults", "dozens of raids" reads the measure).
_COUNTS = frozenset({"nummod"})
#: Links of the object a deed was done to: a means phrase the parse hangs there is the verb's.
_DONE_TO = frozenset({"dobj", "nsubjpass"})
#: A number that is a date ("the 2001 attacks") counts nothing.
_DATES = frozenset({"DATE", "TIME"})


def counted_or_means(noun: Token, dated: Callable[[Token], bool]) -> bool:
    """Whether the plural ``noun`` names particular events by a count of its own or as
    the means of a verb ``dated`` says is dated (``realis._dated``)."""
    if any(c.dep_ in _COUNTS and c.like_num and c.ent_type_ not in _DATES for c in noun.children):
        return True
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in MEANS:
        return False
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ in _DONE_TO and verb.head.pos_ == "VERB":
        verb = verb.head  # "hit militant positions with air strikes on Monday": the parse
        # hangs the means on the object; what a place was hit with is the verb's means
    return verb.pos_ == "VERB" and dated(verb)
