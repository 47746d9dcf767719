"""Type competition inside one clause: the head predicate decides.

The lexicon scores a sentence's types by their cue words, wherever they stand: in "the
air force bombed their hideouts" the noun "hideouts" (a disrupted-weapons cue) outscored
the verb "bombed", and in "police beat protesters" the protesters could type a protest.
But the object of a verb is what the deed was done to; the deed is the verb. So a type
whose asserted words are all direct objects of a verb that is itself an asserted cue of
another recorded type of political violence yields to that verb's type. A cue phrase
that holds the verb ("seized weapons", "shot down a drone") has the verb as its word,
and stays; a verb of arrest or search ("police raided a weapons cache") names no deed
that outweighs what was found.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from frontlines.nlp.events.story import VIOLENT_TYPES
from frontlines.nlp.events.triggers import triggers as cue_tokens
from frontlines.vocab.events import EventMatch

__all__ = ["yields_to_verb"]


def yields_to_verb(sent: Span, matches: Sequence[EventMatch], match: EventMatch,
                   realis: Sequence[Token], asserted: Callable[[Token, str], bool],
                   ) -> bool:  # fmt: skip
    """Whether every asserted word of ``match`` is the direct object of a verb that
    recorded types of ``sent`` have as an asserted cue word of their own, all of them
    types of political violence.
    ``asserted(token, type_id)``: whether the realis and sense readings keep the word."""
    if not realis:
        return False
    for word in realis:
        verb = word.head
        if word.pos_ not in {"NOUN", "PROPN"} or word.dep_ != "dobj" or verb.pos_ != "VERB":
            return False
        kinds = {m.type.acled_event for m in matches if m.type.record
                 and m.type.id != match.type.id and verb in cue_tokens(sent, m)
                 and asserted(verb, m.type.id)}  # fmt: skip
        if not kinds or not kinds <= VIOLENT_TYPES:
            return False  # no deed, or a verb of arrest too ("raided a weapons cache")
    return True
