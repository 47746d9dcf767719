"""A cue word written as a proper name names a holder, not a deed (``nlp/events/proper.py``):
firms and brands called after event words code nothing, while names of events, lowercase
cues and headlines in title case are left to the other readings. Sentences written for
this test; the real pipeline parses them."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.proper import as_a_name
from frontlines.nlp.events.senses import OFF_SENSE, off_sense
from tests.event_reading import sub_events

#: A firm or a brand called after an event word: no event.
NAMES = [
    "For the quarter, Strike had revenue of $3 million.",
    "Shares of Rally rose 4 percent on Monday after the firm raised its forecast.",
    "The board of Attack said on Monday that revenue doubled last year.",
]

#: The same words told as deeds, or as names of events: the event stays.
DEEDS = [
    ("Hundreds of students joined a march in Nairobi on Sunday.", "Peaceful protest"),
    ("Rebels launched an attack on an army post near Kalat on Monday, killing four soldiers.",
     "Armed clash"),
    ("Police arrested 12 protesters during the Occupy protest in Oakland on Tuesday.",
     "Protest with intervention"),
    # a stray capital on a common noun (final review of session 22)
    ("Police said a Riot broke out in the prison in Kampala on Tuesday, leaving two dead.",
     "Violent demonstration"),
]  # fmt: skip


@pytest.mark.parametrize("text", NAMES)
def test_a_cue_word_used_as_a_firms_name_codes_no_event(nlp, text: str) -> None:
    assert sub_events(nlp, text) == []


@pytest.mark.parametrize(("text", "sub_event"), DEEDS)
def test_the_cue_word_told_as_a_deed_keeps_its_event(nlp, text: str, sub_event: str) -> None:
    assert sub_events(nlp, text) == [sub_event]


def test_the_reason_is_a_proper_name_and_off_sense(nlp) -> None:
    doc = nlp("Analysts expect Strike to report a loss after its shares fell.")
    strike = next(t for t in doc if t.text == "Strike")
    assert as_a_name(strike)
    assert off_sense(strike, "air_strike").startswith(OFF_SENSE)


@pytest.mark.parametrize(("text", "word"), [
    # a name of an event: a possessor, a complement or a compound says whose or for what
    ("Thousands joined the Women's March in the capital on Saturday.", "March"),
    ("Police fired tear gas at the March for Justice in Nairobi on Sunday.", "March"),
    ("Veterans of the Tet Offensive gathered in the town on Friday.", "Offensive"),
    # a headline in title case capitalises every word
    ("Thousands Protest New Tax In Nairobi As Police Fire Tear Gas", "Protest"),
    # the first word of a sentence is capitalised whatever it is
    ("Strike by rebels hit a depot near Kalat on Monday.", "Strike"),
    # a lowercase cue is a common noun
    ("The strike by rebels hit a depot near Kalat on Monday.", "strike"),
])  # fmt: skip
def test_names_of_events_headlines_and_common_nouns_are_not_read_as_names(
    nlp, text: str, word: str
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert not as_a_name(token)
