"""Another event a sentence names by its own place: "the attack in Arles follows the
harbour attack in Sète", "condemns the attack this morning at a market in Homs and the
two car bombings near Hama".

The coder reads one event per sentence and ACLED type (``component``): a second event
of a kind the sentence already told was a miss. A definite event noun that a place of
its own names ("the attack in Sète", "the Sète attack": ``named.name_place``) is a
particular event the story treats as known, whatever the clause around it says of it
("follows upon", "condemns", "in the aftermath of"): it happened. When its place is
neither the place of the sentence's event nor inside or around it, it is another event,
which ACLED codes apart (one event per place). Only beside a violent event, whose
sentence lists or compares violent events: beside a deal, an arrest or troops sent, a
named attack is the cause or the setting of the news ("after the Brussels attacks,
France sent more troops"). Only words the realis reading drops for
being a mention of something told or a setting of another clause are read so, besides
words it keeps: a negated, planned, compared or generic word is still no event, and
neither is a word off its event sense.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from frontlines.model import Event, EventActor, Extractor, PlaceMention
from frontlines.nlp.events.confidence import event_features
from frontlines.nlp.events.factuality import RealisModel, judged, realis_probability
from frontlines.nlp.events.named import name_place
from frontlines.nlp.events.record import event_record
from frontlines.nlp.events.referred import own_sides
from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.story import VIOLENT_TYPES, background, same_or_inside
from frontlines.nlp.events.triggers import triggers as cue_tokens
from frontlines.nlp.events.when import event_date
from frontlines.vocab.events import EventMatch

__all__ = ["KNOWN_REASONS", "Coder", "named_others", "other_events"]


class Coder(Protocol):
    """What ``other_events`` asks of the event coder (``component.EventCoder``), named
    here so this module does not import the component that imports it."""

    name: str
    version: str
    realis: RealisModel

    def typed(self, span: Span, matches: list[EventMatch], match: EventMatch | None,
              trigger: Token | None, side: str | None,
              ) -> tuple[EventMatch | None, float]: ...  # fmt: skip

    def _side(self, actor: EventActor | None, doc: Doc) -> str: ...

    def _by_target(self, match: EventMatch, target: EventActor | None) -> EventMatch: ...


#: Why the realis and specificity readings drop a word that still names an event told
#: as known: a mention of it inside a phrase about something else, the setting of
#: another clause ("in the aftermath of the bombings at the embassy in X").
KNOWN_REASONS = frozenset({"", "reference to an event told", "setting"})


def named_others(sent: Span, matches: Sequence[EventMatch], event: Event,
                 words: Sequence[Token], reason: Callable[[Token, str], str],
                 ) -> list[tuple[EventMatch, Token, PlaceMention]]:  # fmt: skip
    """The other events ``sent`` names by their own places besides ``event`` (read on
    the first of ``words``): each a recorded violent type of the sentence, its definite
    noun and that noun's place, one per place. ``reason(token, type_id)``: why the
    realis, specificity and sense readings drop the word for that type ("" if none)."""
    if event.acled_event not in VIOLENT_TYPES:
        return []  # beside a deal, an arrest or troops sent, "the Paris attacks" is a cause
    taken = {t.i for t in words[:1]}  # the word the event is read on; another of its
    # words with a place of its own ("the attack in A and the attacks in B") is another
    found: list[tuple[EventMatch, Token, PlaceMention]] = []
    for match in matches:
        if (not match.type.record or match.type.acled_event not in VIOLENT_TYPES
                or match.type.requires):  # fmt: skip
            continue  # a type needing another word of the sentence reads the sentence's
        for token in cue_tokens(sent, match):
            if token.i in taken or token.pos_ != "NOUN":
                continue
            place = name_place(token)
            if place is None or (event.place is not None and same_or_inside(place, event.place)):
                continue
            if any(same_or_inside(place, p) for _, _, p in found):
                continue
            if reason(token, match.type.id) not in KNOWN_REASONS:
                continue
            found.append((match, token, place))
            taken.add(token.i)
    return found


def other_events(coder: Coder, sent: Span, matches: list[EventMatch], event: Event,
                 words: list[Token], context: tuple[Any, ...],
                 ) -> list[tuple[Event, dict[str, float]]]:  # fmt: skip
    """The other events ``sent`` names by their own places beside ``event``, each with
    its confidence features, read by ``coder`` as it reads a sentence's event: typed by
    its classifier, with the sides the noun names itself (the sentence's subject and
    object are its own event's), dated by the noun's own words; ``context`` holds the
    story's times, publication day, "now" and the sentence's index."""
    times, published, now, index = context
    found = []
    for match, token, place in named_others(sent, matches, event, words, lambda t, k: (
            judged(t, coder.realis)[0] or off_sense(t, k))):  # fmt: skip
        actor1, actor2 = own_sides([token])
        side = coder._side(actor1, sent.doc) or None
        typed, _ = coder.typed(sent, matches, match, token, side)
        if typed is not None and typed.type.record and typed.type.acled_event in VIOLENT_TYPES:
            match = typed
        when = event_date(sent, [token], times, published, now)
        other = event_record(sent.doc, sent, coder._by_target(match, actor2), (actor1, actor2),
                             place, when, Extractor(coder.name, coder.version))
        other = replace(other, background=background(other, now))
        p = realis_probability(token, coder.realis)
        found.append((other, event_features(other, token, match, index, published, p)))
    return found
