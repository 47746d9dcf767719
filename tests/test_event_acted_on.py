"""Dates that bound an event rather than name its day: the day someone acted on the
event long before the story makes it history, and a "when" clause of a date is told on
that date even after "since" or "after". Our own sentences, read by the real pipeline."""

from __future__ import annotations

from tests.event_reading import events_on


def test_acted_on_years_before_the_story_is_history(nlp):
    events = events_on(nlp, "In 2012, the governor condemned the bombing of the depot.",
                       "2016-06-01")  # fmt: skip
    assert events and all(e.background and e.date == "2012" for e in events)


def test_acted_on_this_week_says_nothing_of_the_day(nlp):
    events = events_on(nlp, "On Monday, the governor condemned the bombing of the depot.",
                       "2016-06-01")  # fmt: skip
    assert events and not any(e.background for e in events)
    assert all(e.date_source == "published" for e in events)


def test_a_when_clause_of_a_date_is_told_on_that_date(nlp):
    text = ("Half the town was born after 1982, when soldiers massacred hundreds of "
            "villagers in the valley.")
    events = events_on(nlp, text, "2016-06-01")
    assert [(e.date, e.background) for e in events] == [("1982", True)]


def test_a_clause_beside_the_when_clause_keeps_its_own_day(nlp):
    text = ("Half the town was born after 1982, when the soldiers left; gunmen attacked "
            "the valley on Tuesday.")
    events = events_on(nlp, text, "2016-06-01")
    assert events and not any(e.background for e in events)


def test_a_clause_telling_a_dated_event_noun_is_told_on_its_date(nlp):
    text = ("The 1971 war, in which soldiers killed thousands of villagers, still divides "
            "the two countries.")
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background and e.date == "1971" for e in events)


def test_a_clause_after_a_dated_noun_is_not_its_event(nlp):
    text = "The 2014 decree, under which police detained 30 students, is still debated."
    events = events_on(nlp, text, "2016-06-01")
    assert events and not any(e.background for e in events)


def test_the_day_of_a_noun_whose_clause_tells_the_event_is_its_day(nlp):
    text = "Lawmakers praised Friday's announcement that the rebels had agreed to a truce."
    events = events_on(nlp, text, "2025-03-17")
    assert [(e.date, e.date_source) for e in events] == [("2025-03-14", "text")]
    # A day naming another noun, whose clause does not tell the event, is still not its day.
    other = events_on(nlp, "Police detained two men over last spring's bombings.", "2016-06-01")
    assert [(e.date, e.date_source) for e in other] == [("2016-06-01", "published")]



def test_a_day_of_a_noun_that_is_no_telling_does_not_date_the_clause_below_it(nlp):
    # "Tuesday's map" is no telling of the strikes: the map marks the villages where
    # drones struck, so the strikes keep the story's day, not Tuesday.
    text = "Reporters saw Tuesday's map marking the villages where drones bombed markets."
    events = events_on(nlp, text, "2025-03-19")
    assert events and all(e.date != "2025-03-18" for e in events)
