"""Events the lexicon had no word for (issue 19, recall): an event noun or verb an ACLED
coder codes (an invasion, sanctions imposed, forces sent, a victim gunned down, a building
set ablaze), and a prefix set off by a hyphen ("re-taking"). Our own sentences, read by the
lexicon and by the real pipeline; each case is checked both ways."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.triggers import cue_pattern
from frontlines.vocab.events import EventLexicon, derived
from tests.event_reading import read_article


@pytest.fixture(scope="module")
def lexicon() -> EventLexicon:
    return EventLexicon.load()


def test_a_prefix_may_be_written_with_a_hyphen():
    assert derived("retake") == ("retake", "re-take", "re-taking")
    assert derived("recapture") == ("recapture", "re-capture", "re-capturing")
    assert derived("regain") == ("regain", "re-gain")
    assert derived("react") == ("react",)  # a vowel after "re": no prefix to set off
    assert derived("air strike") == ("air strike",)  # one word only
    assert cue_pattern("retake").search("began the re-taking of the town")
    assert not cue_pattern("retake").search("began the pre-taking of the town")


def test_a_hyphenated_form_counts_as_its_cue(lexicon):
    best = lexicon.classify("the re-taking of the district by government troops",
                            side="state")  # fmt: skip
    assert best is not None and best.type.acled_sub_event == "Government regains territory"
    assert best.cues == ("retake",)  # found once, under the cue it derives from


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Troops invaded the neighbouring province on Friday.", "Battles"),
        ("The Security Council imposed an arms embargo on the country on Monday.",
         "Strategic developments"),
        ("The government sent 2,000 troops to the border region on Thursday.",
         "Strategic developments"),
    ],
)  # fmt: skip
def test_event_words_the_lexicon_lacked(lexicon, text, event_type):
    best = lexicon.classify(text.lower(), text)
    assert best is not None and best.type.record and best.type.acled_event == event_type


def test_what_is_not_the_event_stays_out(lexicon):
    assert lexicon.classify("the court ruled the search an invasion of privacy") is None
    sought = lexicon.classify("the senators called for new sanctions on the regime")
    assert sought is None or not sought.type.record  # sought, not imposed


def test_the_new_words_code_events_in_a_story(nlp):
    cases = {
        "Gunmen gunned down a village elder outside his home in Kano on Monday.": "Attack",
        "Militants set ablaze two schools in the village of Gwoza on Sunday.":
            "Looting/property destruction",
    }  # fmt: skip
    for text, sub_event in cases.items():
        assert [e.acled_sub_event for e in read_article(nlp, text)._.events] == [sub_event]
    aid = read_article(nlp, "The government sent aid to the flooded region on Thursday.")
    assert not aid._.events  # what is sent must be a force
