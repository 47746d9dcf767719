"""A story goes on telling the old event it began: undated sentences after a background
event are its narrative (history) unless they move abroad. Our own sentences, read by the
real pipeline, both ways."""

from __future__ import annotations

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


_SETTING = "Few advisers have failed as badly as hers did in the spring of 2011. "
_FLED = "The prime minister resigned after thousands of protesters marched on his office."


def test_an_event_told_right_after_an_old_setting_is_history(nlp):
    events = events_on(nlp, _SETTING + _FLED, "2016-08-02")
    assert [e.acled_sub_event for e in events] == ["Peaceful protest"]
    assert events[0].background


def test_a_recent_setting_leaves_the_event_news(nlp):
    text = "Few advisers have failed as badly as hers did in the spring of 2016. " + _FLED
    events = events_on(nlp, text, "2016-08-02")
    assert len(events) == 1 and not events[0].background


def test_a_boundary_or_a_place_of_its_own_leaves_the_event_news(nlp):
    since = "The rebels have held the valley since 2012. "
    events = events_on(nlp, since + "Fighters shelled the main road into the town.", "2016-08-02")
    assert len(events) == 1 and not events[0].background
    abroad = _SETTING + _FLED.replace("office.", "office in Kiev.")
    events = events_on(nlp, abroad, "2016-08-02")
    assert len(events) == 1 and not events[0].background


def test_an_event_that_dates_itself_after_an_old_setting_stays_news(nlp):
    text = "In the spring of 2011 the reform failed. Police arrested dozens of students on Sunday."
    events = events_on(nlp, text, "2016-08-02")
    assert len(events) == 1 and not events[0].background


def test_a_split_phrase_hung_on_an_old_year_takes_that_year(nlp):
    # "tanks rolling into X" is a frame (a split phrase, no cue word of its own): its head
    # word carries the event, so the "when" clause of 1979 dates it, and it is history
    text = ("Most of the villagers were born after 1979, when the war ended with Chinese "
            "tanks rolling into Lang Son to put the border under army rule.")
    events = events_on(nlp, text, "2016-05-25")
    assert len(events) == 1
    assert events[0].date == "1979" and events[0].background


def test_a_split_phrase_dated_by_its_own_day_stays_news(nlp):
    events = events_on(nlp, "Rebel tanks rolled into Kigali on Tuesday.", "2016-05-25")
    assert len(events) == 1 and not events[0].background
