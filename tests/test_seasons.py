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
    """Winter spans the turn of the year: its TIMEX3 year is no reliable year."""
    assert season_year(value) == year


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
