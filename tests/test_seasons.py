"""A season ("last summer", TIMEX3 "2015-SU") is no ACLED date: an event or a claim told
in one is dated to its year (``timex.season_year``). Sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.resolve.time.timex import season_year
from tests.claim_reading import dated_claims_by_value
from tests.event_reading import events_on


@pytest.mark.parametrize(("value", "year"),
                         [("2015-SU", "2015"), ("1998-FA", "1998"), ("2015-07", None),
                          ("2016-W09", None), ("2011-WI", None)])
def test_a_season_is_its_year(value, year):
    """Winter spans the turn of the year: with nothing to tell which, no year."""
    assert season_year(value) == year


@pytest.mark.parametrize(("value", "written", "reference", "year"),
                         [("2015-WI", "last winter", "2016-03-10", "2016"),
                          ("2016-WI", "this winter", "2016-01-15", "2016"),
                          ("2016-WI", "this winter", "2016-12-20", "2016"),
                          ("2014-WI", "the winter of 2014", "2016-03-10", "2014"),
                          ("2014-WI", "winter 2014", None, "2014"),
                          ("2015-SU", "last summer", "2016-03-10", "2015")])
def test_a_winter_is_the_year_written_or_the_one_mostly_gone(value, written, reference, year):
    """A winter told relative to the story is mostly (January, February) in the year after
    its TIMEX3 year, never after the story; a written year is the coder's year."""
    assert season_year(value, written, reference) == year


@pytest.mark.parametrize(("sentence", "published", "year"),
                         [("Government aircraft bombed the village of Farvale last "
                           "winter, killing nine people.",
                           "2016-04-02", "2016"),
                          ("Government aircraft bombed the village of Farvale in the winter of "
                           "2013.", "2016-04-02", "2013")])
def test_an_event_told_in_a_winter_gets_a_year_not_a_season_code(nlp, sentence, published, year):
    events = events_on(nlp, sentence, published=published)
    assert events and all(e.date == year for e in events), [e.date for e in events]


def test_an_event_told_last_summer_is_dated_to_the_year(nlp):
    events = events_on(nlp, "Gunmen shot dead three villagers last summer.", published="2016-01-06")
    assert events and all(e.date == "2015" for e in events), [e.date for e in events]


def test_a_toll_told_last_summer_is_as_of_the_year(nlp):
    claims = dated_claims_by_value(nlp, "Gunmen shot dead three villagers last summer.",
                                   "2016-01-06")
    assert claims[3.0].as_of == "2015"


def test_a_toll_told_last_winter_is_not_given_a_year(nlp):
    """'last winter' told in March may be the winter just ending (TIMEX3 "2016-WI"): its
    year is not the year of the deed, so no year is made of it (``season_year``)."""
    claims = dated_claims_by_value(nlp, "Gunmen shot dead three villagers last winter.",
                                   "2017-03-07")
    assert claims[3.0].as_of != "2016"
