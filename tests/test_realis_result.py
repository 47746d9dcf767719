"""A weapon whose effect a "so ... that it ..." clause tells went off, whatever the main
verb; one that does nothing in that clause stays unused. Our own sentences, read by the
real pipeline, both ways."""

from __future__ import annotations

from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


def test_a_weapon_whose_result_is_told_was_used(nlp):
    doc = _doc(nlp, "The bomb near the stadium was so strong that it broke windows two "
                    "streets away.")  # fmt: skip
    assert _reason(doc, "bomb") == ""
    assert [e.acled_sub_event for e in doc._.events] == ["Remote explosive/landmine/IED"]


def test_a_weapon_that_does_nothing_in_the_clause_is_not(nlp):
    doc = _doc(nlp, "The drone was so small that nobody saw it.")
    assert _reason(doc, "drone") == "instrument not used"
    assert doc._.events == []
