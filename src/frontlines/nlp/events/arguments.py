"""What kind of thing a cue word's arguments are: read by ``senses.py`` to tell a cue's
event sense from its everyday one.

A contest over something concrete (a place, a site, a time, people, a group, a weapon or
a belonging) is what armed sides fight; one over nothing concrete with no side named ("a
battle looms over the new pension rules") is a dispute. What is deployed or formed is a
force. The kinds are the word lists of ``data/sense_words.toml``,
``data/place_words.toml`` and the actor nouns of ``data/event_words.toml``, with the
model's entity labels.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.vocab.words import word_list, words

__all__ = ["concrete", "is_force", "sides_named"]

PERSONS = words("sense", "person_nouns")
GROUP_NOUNS = words("sense", "group_nouns")
MEMBERSHIPS = words("sense", "membership_nouns")
WEAPONS = words("sense", "weapon_nouns")
BELONGINGS = words("sense", "belonging_nouns")
#: Nouns that name a side or its people (``roles.ACTOR_NOUNS``): what is deployed or formed.
ACTOR_NOUNS = frozenset(word_list("event", "actor_nouns"))
#: Nouns for places and sites: a contest over one is over ground, not an idea.
PLACE_NOUNS = words("place", "place_nouns") | words("place", "facility_nouns")
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "his", "their"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _side_word(word: Token) -> bool:
    return word.ent_type_ in {"PERSON", "NORP", "ORG", "GPE"} or _lemma(word) in PERSONS \
        or _lemma(word) in GROUP_NOUNS


#: Entity labels of what armed sides contend over or are: places, times, people, groups.
_CONCRETE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "PERSON", "NORP", "ORG",
                              "CARDINAL", "QUANTITY", "MONEY"})  # fmt: skip


def concrete(topic: Token) -> bool:
    """Whether a contest's topic names something armed sides fight over: a place or site,
    a time, people, a group, a weapon or a belonging, anywhere in its phrase."""
    for word in topic.subtree:
        lemma = _lemma(word)
        if word.ent_type_ in _CONCRETE_LABELS or word.like_num:
            return True
        if word.pos_ in {"NOUN", "PROPN"} and (
            lemma in PLACE_NOUNS or lemma in PERSONS or lemma in GROUP_NOUNS
            or lemma in MEMBERSHIPS or lemma in WEAPONS or lemma in BELONGINGS
            or word.lower_ in _PERSONAL_PRONOUNS
        ):
            return True
    return False


def sides_named(trigger: Token) -> bool:
    """Whether the contest names a side: a verb's subject or object, a noun's possessor or
    modifier, "with"/"between"/"against" someone."""
    verb = trigger.pos_ == "VERB"
    for child in trigger.children:
        if verb and child.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"}:
            return True
        if not verb and (child.dep_ == "poss" or (
                child.dep_ in {"compound", "nmod", "amod"} and _side_word(child))):
            return True  # "the rebels' fight", "army fighting"; not "a high-profile fight"
        if child.dep_ == "prep" and child.lower_ in {"with", "between", "against", "among"}:
            return True
    return False


def is_force(thing: Token) -> bool:
    """Whether what was deployed, dispatched or formed is a force: people, a unit or a
    group, its weapons or craft, a name (a side's or a country's), a pronoun; or one of
    its conjuncts is ("troops, a field hospital and fire engines")."""
    for word in (thing, *thing.conjuncts):
        lemma = _lemma(word)
        if word.pos_ not in {"NOUN", "PROPN"} or word.ent_type_ in {
                "ORG", "NORP", "PERSON", "GPE"}:  # fmt: skip
            return True
        if (lemma in ACTOR_NOUNS or word.lower_ in ACTOR_NOUNS or lemma in PERSONS
                or lemma in GROUP_NOUNS or lemma in MEMBERSHIPS or lemma in WEAPONS):
            return True
    return False

