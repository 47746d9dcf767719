"""Where a local force acted when its sentence names no other place: the town or county
its own name carries ("shot by a Brevard County deputy", "Kandahar police arrested two
men").

A place inside an actor's phrase is who, not where ("Pakistani forces", "the Government
of Iraq"), so ``where`` sets it aside. But a sub-national place that names the office of
a local force (a modifier of the force's noun: "<county> deputy", "<city> police") is
the ground that force serves, and such a force acts there; it is a better guess than the
story's place. A country never is (a national army acts abroad), nor a place the actor
comes "from".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from frontlines.model import EventActor, PlaceMention

__all__ = ["jurisdiction"]

#: Dependencies by which a place names the office of the noun it modifies.
_OFFICE_DEPS = frozenset({"compound", "nmod", "npadvmod"})


def jurisdiction(sent: Span, places: Sequence[PlaceMention],
                 actors: Sequence[EventActor | None]) -> PlaceMention | None:  # fmt: skip
    """The sub-national place that modifies the noun of an actor in ``actors`` (the doer:
    a victim's home town is not where he was) in ``sent``, else None."""
    for place in places:
        if not sent.start_char <= place.start < sent.end_char:
            continue
        if (place.feature_code or "").startswith("PCL") or None in (place.lat, place.lon):
            continue
        actor = next((a for a in actors if a is not None and a.start <= place.start
                      and place.end <= a.end), None)  # fmt: skip
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        if actor is None or span is None or not len(span):
            continue
        head = span.root
        noun = head.head
        if head.dep_ in _OFFICE_DEPS and noun.pos_ == "NOUN" and (
                actor.start <= noun.idx < actor.end):  # fmt: skip
            return place
    return None
