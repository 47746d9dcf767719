"""A strategic development told in a relative clause describes a participant, not the news.

"The states that first pledged to send soldiers ...", "militiamen, who have struck a
pact with the rebels, ...": a relative clause whose subject is the
relative pronoun says who a participant is (what a state once pledged, which pact
a group belongs to), as an adjective would; the sentence's news is its main
clause. Agreements, changes to a group, troop movements, sanctions and new bases told
this way are the standing facts a story leans on, which a coder does not code as events
of the story. Violent events are not read this way ("Reed, who was shot by a
gunman", "the woman who threw the bomb" tell the violence), nor arrests ("police, who
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
    pronoun ("states that pledged to ...", "militiamen who have struck a pact ...")."""
    return trigger.dep_ == "relcl" and any(
        c.dep_ in _SUBJECTS and c.lower_ in _RELATIVE for c in trigger.children)
