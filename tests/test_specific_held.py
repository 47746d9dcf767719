"""A perfect passive of a deed whose result lasts, under "since", is one state going on
("has been held since May"), not deeds summed over a period; plural or active ones still
are tallies. Our own sentences, read by the real pipeline, both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.specific import AGGREGATE
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    "text",
    [
        "The novelist has been detained since March, her lawyer said.",
        "Okafor, a retired teacher, has been detained in the capital since January.",
    ],
)  # fmt: skip
def test_one_person_held_since_a_date_is_one_event(nlp, text):
    doc = _doc(nlp, text)
    word = next(t.text for t in doc if t.lemma_ == "detain")
    assert _reason(doc, word) == ""
    assert [e.acled_sub_event for e in doc._.events] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Forty students have been detained since March, the group said.", "detained"),
        ("Police have detained 90 people since March.", "detained"),
        ("The port has been shelled since March.", "shelled"),
    ],
)  # fmt: skip
def test_many_held_or_a_repeated_deed_is_still_a_tally(nlp, text, word):
    assert _reason(_doc(nlp, text), word) == AGGREGATE
