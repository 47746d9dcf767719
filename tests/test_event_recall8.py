"""Events a coder codes that the event layer missed (issue 19, recall, session 14):
sentences of our own through the real pipeline, each with the reading it must now give
and a neighbour it must still refuse."""

from __future__ import annotations

from tests.event_reading import events_on


def _subs(nlp, text: str) -> list[str]:
    return [e.acled_sub_event for e in events_on(nlp, text)]


def test_a_deed_beside_a_threat_in_a_coordinated_clause(nlp):
    """ "had sent more troops to the border and said it would strike": the sending is told
    as done, only the strike is a threat; the threat alone, or a deed that shares its modal
    ("would strike and send troops"), is still no event."""
    assert "Other" in _subs(nlp, "The country had moved more troops and two warships into "
                                 "the region on Monday and said it would strike the rebels "
                                 "unless they withdrew.")  # fmt: skip
    assert not events_on(nlp, "The country said on Monday it would strike the rebels "
                              "unless they withdrew.")  # fmt: skip
    assert not events_on(nlp, "The country said it would strike the rebels and move more "
                              "troops into the region.")  # fmt: skip
