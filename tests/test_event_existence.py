"""Is there an event here (issue 19): our own sentences, read by the real pipeline, both
ways: a cue word that tells no event that happened, and a like one that does."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.senses import off_sense
from frontlines.nlp.events.specific import AGGREGATE, TOPIC
from frontlines.nlp.events.triggers import triggers
from frontlines.vocab.events import EventLexicon
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


def _off_sense(doc, word: str) -> str:
    """Why the first token spelt ``word`` is off the sense of each type its cues propose
    ("" where it is in the sense of one)."""
    token = next(t for t in doc if t.text == word)
    type_id = {"fight": "armed_clash", "attack": "attack", "agreed": "agreement",
               "abandoned": "non_violent_transfer", "clashed": "armed_clash",
               "battle": "armed_clash"}[word]  # fmt: skip
    return off_sense(token, type_id)


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        # a contest with no side named over nothing concrete is a dispute
        ("A bitter fight is brewing over the new pension rules in the capital.", "fight",
         "off sense: a dispute over an idea"),
        ("The minister said the party faced a tough battle over tax reform.", "battle",
         "off sense: a dispute over an idea"),
        # an attack in a clause told online is words
        ("Her supporters were subject to abuse and attack online, the senator said.",
         "attack", "off sense: an attack in words"),
        # what was found abandoned is a belonging, not ground given up
        ("The stolen truck was found abandoned near the border.", "abandoned",
         "wrong participant: a belonging, not a place"),
    ],
)  # fmt: skip
def test_a_cue_word_off_its_event_sense(nlp, text, word, reason):
    assert _off_sense(_doc(nlp, text), word) == reason


@pytest.mark.parametrize(
    ("text", "word", "acled_event"),
    [
        ("Herders and farmers clashed over grazing land near the village on Sunday.",
         "clashed", "Battles"),
        ("Fighting raged through the weekend across the northern hills.", "Fighting",
         "Battles"),
        ("The two sides agreed to exchange prisoners on Sunday.", "agreed",
         "Strategic developments"),
        ("The rebels abandoned the town on Sunday.", "abandoned", "Strategic developments"),
    ],
)  # fmt: skip
def test_a_cue_word_in_its_event_sense(nlp, text, word, acled_event):
    doc = _doc(nlp, text)
    assert _reason(doc, word) == ""
    assert [e.acled_event for e in doc._.events] == [acled_event]


def test_what_is_dispatched_must_be_a_force(nlp):
    sent = "The governor dispatched ambulances to the station as troops moved in."
    token = next(t for t in _doc(nlp, sent) if t.text == "dispatched")
    assert off_sense(token, "troop_movement_forces") == "wrong participant: not forces"
    doc = _doc(nlp, "The army dispatched two battalions to the border town on Sunday.")
    assert [e.acled_sub_event for e in doc._.events] == ["Other"]  # forces moved


def test_a_conjunct_of_a_modifier_is_a_modifier(nlp):
    doc = _doc(nlp, "Witnesses described gun and bomb attacks on the market.")
    assert _reason(doc, "bomb") == "modifier"


def test_a_cue_ending_in_a_preposition_triggers_on_its_event_word(nlp):
    doc = _doc(nlp, "Gunmen carried out assaults on police posts near the town on Sunday.")
    lemmas = " ".join(t.lemma_ for t in doc)
    found = EventLexicon.load().matches(doc.text, lemmas)
    match = next(m for m in found if m.type.id == "armed_clash")
    assert [t.text for t in triggers(doc[:], match)] == ["assaults"]
