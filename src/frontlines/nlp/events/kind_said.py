"""The kind of doer a story gives its violent events where it names them again.

A story often tells an attack with no one doing it in the sentence that counts ("The
consulate bombings, on May 3, left 61 dead") and gives the doer's kind only where it
speaks of the same events with a modifier, before or after, in a sentence that tells no
new event: "a minister called the rebel bombings last week at two consulates proof
that ...", "the council condemns the rebel bomb attacks". An event noun's own modifier is
already its kind of doer (``roles.side_modifier``); this reads the story's other mentions
of the word the event was told with, the way ``perpetrators`` reads "X planned the
attacks".

Only where every such modifier of that word in the story names one side, the mention
can be about the event (``perpetrators.fits``: not "the bombings of the airliner" for
a bombing of the embassies), and no event of the same sub-event type names another doer.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from frontlines.model import Event, EventActor
from frontlines.nlp.events.perpetrators import fits
from frontlines.nlp.events.roles import side_modifier
from frontlines.nlp.events.story import GENERAL_EVENT_NOUNS, VIOLENT_TYPES

__all__ = ["kind_said"]

#: Shortest shared beginning of two words for one event word ("bomb": "bombings").
_STEM = 4


def kind_said(events: list[Event], doc: Doc) -> list[Event]:
    """``events`` with each violent one that names no doer given the side modifier the
    story puts on its word elsewhere, when the story's modifiers of that word agree."""
    if not any(e.actor1 is None and e.acled_event in VIOLENT_TYPES for e in events):
        return events
    modified = [(noun, kind) for noun in doc if noun.pos_ == "NOUN"
                and _words(noun) & GENERAL_EVENT_NOUNS and not _others(noun)
                and (kind := side_modifier([noun])) is not None]  # fmt: skip
    if not modified:
        return events
    done: list[Event] = []
    for event in events:
        if event.actor1 is None and event.acled_event in VIOLENT_TYPES:
            kind = _one_kind(event, doc, modified, events)
            event = replace(event, actor1=kind) if kind is not None else event
        done.append(event)
    return done


def _one_kind(event: Event, doc: Doc, modified: list[tuple[Token, EventActor]],
              events: list[Event]) -> EventActor | None:  # fmt: skip
    """The one side the story's modifiers of the event's own word name, else None."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    told = {t.lemma_.lower() for t in span if t.pos_ in {"NOUN", "VERB"}
            and t.lemma_.lower() in GENERAL_EVENT_NOUNS}  # fmt: skip
    kinds = [kind for noun, kind in modified
             if any(_same_word(w, t) for w in _words(noun) for t in told) and fits(noun, event)]
    if not kinds or len({_side_word(k) for k in kinds}) != 1:
        return None
    others = [e.actor1 for e in events if e.acled_sub_event == event.acled_sub_event
              and e.actor1 is not None]  # fmt: skip
    if any(_side_word(a) != _side_word(kinds[0]) for a in others):
        return None  # the story's events of this kind have another doer: which is not said
    return kinds[0]


#: Modifiers that set a noun's events apart from the one told ("other terrorist attacks").
_APART = frozenset({"other", "another", "previous", "earlier", "past", "prior", "future",
                    "similar", "such", "recent", "further", "more"})  # fmt: skip


def _others(noun: Token) -> bool:
    """Whether a noun speaks of events other than the one told ("other recent terrorist
    attacks", "previous terrorist bombings"): its kind of doer is theirs."""
    return any(c.lower_ in _APART for c in noun.children if c.dep_ in {"amod", "det"})


def _words(noun: Token) -> set[str]:
    """The event words a noun is told with: its own and its compounds' ("the terrorist
    bomb attacks": attack and bomb)."""
    words = {noun.lemma_.lower()}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    return {w for w in words if _general(w)} or words


@lru_cache(maxsize=1 << 16)  # lemmas: a bounded vocabulary, kept bounded anyway
def _general(word: str) -> bool:
    """Whether ``word`` is one of the general event nouns or made from one; kept per
    word, as every noun of a story is read against all of them."""
    return any(_same_word(word, g) for g in GENERAL_EVENT_NOUNS)


def _same_word(a: str, b: str) -> bool:
    """One event word made from the other ("bomb", "bombing"), not two that only begin
    alike."""
    return len(a) >= _STEM and len(b) >= _STEM and (a.startswith(b) or b.startswith(a))


def _side_word(actor: EventActor) -> str:
    """An actor's words without case or a plural ending ("Terrorists": terrorist)."""
    return " ".join(w.removesuffix("s") for w in actor.text.casefold().split())
