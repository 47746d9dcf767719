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

One kind of fighting reads the same way: a past fight with no opponent and no day of its
own, told of the people a sentence is about ("troops who fought in Iraq and Afghanistan are
being tested", "veterans who have fought in Korea will march"), is their service, who they
are, not a clash of the story. A fight with an opponent ("rebels who fought government
troops") or a date ("who fought in the town on Monday") stays a clash.
"""

from __future__ import annotations

from spacy.tokens import Token

from frontlines.nlp.events.memo import sentence

__all__ = ["DESCRIBING_TYPES", "describes_participant", "served_in"]

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


#: Verbs of a side's fighting that a relative clause tells as service ("who fought in").
_SERVICE_VERBS = frozenset({"fight", "battle"})
#: Prepositions that name an opponent of a fight ("fought against the rebels").
_OPPONENT_PREPS = frozenset({"against", "with", "off"})
#: Words of harm that, told outside the clause, make its fight the news ("who fought in
#: the town killed 12"); inside it they are the service's own ("who fought and were hurt").
_HARM = frozenset({"kill", "wound", "injure", "die", "dead", "hurt"})
#: Entity labels of an event's own time.
_TIMES = frozenset({"DATE", "TIME"})


def served_in(trigger: Token) -> bool:
    """Whether ``trigger`` is a past fight told of a participant as service: a relative
    clause on its relative pronoun, past or perfect ("who fought", "who have fought"), with
    no object or opponent, no date or time in the clause and no harm told outside it
    ("militants who fought there have retreated, leaving 20 dead" is news)."""
    if trigger.lemma_.lower() not in _SERVICE_VERBS or not describes_participant(trigger):
        return False
    if trigger.tag_ != "VBD" and not (trigger.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)):  # fmt: skip
        return False
    if any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in _OPPONENT_PREPS)
           for c in trigger.children):  # fmt: skip
        return False
    clause = {t.i for t in trigger.subtree}
    if any(t.i not in clause and t.lemma_.lower() in _HARM for t in sentence(trigger)):
        return False  # "rebels who fought in the town killed 12": the fight is news
    return not any(t.ent_type_ in _TIMES for t in trigger.subtree)
