"""A day named with its weekday and no year ("Monday 19 December") is in the year whose
such day has that weekday (issue 19): a story with no date of its own, dated only by its
collection, is then dated near that day, and its other days without a year follow."""

from __future__ import annotations

from datetime import date

from frontlines.model import Article
from frontlines.resolve.time.normalise import Normaliser
from frontlines.vocab.dates import weekday_year


def test_the_weekday_picks_the_year_next_to_the_nearest_one() -> None:
    assert weekday_year(2015, 12, 19, "monday") == 2016  # the 19th was a Monday in 2016
    assert weekday_year(2015, 12, 19, "saturday") == 2015
    assert weekday_year(2015, 12, 19, None) == 2015
    assert weekday_year(2015, 12, 19, "today") == 2015  # no weekday
    assert weekday_year(2015, 12, 19, "tuesday") == 2015  # no year next to it fits
    assert weekday_year(0, 12, 19, "monday") == 0  # unknown stays unknown
    assert weekday_year(2015, 12, 19, "monday", latest=date(2016, 6, 1)) == 2015


def test_the_normaliser_reads_the_weekday_in_either_order() -> None:
    normalise = Normaliser(None, near=date(2016, 4, 6))
    for text in ("Monday 19 December", "Monday, Dec. 19"):
        found = normalise(text)
        assert found is not None and found.value == "2016-12-19", text
    plain = normalise("19 December")
    assert plain is not None and plain.value == "2015-12-19"  # nearest the collection
    dated = Normaliser(date(1998, 10, 25))("Monday, Oct. 26")
    assert dated is not None and dated.value == "1998-10-26"


def test_a_pinned_day_dates_the_storys_other_days(nlp) -> None:
    from frontlines.nlp.pipeline import process_article

    text = ("On Monday 19 December the council passed a resolution on the besieged town. "
            "Aid workers said on 23 December that they still could not reach it. "
            "Rebels now hold the hills above the town after heavy fighting.")
    article = Article(id="w1", text=text, title="Council statement", reference="2016-04-06")
    processed = process_article(nlp, article)
    values = {t.text: t.value for t in processed.times}
    assert values["Monday 19 December"] == "2016-12-19"
    assert values["23 December"] == "2016-12-23"


def test_a_dated_story_keeps_its_year_whatever_the_weekday() -> None:
    """The weekday picks the year only for a story with no date of its own: in a dated
    one, a wrong weekday is a slip, not a day a year away (review 19, finding 5)."""
    normalise = Normaliser(date(2016, 12, 21))
    for text in ("Tuesday, Dec. 19", "Monday, Dec. 19", "Tuesday 19 December"):
        found = normalise(text)
        assert found is not None and found.value == "2016-12-19", text


def test_a_weekday_that_fits_no_year_near_pins_nothing(nlp) -> None:
    """The 19th of December was a Tuesday in none of 2014, 2015 and 2016, the years around
    the one nearest the collection's date: the weekday fixes no year, so the story is not
    pinned near it and its other days keep the year nearest that date (review 19,
    finding 6)."""
    from frontlines.nlp.pipeline import process_article

    text = ("On Tuesday 19 December the council met. Aid workers said on 20 June that they "
            "could not reach the town.")
    article = Article(id="w2", text=text, title="Council statement", reference="2016-04-06")
    values = {t.text: t.value for t in process_article(nlp, article).times}
    assert values["20 June"] == "2016-06-20"
