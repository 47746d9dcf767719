"""The conflict beat reads an event's own sentence with the singulars and verb forms of its
words too (issue 19: events of a story that uses few conflict words were capped although
their own sentence told a mass shooting, a picket or a protest); those words weigh no
story's density, and ordinary crime words stay off the beat (a sniper or a lone gunman
too: the word tells no one whose side fired). Our own sentences."""

from __future__ import annotations

import pytest

from frontlines.model import Article
from frontlines.nlp.beat import OFF_BEAT_CONFIDENCE, ConflictBeat
from frontlines.nlp.pipeline import process_article

#: A story long enough to judge with no conflict word at all.
QUIET = ConflictBeat("the council approved a new library budget on tuesday " * 20)


@pytest.mark.parametrize("sentence", [
    "Nurses picketed outside the hospital for a third day.",
    "Hundreds of farmers protested outside the ministry of agriculture.",
    "Residents were protesting against the new toll road on Sunday.",
    "Police said the assassinated judge had received threats.",
    "Candidates reacted to a mass shooting at a school in the south.",
    "The assassination of the mayor shocked the province.",
])  # fmt: skip
def test_a_sentence_naming_political_violence_or_protest_is_on_the_beat(sentence):
    assert not QUIET.on_beat
    assert QUIET.capped(sentence, 0.9) == 0.9


@pytest.mark.parametrize("sentence", [
    "A man shot his neighbour during an argument over a fence.",
    "The suspect was charged with murder and held without bail.",
    "Two men robbed a jewellery shop and fled in a stolen car.",
    # a lone gunman is as often a robber as an attacker: the word alone tells no side
    "A gunman robbed a petrol station on Main Street before dawn.",
    "Police said the gunman fled in a stolen car.",
    "The striker scored twice as the home side beat the champions.",
])  # fmt: skip
def test_ordinary_crime_and_sport_stay_off_the_beat(sentence):
    assert QUIET.capped(sentence, 0.5) == OFF_BEAT_CONFIDENCE  # a model not sure of it


def test_sentence_words_do_not_weigh_a_story():
    """A labour story full of "picketed" stays off the beat: its other events are capped."""
    labour = ConflictBeat("the union said workers picketed the depot downtown again " * 20)
    assert labour.density == 0 and not labour.on_beat
    assert labour.capped("Drivers picketed the depot gates.", 0.9) == 0.9
    assert labour.capped("The manager was taken to hospital.", 0.5) == OFF_BEAT_CONFIDENCE


LABOUR = (
    "Phone company and unions reach a deal\n\nBusiness Desk\n\ndate 2021-05-04\n\n"
    "The phone company announced a tentative contract on Friday with the two"
    " unions that represent its engineers, after six weeks in which talks stalled over"
    " pensions and call-centre jobs. Engineers picketed outside the company's main offices"
    " in Leeds on Monday. The chief executive told investors the company had kept most of"
    " its installation work going with managers and contractors, though customers waited"
    " longer for repairs. Analysts expect the deal to cost the company about two percent of"
    " its yearly profit. Members will vote on the contract next week, and the unions said"
    " they would recommend it to them.\n"
)


def test_a_picket_in_a_business_story_is_a_protest_shown(nlp):
    assert not ConflictBeat(LABOUR).on_beat
    article = process_article(nlp, Article(id="l", text=LABOUR, published="2021-05-04"))
    protests = [e for e in article.events if e.acled_event == "Protests"]
    assert protests and all(e.confidence > OFF_BEAT_CONFIDENCE for e in protests)
