"""Is there an event here (issue 19): our own sentences, read by the real pipeline, both
ways: a cue word that tells no event that happened, and a like one that does."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.specific import AGGREGATE, TOPIC
from tests.event_reading import read_article as _doc
from tests.event_reading import reason_for as _reason


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        # what something said or asked is about: a topic, not a report
        ("Reporters questioned the governor about the bombing of the market.", "bombing",
         TOPIC),
        ("She posted comments about an alleged attack on a shop in the town.", "attack",
         TOPIC),
        # what a verb calls something: a description
        ("Critics portrayed the new budget as an attack on the poor.", "attack",
         "description"),
        # an event word over a stretch of plural units: many events
        ("Towns along the border were struck by rockets in recent years.", "struck",
         AGGREGATE),
        # a call on someone set off by a comma, and an infinitive with no clause
        ('"Brothers, fight them in every street," the commander told his men.', "fight",
         "imperative"),
        ("From talks to 'bomb them into the sea' in a single week.", "bomb",
         "purpose or plan"),
        # an aircraft that came down was flown, not used on anything
        ("Two army helicopters landed near the village on Sunday.", "helicopters",
         "instrument not used"),
        ("A military plane crashed near the base on Sunday.", "plane",
         "instrument not used"),
    ],
)  # fmt: skip
def test_a_cue_word_that_tells_no_event(nlp, text, word, reason):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == reason
    assert doc._.events == []


@pytest.mark.parametrize(
    ("text", "word", "acled_event"),
    [
        ("A rocket landed near the village on Sunday, killing two children.", "rocket",
         "Explosions/Remote violence"),
        ("Rebels attacked the convoy near the village on Sunday, the army said.", "attacked",
         "Battles"),
        ("Rebel rockets struck two towns along the border on Sunday.", "struck",
         "Explosions/Remote violence"),
        ("Brothers of the victims fought the gunmen in the street on Sunday.", "fought",
         "Battles"),
    ],
)  # fmt: skip
def test_a_like_sentence_that_tells_one(nlp, text, word, acled_event):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == ""
    assert [e.acled_event for e in doc._.events] == [acled_event]

