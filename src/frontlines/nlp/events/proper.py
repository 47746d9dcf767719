"""A cue word written as a proper name is a name, not an event.

Firms, brands, bands and people carry event words as names ("Strike had revenue of $3
million", "shares of Rally rose", "Protest played two songs"): in a sentence written in
ordinary case, a cue word capitalised away from the sentence's start and tagged a proper
noun names a holder of things, not a deed. Names that *are* events keep their sense: they
carry what a name of an event has, a people or a cause ("the Women's March", "the March
for Our Lives", "the Tet Offensive"), so a capitalised cue with a possessor, a compound or
a complement is left to the other readings. A headline in title case ("Thousands Protest
New Tax") capitalises every word, so such a sentence tells nothing here.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.everyday import harm_told_besides
from frontlines.nlp.events.memo import sentence

__all__ = ["as_a_name"]

#: Parts of speech of the words whose case shows whether a sentence is in title case.
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
#: Dependents that make a capitalised cue the name of an event ("the Women's March", "the
#: March for Our Lives", "the Tet Offensive", "the Battle of Mosul").
_EVENT_NAME_PARTS = frozenset({"poss", "compound", "prep", "amod", "nmod", "nummod"})


def _title_case(token: Token) -> bool:
    """Whether the sentence capitalises most of its content words (a headline)."""
    words = [t for t in sentence(token) if t.i != sentence(token).start and t.is_alpha
             and t.pos_ in _CONTENT]  # fmt: skip
    if not words:
        return True  # nothing to compare with: say nothing
    return sum(t.text[0].isupper() for t in words) * 2 >= len(words)


def as_a_name(trigger: Token) -> bool:
    """Whether ``trigger`` is a cue word used as a bare proper name ("Strike had revenue of
    $3 million", "shares of Rally rose") in a sentence written in ordinary case."""
    if trigger.tag_ not in {"NNP", "NNPS"} or not trigger.text[:1].isupper():
        return False
    if trigger.i == sentence(trigger).start or trigger.ent_type_ in {"DATE", "EVENT"}:
        return False
    if any(c.dep_ in _EVENT_NAME_PARTS for c in trigger.children):
        return False
    if trigger.dep_ in {"poss", "compound"} and trigger.head.pos_ == "PROPN":
        return False  # a word of a longer name ("the Women's March"): the name is read whole
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.children):
        return False  # "a Riot broke out": a stray capital on a common noun, not a name
    if harm_told_besides(trigger):
        return False  # "... leaving two dead": harm told makes the deed, whatever the case
    return not _title_case(trigger)
