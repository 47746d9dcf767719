"""A purpose or plan is no event, but the deed done for it is one: the search for the
sentence's type goes on past an aim to the verb it hangs on, never to a word beside it.
Our own sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.asserted import AIMS
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "aim"),
    [
        ("Soldiers fought to retake the village on Tuesday.", "retake"),
        ("Militia fighters clashed with the army near the bridge on Friday in an attempt "
         "to recapture the crossing.", "recapture"),
    ],
)  # fmt: skip
def test_the_deed_an_aim_hangs_on_is_still_an_event(nlp, text, aim):
    doc = _doc(nlp, text)
    assert _reason(doc, aim) in AIMS
    assert [e.acled_sub_event for e in doc._.events] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels plan to retake the village next week.",
        "Last month the police joined the army to investigate a string of old shootings.",
    ],
)  # fmt: skip
def test_an_aim_alone_or_a_word_beside_it_tells_no_event(nlp, text):
    assert _doc(nlp, text)._.events == []
