"""Who did a sentence's deed and whom it hit, by the words that told it.

The coder reads a deed from one of three sources, and each names its sides its own way:
the realis reading's asserted triggers (their arguments, after the classifier's own type's
words), else a lexicon cue's words (whom the cue was aimed at; the doer stays the
sentence's subject), else a frame's head word ("assaulted a journalist", "the assault of a
nurse" read as an attack), whose own subject or "by" phrase is the doer before the
sentence's subject, as a cue word's is. A person's name that only tells of the deed ("the
minister said that the bombings ...") is no doer. Kept apart from ``component`` so that the
coder's loop reads as its steps.

Known gap: a frame's doer does not yet win over a protest type's default roles. Where a
blow at a rally is typed a protest with intervention ("A fan of the mayor punched a marcher
at a rally in X"), ``crowd_sides`` puts the crowd first and the one who struck second, as
ACLED orders that type; the frame says one person struck another, an attack with the
striker first. Mending it means retyping the deed here by its frame before the protest
passes run, which moves events between protest and attack types: not done yet.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from frontlines.model import EventActor
from frontlines.nlp.events.frames import frame_heads
from frontlines.nlp.events.participants import is_speaker, trigger_roles
from frontlines.nlp.events.roles import cue_words
from frontlines.vocab.events import ATTACK_ON_FORCES, EventLexicon, EventMatch
from frontlines.vocab.words import word_list

__all__ = ["ARMED_TARGETS", "by_target", "deed_sides"]

#: Words naming people under arms: a target that has them makes an attack a battle.
ARMED_TARGETS = frozenset(word_list("event", "armed_targets"))

Sides = tuple[EventActor | None, EventActor | None]


def deed_sides(sent: Span, match: EventMatch, realis: list[Token], own: list[Token],
               sides: Sides) -> tuple[list[Token], EventActor | None, EventActor | None]:
    """The deed's words and its two sides (see the module docstring). ``realis``: the
    asserted triggers; ``own``: the words of the type the classifier chose, when not the
    asserted one; ``sides``: the sentence's subject and object reading."""
    actor1, actor2 = sides
    cued = [] if realis else cue_words(sent, match.cues)
    words = realis or cued or frame_heads(sent, match.cues)
    if realis:
        first, second = trigger_roles(own, None, None) if own else (None, None)
        actor1, actor2 = trigger_roles(realis, actor1, actor2)  # then the cue's
        if first is not None or second is not None:
            actor1, actor2 = first or actor1, second or actor2
        return words, actor1, actor2
    one, actor2 = trigger_roles(words, actor1, actor2)  # whom the cue's word was aimed at
    if words and not cued:  # a frame's head ("assaulted a journalist" gives "attack"):
        actor1 = one or actor1  # its own doer first, as a cue's
    if actor1 is not None and words and _commentator(actor1, words[0]):
        actor1 = None  # a person only tells ("X said that the bombings ...")
    return words, actor1, actor2


def by_target(lexicon: EventLexicon, match: EventMatch, target: EventActor | None) -> EventMatch:
    """ACLED's line between an attack and a battle is who was hit: violence against
    civilians needs unarmed victims, so an "attack" on soldiers, police or a patrol is
    an armed clash (ACLED's attack on forces), whatever verb or noun told it, also with
    no doer named: an attack in ACLED's sense has civilian victims."""
    if match.type.acled_sub_event != "Attack" or target is None:
        return match
    found = {w.lower().strip(".,;:'\"") for w in target.text.split()}
    if found & ARMED_TARGETS:
        return replace(match, type=lexicon.get(ATTACK_ON_FORCES))
    return match


def _commentator(actor: EventActor, trigger: Token) -> bool:
    """Whether a person only tells of the event ("the minister said that the bombings
    ..."); a group telling of it may be owning it ("the group said its fighters ...")."""
    span = trigger.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    person = span is not None and any(t.ent_type_ == "PERSON" for t in span)
    return person and is_speaker(actor, trigger)
