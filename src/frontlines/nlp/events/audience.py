"""A gathering that is only the audience of a speech tells no protest: "the senator told a
rally in Ohio that taxes would fall", "she addressed the crowd for an hour". The event
word is the object of a verb of speaking to someone; what the sentence reports is the
speech, and the gathering is the speaker's own audience (a campaign rally, a town hall),
not a crowd that took to the street. Only a singular gathering noun counts: the people
addressed ("told the protesters he would listen") may well be a protest told.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["AUDIENCE", "audience_reason"]

#: The reason given for a gathering that is only a speech's audience.
AUDIENCE = "audience of a speech"
#: Verbs of speaking to an audience whose object is the audience.
_ADDRESSING = frozenset({"tell", "address", "assure", "harangue", "regale"})
#: Object relations.
_OBJECTS = frozenset({"dobj", "dative"})


def audience_reason(trigger: Token) -> str:
    """``AUDIENCE`` when the trigger is a singular noun that is the object of a verb of
    speaking to an audience, else ""."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NN" or trigger.dep_ not in _OBJECTS:
        return ""
    return AUDIENCE if trigger.head.lemma_.lower() in _ADDRESSING else ""
