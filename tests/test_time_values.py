"""Time values that compose: periods of a named year, the day a story is about, counted
lengths with adjectives, deadlines, 24-hour clocks without a colon."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.nlp.times import with_reference_date
from frontlines.resolve.time import Normaliser

MAY_15_2009 = date(2009, 5, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the second quarter of last year", "2008-Q2"),
        ("the fourth quarter of this year", "2009-Q4"),
        ("November of next year", "2010-11"),
        ("the final quarter of 2007", "2007-Q4"),
        ("the fiscal final quarter", "2008-Q4"),
        ("the day", "2009-05-15"),
        ("late in the day", "2009-05-15"),
        ("the start of the day", "2009-05-15"),
        ("2300 GMT", "2009-05-15T23:00Z"),
        ("nearly a hundred years", "P100Y"),
        ("seven consecutive days", "P7D"),
        ("three more months", "P3M"),
        ("the same period last year", "2008"),
        ("the near term", "FUTURE_REF"),
        ("the short term", "FUTURE_REF"),
        ("'97", "1997"),
        ("'08", "2008"),
        ("4 1/2 hours", "PT4H30M"),
        ("2 1/2 days", "P2DT12H"),
        ("this coming week", "2009-W21"),
        ("this coming weekend", "2009-W20-WE"),
        ("the end of the month", "2009-05"),
        ("a decade ago", "199"),
        ("5 p.m. ET", "2009-05-15T17:00"),
        ("the same day", "2009-05-15"),
        ("twice a year", "P1Y"),
        ("three times a week", "P1W"),
        ("every other day", "P2D"),
    ],
)
def test_values_composed_from_their_parts(text, value):
    timex = Normaliser(MAY_15_2009)(text)
    assert timex is not None, text
    assert timex.value == value


def test_the_day_is_the_last_day_the_text_named():
    n = Normaliser(MAY_15_2009)
    monday = n("Monday")
    assert monday is not None and monday.value == "2009-05-11"
    assert n("the end of the day", anchor=monday).value == "2009-05-11"  # type: ignore[union-attr]


def test_the_same_period_a_year_earlier_follows_the_period_in_context():
    n = Normaliser(MAY_15_2009)
    april = n("April")
    assert april is not None and april.value == "2009-04"
    same = n("the same period a year earlier", anchor=april)
    assert same is not None and same.value == "2008-04"


def _values(nlp, text: str, published: str) -> dict[str, str]:
    doc = nlp(with_reference_date(nlp.make_doc(text), published))
    return {t.text: t.value for t in doc._.times}


def test_a_month_after_by_or_through_is_the_coming_one_unless_told_as_past(nlp):
    got = _values(nlp, "The company must repay the loan by March, its bankers said.", "2009-10-20")
    assert got.get("March") == "2010-03"
    got = _values(nlp, "The rebels had taken the town by March, officials said.", "2009-10-20")
    assert got.get("March") == "2009-03"


def test_a_clock_in_gmt_without_its_colon_is_found(nlp):
    got = _values(nlp, "The floods closed the port at 0600 GMT.", "2009-05-15")
    assert got.get("0600 GMT") == "2009-05-15T06:00Z"


def test_neighbouring_days_count_from_the_day_in_view():
    n = Normaliser(MAY_15_2009)
    tuesday = n("Tuesday")
    assert tuesday is not None and tuesday.value == "2009-05-12"
    assert n("the next morning", anchor=tuesday).value == "2009-05-13"  # type: ignore[union-attr]
    assert n("the day before", anchor=tuesday).value == "2009-05-11"  # type: ignore[union-attr]
    assert n("the previous Tuesday", anchor=tuesday).value == "2009-05-05"  # type: ignore[union-attr]
    assert n("the following Sunday", anchor=tuesday).value == "2009-05-17"  # type: ignore[union-attr]
    assert n("the following day").value == "2009-05-16"  # type: ignore[union-attr]


def test_days_later_count_from_the_day_in_view_and_ago_from_the_publication():
    """"two days later" after "Tuesday" is Thursday, not two days after publication; "two
    days ago" is still counted from the publication day."""
    n = Normaliser(MAY_15_2009)
    tuesday = n("Tuesday")
    assert n("two days later", anchor=tuesday).value == "2009-05-14"  # type: ignore[union-attr]
    assert n("three days earlier", anchor=tuesday).value == "2009-05-09"  # type: ignore[union-attr]
    assert n("two weeks later", anchor=tuesday).value == "2009-W22"  # type: ignore[union-attr]
    assert n("two days ago", anchor=tuesday).value == "2009-05-13"  # type: ignore[union-attr]
    assert n("two days later").value == "2009-05-17"  # type: ignore[union-attr]


