"""Missed events of issue 19 (session 18): a taking back is never the taking told again;
a plural place noun listing its members ("towns including A and B") is one event per
member; blows dealt in coordinated verbs ("was beaten and kicked") reach the verbs'
shared subject. Our own sentences, read by the whole pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.frames import frame_cues
from tests.event_reading import read_article

TAKEN = ("Nearly a year since the city of Aleppo in northern Syria was taken by ISIL "
         "militants, residents still wait for help. ")


def test_a_taking_back_is_another_event_than_the_taking(nlp):
    text = TAKEN + ("The coalition has supported the re-taking by Syrian security forces of "
                    "over 30% of Syrian territory.")
    subs = sorted(e.acled_sub_event for e in read_article(nlp, text)._.events)
    assert subs == ["Government regains territory", "Non-state actor overtakes territory"]


def test_the_taking_told_again_is_still_one_event(nlp):
    text = TAKEN + "The capture of the city by ISIL militants shocked the region."
    assert len(read_article(nlp, text)._.events) == 1


@pytest.mark.parametrize("text", [
    "Troops completed the liberation of several towns including Afrin and Manbij on Monday.",
    "Rebels attacked army posts in several provinces including Idlib and Hama on Monday.",
])  # fmt: skip
def test_a_place_noun_listing_its_members_is_an_event_in_each(nlp, text):
    assert len(read_article(nlp, text)._.events) == 2


def test_a_listed_place_of_another_phrase_stays_one_event(nlp):
    text = ("Rebels attacked army posts in Idlib on Monday, the minister said in cities "
            "including Paris and Lyon.")
    assert len(read_article(nlp, text)._.events) == 1


@pytest.mark.parametrize(("text", "word", "held"), [
    ("A photographer was beaten and kicked outside the hall in Dallas.", "kicked", True),
    ("A woman who was shoved and punched by two men needed stitches.", "punched", True),
    ("The team was beaten and kicked out of the tournament.", "kicked", False),
])  # fmt: skip
def test_a_blow_in_a_coordinated_verb_reaches_the_shared_subject(nlp, text, word, held):
    doc = nlp(text)
    heads = {t.text for _, t in frame_cues(next(iter(doc.sents)))}
    assert (word in heads) is held


@pytest.mark.parametrize(("text", "count"), [
    ("There were protests in the capital on Friday.", 1),
    ("There were demonstrations outside the ministry in Lagos.", 1),
    # another tense, negation, no place of their own: no event
    ("There have been protests in the capital for years.", 0),
    ("There were no protests in the capital.", 0),
    ("In the past there were protests about such things.", 0),
])  # fmt: skip
def test_an_existential_plural_with_its_own_place_tells_events(nlp, text, count):
    assert len(read_article(nlp, text)._.events) == count
