"""A strategic development told in a relative clause describes a participant, not the news.

"The countries that initially agreed to contribute troops ...", "guerrillas, who have
formed an alliance with the resistance, ...": a relative clause whose subject is the
relative pronoun says who a participant is (what a country once agreed to, which
alliance a group belongs to), as an adjective would; the sentence's news is its main
clause. Agreements, changes to a group, troop movements, sanctions and new bases told
this way are the standing facts a story leans on, which a coder does not code as events
of the story. Violent events are not read this way ("Howard, who was shot by a
policeman", "the man who hurled a grenade" tell the violence), nor arrests ("police, who
arrested five men"): only strategic developments that characterise a side.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["DESCRIBING_TYPES", "describes_participant"]

#: Lexicon types of strategic developments that a relative clause uses to characterise a
#: side (``data/events.toml`` ids).
DESCRIBING_TYPES = frozenset({
    "agreement", "change_to_group", "change_to_group_forces", "change_to_group_activated",
    "troop_movement", "troop_movement_forces", "sanctions", "headquarters_established",
})  # fmt: skip
#: Relative pronouns standing for the noun the clause describes.
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def describes_participant(trigger: Token) -> bool:
    """Whether ``trigger`` is the verb of a relative clause whose subject is the relative
    pronoun ("countries that agreed to ...", "guerrillas who have formed ...")."""
    return trigger.dep_ == "relcl" and any(
        c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE for c in trigger.children)