def test_an_event_two_days_later_is_dated_from_the_day_before_it(nlp):
    from frontlines.nlp.times import with_reference_date as dated

    text = ("Rebels shelled the town of Dara on March 2. Two days later, gunmen attacked a "
            "market in Dara.")
    doc = nlp(dated(nlp.make_doc(text), "2009-05-15"))
    (attack,) = [e for e in doc._.events if "market" in e.text]
    assert attack.date == "2009-03-04"


def test_a_bare_count_in_a_range_takes_the_unit_after_it(nlp):
    got = _values(nlp, "Repairs will take between two to five weeks, it said.", "2009-05-15")
    assert got.get("two") == "P2W"
    assert got.get("five weeks") == "P5W"


def test_a_candidate_run_together_at_a_comma_is_read_as_its_pieces(nlp):
    got = _values(nlp, "The ship docks on June 3, two weeks late.", "2009-05-15")
    assert got.get("June 3") == "2009-06-03"
    assert got.get("two weeks") == "P2W"


def test_counted_lengths_the_model_misses_are_found(nlp):
    got = _values(nlp, "Talks ran 3 1/2 hours and will resume in two more weeks.", "2009-05-15")
    assert got.get("3 1/2 hours") == "PT3H30M"
    assert got.get("two more weeks") == "P2W"


def test_a_rate_after_its_count_is_how_often(nlp):
    got = _values(nlp, "The air force will buy tankers at a rate of 12 a year.", "2009-05-15")
    assert got.get("a year") == "P1Y"


def test_now_hyphened_to_a_modifier_is_no_time(nlp):
    got = _values(nlp, "The now-defunct militia fought here; it is now disbanded.", "2009-05-15")
    assert list(got.values()) == ["PRESENT_REF"]


@pytest.mark.parametrize(
    ("said_on", "text", "value"),
    [
        (MAY_15_2009, "last Thursday", "2009-05-07"),  # Friday: yesterday is "Thursday"
        (MAY_15_2009, "Thursday", "2009-05-14"),
        (MAY_15_2009, "last Friday", "2009-05-08"),  # the same weekday: a week ago
        (MAY_15_2009, "last Monday", "2009-05-11"),
        (date(2009, 5, 18), "last Friday", "2009-05-15"),  # Monday: the Friday just gone
        (date(2009, 5, 18), "last Sunday", "2009-05-10"),  # a day ago is "Sunday"
    ],
)
def test_last_weekday_is_never_yesterday(said_on, text, value):
    """A writer calls the day before "yesterday" or by its name; "last Thursday" on a
    Friday is the Thursday of the week before."""
    timex = Normaliser(said_on)(text)
    assert timex is not None and timex.value == value


def test_a_noun_phrase_run_into_a_date_is_cut_off(nlp):
    # the model may take "the school two years ago" for one DATE; the place is no time
    doc = nlp(with_reference_date(nlp.make_doc(
        "Their daughter was one of 15 children killed at the school two years ago."),
        "2016-01-05"))  # fmt: skip
    assert [(t.text, t.value) for t in doc._.times] == [("two years ago", "2014")]
    claims = [c for c in doc._.claims if c.value == 15.0]
    assert [c.as_of for c in claims] == ["2014"]


def test_a_demonstrative_month_is_not_cut_to_a_duration(nlp):
    # "this month" with no reference date reads as no value; cutting off "this" would
    # make a one-month duration of it.
    doc = nlp("Officials said that raids this month of two depots near the border show "
              "that the rebels are weak.")
    assert all(t.text != "month" for t in doc._.times), doc._.times


def test_years_ago_this_week_is_that_week_years_back():
    n = Normaliser(MAY_15_2009)
    week = n("five years ago this week")
    assert week is not None and (week.value, week.precision) == ("2004-W20", "week")
    month = n("two years ago this month")
    assert month is not None and month.value == "2007-05"


