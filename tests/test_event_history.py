"""A story goes on telling the old event it began: undated sentences after a background
event are its narrative (history) unless they move abroad. Our own sentences, read by the
real pipeline, both ways."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on

_HISTORY = ("Militants attacked the consulate in Benghazi in 2019, and the attack still "
            "shapes the debate. ")
_NARRATIVE = ("The guard said he first heard gunfire at 9 p.m. and knew that the compound "
              "was under attack. The staff finally evacuated the base, escorted by a local "
              "convoy to the airport.")


def test_undated_sentences_after_history_are_history(nlp):
    events = events_on(nlp, _HISTORY + _NARRATIVE)
    assert [e.acled_sub_event for e in events] == ["Attack", "Non-violent transfer of territory"]
    assert all(e.background for e in events)


def test_the_same_sentences_after_news_are_news(nlp):
    text = "Militants attacked the consulate in Benghazi, and the attack shapes the debate. "
    events = events_on(nlp, text + _NARRATIVE)
    assert len(events) == 2
    assert not any(e.background for e in events)


def test_a_sentence_that_moves_abroad_leaves_the_history(nlp):
    text = _HISTORY + "Gunmen attacked a convoy in northern Kenya, killing six villagers."
    events = events_on(nlp, text)
    assert [e.background for e in events] == [True, False]


def test_years_spent_since_an_event_make_it_history(nlp):
    text = "The writer spent 15 years in jail after he was arrested at a rally in the port."
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background for e in events)
    text = "The writer spent two days in hospital after police beat him at a rally."
    events = events_on(nlp, text, "2016-06-01")
    assert events and not any(e.background for e in events)


_SETTING = "The ferry line went bankrupt in the summer of 2009. "
_FLED = "Its owner had fled abroad after strikers set fire to the depot."


def test_a_past_perfect_right_after_an_old_setting_is_history(nlp):
    events = events_on(nlp, _SETTING + _FLED, "2016-08-02")
    assert events and all(e.background for e in events)
    events = events_on(nlp, _SETTING + _FLED.replace("had fled", "fled"), "2016-08-02")
    assert events and not any(e.background for e in events)


def test_a_recent_setting_leaves_the_event_news(nlp):
    text = _SETTING.replace("2009", "2016") + _FLED
    events = events_on(nlp, text, "2016-08-02")
    assert events and not any(e.background for e in events)


def test_a_boundary_or_a_place_of_its_own_leaves_the_event_news(nlp):
    since = "The rebels have held the valley since 2012. "
    events = events_on(nlp, since + "Fighters had shelled the main road into the town.",
                       "2016-08-02")  # fmt: skip
    assert len(events) == 1 and not events[0].background
    abroad = _SETTING + _FLED.replace("the depot.", "the depot in Odessa.")
    events = events_on(nlp, abroad, "2016-08-02")
    assert events and not any(e.background for e in events)


_NEWS = "Rebels attacked an army post. Soldiers later shelled the village, killing four."


@pytest.mark.parametrize("fact", [
    "The town was founded in 1850. ", "The mayor took office in 2012. ",
    "He studied law in 2001. ", "The party won the 2010 election by a landslide. ",
    "The dam was completed in 1998. ", "The civil war ended in 2002. ",
    "The conflict began in 2011. ", "The border war was at its worst in the summer of 2009. ",
])  # fmt: skip
def test_an_old_fact_before_todays_fighting_leaves_it_news(nlp, fact):
    events = events_on(nlp, fact + _NEWS, "2020-06-01")
    assert len(events) == 2 and not any(e.background for e in events), fact


def test_a_past_perfect_under_a_report_stays_news(nlp):
    text = "The region was annexed in 2014. Officials said gunmen had attacked a checkpoint."
    events = events_on(nlp, text, "2020-06-01")
    assert len(events) == 1 and not events[0].background


def test_an_event_that_dates_itself_after_an_old_setting_stays_news(nlp):
    text = "In the spring of 2011 the reform failed. Police arrested dozens of students on Sunday."
    events = events_on(nlp, text, "2016-08-02")
    assert len(events) == 1 and not events[0].background


def test_a_split_phrase_hung_on_an_old_year_takes_that_year(nlp):
    # "tanks rolling into X" is a frame (a split phrase, no cue word of its own): its head
    # word carries the event, so the "when" clause of 1994 dates it, and it is history
    text = ("In 1994, when the siege ended with government tanks rolling into Huambo, the "
            "family moved inland.")
    events = events_on(nlp, text, "2016-05-25")
    assert len(events) == 1
    assert events[0].date == "1994" and events[0].background


def test_a_split_phrase_dated_by_its_own_day_stays_news(nlp):
    events = events_on(nlp, "Rebel tanks rolled into Kigali on Tuesday.", "2016-05-25")
    assert len(events) == 1 and not events[0].background
