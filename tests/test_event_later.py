"""A month-day without a year ("Jan. 8") given the story's year, and "Days later" counted
from the day named before (``later``; review 19, finding 7): a day the calendar lacks is
no date, a day a few days after the story is not moved a year back, and a week on from
the 24th of a short month is in the next one. Our own sentences and values."""

from __future__ import annotations

from frontlines.model import Extractor, TimeExpression
from frontlines.nlp.events.later import later_than_named, with_year
from frontlines.nlp.events.story import plausible_date
from tests.event_reading import events_on

_BY = Extractor("test", "0")


def _time(start: int, text: str, kind: str, value: str, precision: str) -> TimeExpression:
    return TimeExpression(start=start, end=start + len(text), text=text, type=kind,  # type: ignore[arg-type]
                          value=value, precision=precision, extractor=_BY)  # type: ignore[arg-type]


def test_a_day_the_calendar_lacks_is_no_date() -> None:
    assert with_year("XXXX-02-29", "2015") == "XXXX-02-29"  # no 29th that February
    assert with_year("XXXX-02-29", "2016") == "2016-02-29"
    assert not plausible_date("2015-02-29", "2016-01-05")
    assert not plausible_date("2015-02-29", None)
    assert plausible_date("2016-02-29", "2016-03-01")


def test_only_a_day_well_after_the_story_is_moved_a_year_back() -> None:
    assert with_year("XXXX-12-30", "2016", "2016-01-05") == "2015-12-30"  # the December before
    assert with_year("XXXX-01-08", "2016", "2016-01-05") == "2016-01-08"  # three days on: no
    assert with_year("XXXX-01-02", "2016", "2016-01-05") == "2016-01-02"
    assert with_year("XXXX-12-30", "2016", "2016-01") == "2015-12-30"  # filed under January


def test_days_later_keep_the_month_only_when_a_week_on_is_still_in_it() -> None:
    text = "On Feb. 24 rebels shelled the town. Days later they withdrew."
    for day, month in (("2015-02-24", None), ("2015-04-24", None), ("2015-01-24", "2015-01"),
                       ("2015-02-21", "2015-02")):
        named = _time(3, "Feb. 24", "DATE", day, "day")
        later = _time(text.index("Days"), "Days later", "DURATION", "PXD", "")
        found = later_than_named(later, [named, later], None, None)
        assert (found[0] if found else None) == month, day


def test_a_day_of_its_own_after_the_story_lets_no_listed_attack_fill_in(nlp) -> None:
    """The sentence dates its attack to a day after publication: no date an event can
    have had, and not the listed attack it may resemble either."""
    text = "Security was raised after the attack in Paris on Jan. 8."
    assert "2015-11-13" not in [e.date for e in events_on(nlp, text, "2016-01-05")]
    text = "Security was raised after the attack in Paris."
    assert "2015-11-13" in [e.date for e in events_on(nlp, text, "2016-01-05")]