@pytest.mark.parametrize(
    "text",
    [
        "4000 years ago this month",
        "9000 years ago this week",
        "20000 years ago",
        "900000 days ago",
        "600000 weeks from now",
        "900000 months ago",
    ],
)
def test_a_count_beyond_the_calendar_gives_no_value_and_no_crash(text):
    # a date out of the calendar's range is unresolvable, like any other expression
    assert Normaliser(MAY_15_2009)(text) is None


@pytest.mark.parametrize(
    "text", ["2.5 years ago", "1.5 weeks ago", "2.5 months ago", "0.5 years ago this month"]
)
def test_a_fractional_count_back_is_not_cut_to_a_whole_one(text):
    # "2.5 years ago" is not 2007: half a unit has no calendar value at that precision
    assert Normaliser(MAY_15_2009)(text) is None


def test_a_past_clause_counts_from_no_day_still_to_come(nlp):
    """"A day earlier, officers detained nine organisers" after a ballot due on the
    coming Friday (a story of Wednesday 13 May): told in the past, it is the day before
    Saturday's rally, not before the ballot; a clause looking ahead still counts from
    the coming day."""
    text = ("Saturday's rally preceded next Friday's ballot. A day earlier, officers detained "
            "nine organisers.")
    got = _values(nlp, text, "2009-05-13")
    assert got.get("next Friday") == "2009-05-15"
    assert got.get("A day earlier") == "2009-05-08"
    ahead = _values(nlp, "The ballot is due next Friday. A day earlier, the council will sit.",
                    "2009-05-13")  # fmt: skip
    assert ahead.get("A day earlier") == "2009-05-14"


@pytest.mark.parametrize("text", [
    # no point before the reference date to count back from: not a guess off the report
    "The referendum is set for July 9. Two days earlier, voters were told to collect cards.",
    # the only past point is in another paragraph
    "Officials met on June 20.\n\nThe referendum is set for July 9. Two days earlier, "
    "voters were told to collect cards.",
])  # fmt: skip
def test_a_past_clause_with_no_past_point_to_count_from_has_no_value(nlp, text):
    got = _values(nlp, text, "2009-07-01")
    assert got.get("July 9") == "2009-07-09"
    assert "Two days earlier" in got and not got["Two days earlier"]  # found, no value


def test_a_past_clause_opening_a_paragraph_counts_from_the_narrative_s_last_past_day(nlp):
    """Issue 19, evdate24: "Two days earlier" opens its paragraph, after one that named
    only a day to come: it counts from the last past day, a paragraph further back; told
    after the day to come in its own paragraph it still has no value (above)."""
    text = ("Officials met on June 20.\n\nThe referendum is set for July 9.\n\n"
            "Two days earlier, voters were told to collect cards.")
    got = _values(nlp, text, "2009-07-01")
    assert got.get("Two days earlier") == "2009-06-18"
    far = ("Officials met on June 20.\n\nMore news.\n\nThe referendum is set for July 9.\n\n"
           "Two days earlier, voters were told to collect cards.")
    assert not _values(nlp, far, "2009-07-01").get("Two days earlier")


def test_a_plan_told_as_a_past_scene_takes_the_nearer_weekday(nlp):
    """fixevdate24: a plan told in a past "as" clause may be of either week: the nearer
    reading of its weekday holds, the past one on a tie (published Wednesday 2024-03-13)."""
    got = _values(nlp, "As the council prepared to vote on Friday, farmers blocked the "
                       "road to Varnok.", "2024-03-13")  # fmt: skip
    assert got.get("Friday") == "2024-03-15"
    got = _values(nlp, "As the council prepared to vote on Monday, farmers blocked the "
                       "road to Varnok.", "2024-03-13")  # fmt: skip
    assert got.get("Monday") == "2024-03-11"


def test_a_paragraph_break_with_carriage_returns_or_spaces_counts_once(nlp):
    """fixevdate24: "\\r\\n\\r\\n" and "\\n \\n" are one paragraph break each, as "\\n\\n"."""
    for brk in ("\r\n\r\n", "\n \n"):
        text = (f"Officials met on June 20.{brk}The referendum is set for July 9.{brk}"
                "Two days earlier, voters were told to collect cards.")
        got = _values(nlp, text, "2009-07-01")
        assert got.get("Two days earlier") == "2009-06-18", repr(brk)
