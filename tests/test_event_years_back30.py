"""History counted back from the news ("three years after the militants overran the
city") is dated to the year it counts back to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.years_before import year_back_from
from tests.event_reading import events_on


@pytest.mark.parametrize(("reference", "years", "year"), [
    ("2017-12-09", 3.5, "2014"), ("2017-03-01", 2.0, "2015"), ("2016-07", 15.0, "2001"),
])
def test_the_year_counted_back(reference, years, year):
    assert year_back_from(reference, years) == year


@pytest.mark.parametrize(("text", "year"), [
    ("The announcement came nearly three and a half years after the militants overran "
     "Farvale.", "2014"),
    ("The ruling came 15 years after soldiers killed 13 protesters in Farvale.", "2002"),
    ("On Monday, two years after rebels seized the town, the army shelled Farvale.", "2015"),
])
def test_history_counted_back_gets_its_year(nlp, text, year):
    events = [e for e in events_on(nlp, text, published="2017-12-09") if e.background]
    assert events and all(e.date == year and e.date_source == "text" for e in events), [
        (e.date, e.date_source) for e in events]


def test_history_with_its_own_date_keeps_it(nlp):
    events = [e for e in events_on(nlp, "The vote came two years after rebels seized the "
                                        "town in June 2015.", published="2017-12-09")
              if e.background]
    assert events and all(e.date == "2015-06" for e in events)


def test_news_counted_from_nothing_keeps_its_day(nlp):
    events = events_on(nlp, "On Monday, two years after rebels seized the town, the army "
                            "shelled Farvale.", published="2017-12-09")
    assert any(e.acled_sub_event.startswith("Shelling") and e.date == "2017-12-04"
               for e in events)
