"""Where an event noun sits in its clause, for reading its arguments (``roles``).

A noun's doer and aim hang on the phrase the clause places, which is not always the
noun the cue matched: "a series of drone raids" sits where "series" does, "hundreds of
demonstrators" where "hundreds" does, and a cue that only modifies an event noun
("missile" of "cruise missile strikes against X") has its arguments on that noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import word_list

__all__ = ["counting", "modifies_event", "slot_of"]

#: Nouns that count events: "a series of airstrikes" sits where "series" does.
_SERIES = frozenset({"series", "wave", "spate", "string", "round", "barrage", "volley",
                     "flurry", "salvo", "campaign", "number", "succession"})  # fmt: skip
#: Nouns that count or gather people ("hundreds of", "a crowd of").
_COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "million", "number", "crowd",
                     "group", "band", "gang", "mob", "tens", "couple"})  # fmt: skip
#: Nouns a cue may modify ("bomb" of "bomb attacks", "missile" of "missile strikes").
_EVENT_HEADS = frozenset(word_list("event", "general_event_nouns"))


def counting(noun: Token) -> Token:
    """The count or crowd noun whose "of" phrase ``noun`` is ("hundreds of demonstrators",
    "a crowd of protesters"), else ``noun``: where the people it names sit in the clause."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and (
            prep.head.like_num or prep.head.lemma_.lower() in _COUNTS):
        return prep.head
    return noun


def slot_of(trigger: Token) -> Token:
    """The token whose place in the clause is the event noun's: the count noun of "a
    series of strikes", else the noun itself."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _SERIES:
        return head.head
    return trigger


def modifies_event(trigger: Token) -> bool:
    """Whether a cue word only modifies an event noun ("missile" of "missile strikes",
    not of "a missile factory"): the noun, not the modifier, takes the arguments."""
    head = trigger.head
    return trigger.dep_ == "compound" and head.i != trigger.i and head.pos_ == "NOUN" and (
        head.lemma_.lower() in _EVENT_HEADS)
