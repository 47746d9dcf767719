"""Which ACLED sub-event type an event noun alone reads as: what ``when`` and ``where``
ask of a noun that is not the event's trigger ("last year's blasts", "the Paris
attacks") to tell whether it names another event."""

from __future__ import annotations

from functools import lru_cache

from frontlines.vocab.events import EventLexicon

__all__ = ["kind_of", "kinds_in"]


@lru_cache(maxsize=1)
def _lexicon() -> EventLexicon:
    return EventLexicon.load()


@lru_cache(maxsize=4096)
def kind_of(lemma: str) -> str | None:
    """The ACLED sub-event type the event lexicon reads a noun alone as ("blast",
    "bombing", "explosion": Remote explosive/landmine/IED; "strike" is another), or None
    when it records none."""
    found = [m for m in _lexicon().matches(lemma) if m.type.record]
    return found[0].type.acled_sub_event if found else None


def kinds_in(*texts: str) -> set[str]:
    """The ACLED sub-event types the event lexicon finds in ``text`` (cue phrases too:
    "set fire to") in any of ``texts``, whether asserted or not."""
    return {m.type.acled_sub_event for m in _lexicon().matches(*texts) if m.type.record}
