"""Events: sentences coded to ACLED event/sub-event types and PLOVER, with their roles."""

from frontlines.nlp.events.component import VERSION, EventCoder
from frontlines.vocab.events import EventLexicon, EventMatch, EventType

__all__ = ["VERSION", "EventCoder", "EventLexicon", "EventMatch", "EventType"]
