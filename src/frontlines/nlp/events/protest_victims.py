"""Violence told in a protest story is not force against protesters unless protesters
took it: "the marchers also honoured men like J. M., who was shot dead in May by an
off-duty deputy" names a protest, and the type of excessive force against protesters
asks only that its sentence hold a protest word (``requires``); but the one shot is a
man the protest remembers, and a coder files his killing as an attack on a civilian.

So an event typed as excessive force against protesters whose victim is a named person
or one person a common noun names ("the police shooting of a young man sparked
protests"), and whose own clause (the violence word's phrase) holds no protest word, is an attack
(violence against civilians). A victim the clause calls a protester ("police shot J. M.,
a demonstrator, during the march") keeps the protest type.

And a peaceful protest whose protester is physically removed, held or pushed about ("a
heckler was dragged out of the hall", "guards ejected two demonstrators", "a protester who
was punched by a supporter") is a protest with intervention: ACLED files any physical
attempt to disperse or suppress a peaceful protest there, whoever made it, as long as no
serious or lethal injury is told (that is excessive force, its own cues). Only the verb's
own arguments count: protesters who pushed through a barricade did the pushing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.arguments import PERSONS
from frontlines.vocab.events import EventLexicon, EventMatch
from frontlines.vocab.words import word_list

__all__ = ["FORCE_AGAINST_PROTESTERS", "protesters_handled", "victim_not_protesting"]

#: The sub-event type this reading may undo.
FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
#: The lexicon type of an attack on civilians.
_ATTACK = "attack"
#: Person nouns that name someone taking part in a protest or a movement.
_ENGAGED = frozenset({"activist", "protester", "demonstrator", "student", "marcher"})
#: The sub-event type a protester handled by force turns a peaceful protest into.
PEACEFUL = "Peaceful protest"
_WITH_INTERVENTION = "protest_with_intervention"
#: Verbs of physically removing, holding or pushing someone (``data/event_words.toml``).
INTERVENING_VERBS = frozenset(word_list("event", "intervening_verbs"))
#: Nouns for someone taking part in a protest.
PROTESTING = frozenset(word_list("event", "protesting_nouns"))
_UNDERGOERS = frozenset({"dobj", "nsubjpass"})


def victim_not_protesting(match: EventMatch, victim: EventActor | None,
                          words: list[Token], sent: Span,
                          lexicon: EventLexicon) -> EventMatch:  # fmt: skip
    """``match`` as an attack when its force against protesters fell on a named person
    its clause does not tell as protesting (see the module's docstring)."""
    if match.type.acled_sub_event != FORCE_AGAINST_PROTESTERS or victim is None or not words:
        return match
    protest_words = {w.lower() for w in match.type.requires}
    if not (_named_person(victim, sent) or _one_person(victim, sent, protest_words)):
        return match
    for word in words:
        if any(t.lower_ in protest_words or t.lemma_.lower() in protest_words
               for t in word.subtree):  # fmt: skip
            return match
    return replace(match, type=lexicon.get(_ATTACK))


def _named_person(actor: EventActor, sent: Span) -> bool:
    """Whether the actor's words in ``sent`` are a person's name."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _one_person(actor: EventActor, sent: Span, protest_words: set[str]) -> bool:
    """Whether the actor is one person a common noun names ("a young man", "a teenager"),
    no protester or activist: a police shooting of one man that sparked protests is an
    attack on him, not force against a crowd."""
    span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    lemma = head.lemma_.lower()
    return (head.tag_ == "NN" and lemma in PERSONS and lemma not in protest_words
            and lemma not in _ENGAGED)  # fmt: skip


def protesters_handled(match: EventMatch, sent: Span, lexicon: EventLexicon) -> EventMatch:
    """``match`` as a protest with intervention when it is a peaceful protest and a verb of
    the sentence handles a protester by force (see the module's docstring)."""
    if match.type.acled_sub_event != PEACEFUL or not any(_handled(t) for t in sent):
        return match
    return replace(match, type=lexicon.get(_WITH_INTERVENTION))


def _handled(verb: Token) -> bool:
    """Whether ``verb`` is an intervening verb done to a protester: its object or passive
    subject ("ejected two demonstrators", "a heckler was dragged out"), or the protester a
    passive relative clause hangs on ("a protester who was punched")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INTERVENING_VERBS:
        return False
    if any(c.dep_ in _UNDERGOERS and c.lemma_.lower() in PROTESTING for c in verb.children):
        return True
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return verb.dep_ == "relcl" and passive and verb.head.lemma_.lower() in PROTESTING
