"""Time: normalisation rules, the component, TimeML/CAT readers and the TempEval-3 scorer."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.lab.time import GoldTimex, TimeScore, load_time, read_cat, read_timeml
from frontlines.nlp.times import with_reference_date
from frontlines.resolve.time import Normaliser, acled_time_precision

MARCH_9_2017 = date(2017, 3, 9)  # a Thursday


def _times(nlp, text: str, published: str):
    """The times the real pipeline finds in ``text`` published on ``published``."""
    return nlp(with_reference_date(nlp.make_doc(text), published))._.times


@pytest.mark.parametrize(
    ("text", "type_", "value", "precision"),
    [
        ("on Wednesday", "DATE", "2017-03-08", "day"),
        ("the summer of 2014", "DATE", "2014-SU", "season"),
        ("June 2014", "DATE", "2014-06", "month"),
        ("March 9, 2017", "DATE", "2017-03-09", "day"),
        ("10 March 2017", "DATE", "2017-03-10", "day"),
        ("two years", "DURATION", "P2Y", ""),
        ("the past three months", "DURATION", "P3M", ""),
        ("several weeks", "DURATION", "PXW", ""),
        ("now", "DATE", "PRESENT_REF", ""),
        ("recently", "DATE", "PAST_REF", ""),
        ("last month", "DATE", "2017-02", "month"),
        ("last year", "DATE", "2016", "year"),
        ("this week", "DATE", "2017-W10", "week"),
        ("three days ago", "DATE", "2017-03-06", "day"),
        ("two years ago", "DATE", "2015", "year"),
        ("every week", "SET", "P1W", ""),
        ("two decades", "DURATION", "P20Y", ""),
        ("the next three quarters", "DURATION", "P9M", ""),
        ("2 1/2 years", "DURATION", "P2Y6M", ""),
        ("the 1990s", "DATE", "199", "decade"),
        ("yesterday", "DATE", "2017-03-08", "day"),
        ("this morning", "TIME", "2017-03-09TMO", "time"),
        ("10:35 p.m.", "TIME", "2017-03-09T22:35", "time"),
        ("18:00 UTC", "TIME", "2017-03-09T18:00Z", "time"),
        ("mid-afternoon yesterday", "TIME", "2017-03-08TAF", "time"),
        ("the week of March 20", "DATE", "2017-W12", "week"),
        ("this coming Sunday, March twelfth", "DATE", "2017-03-12", "day"),
        ("the full year", "DATE", "2017", "year"),
        ("a fourth-quarter", "DATE", "2016-Q4", "quarter"),
        ("at a later date", "DATE", "FUTURE_REF", ""),
        ("12:00 UTC Monday", "TIME", "2017-03-06T12:00Z", "time"),
    ],
)
def test_normalise_against_the_reference_date(text, type_, value, precision):
    timex = Normaliser(MARCH_9_2017)(text)
    assert timex is not None
    assert (timex.type, timex.value, timex.precision) == (type_, value, precision)


@pytest.mark.parametrize(
    ("text", "type_", "value"),
    [  # wrappers peeled to the phrase inside; reference 2017-03-09, a Thursday
        ("only six months", "DURATION", "P6M"),
        ("at least 72 hours", "DURATION", "PT72H"),
        ("the end of 2014", "DATE", "2014"),
        ("early next year", "DATE", "2018"),
        ("late-November", "DATE", "2016-11"),
        ("a couple of years", "DURATION", "P2Y"),
        ("eight trading days", "DURATION", "P8D"),
        ("the year ended Sept. 30", "DATE", "2017"),
        ("Just over an hour later", "DURATION", "PT1H"),
        # named months, quarters, halves, spelt years, eras
        ("last June", "DATE", "2016-06"),
        ("this September", "DATE", "2017-09"),
        ("June last year", "DATE", "2016-06"),
        ("last Oct. 23", "DATE", "2016-10-23"),
        ("the 2016 third quarter", "DATE", "2016-Q3"),
        ("the year-ago fourth quarter", "DATE", "2015-Q4"),
        ("the last half of 2016", "DATE", "2016-H2"),
        ("nineteen ninety-six", "DATE", "1996"),
        ("the summer of nineteen eighty-seven", "DATE", "1987-SU"),
        ("the nineties", "DATE", "199"),
        ("the 20th century", "DATE", "19"),
        ("several years ago", "DATE", "PAST_REF"),
        ("the previous Friday", "DATE", "2017-03-03"),
        # clock times, alone or with their day
        ("6 a.m", "TIME", "2017-03-09T06:00"),
        ("noon Tuesday", "TIME", "2017-03-07T12:00"),
        ("5 p.m. EST, March 6", "TIME", "2017-03-06T17:00"),
        ("midnight", "TIME", "2017-03-09T24"),
        ("4 in the morning", "TIME", "2017-03-09T04:00"),
        ("mid-afternoon", "TIME", "2017-03-09TAF"),
        ("last night", "TIME", "2017-03-08TNI"),
        ("the weekend", "DATE", "2017-W09-WE"),  # told on a Thursday, looking back
    ],
)
def test_wrapped_and_named_periods(text, type_, value):
    timex = Normaliser(MARCH_9_2017)(text)
    assert timex is not None, text
    assert (timex.type, timex.value) == (type_, value)


def test_ranges_split_and_clock_joined_to_its_day(nlp):
    doc = nlp(with_reference_date(nlp.make_doc(
        "Fighting raged between 2014 and 2017. The convoy left at noon, Tuesday, and "
        "officials planned to reopen the road on Monday."), "2017-03-09"))  # fmt: skip
    got = [(t.text, t.value) for t in doc._.times]
    assert ("2014", "2014") in got and ("2017", "2017") in got
    assert ("noon, Tuesday", "2017-03-07T12:00") in got
    assert ("Monday", "2017-03-13") in got  # "planned to": forward


def test_adjectives_that_only_classify_are_no_times(nlp):
    doc = nlp(
        with_reference_date(
            nlp.make_doc("The group released its annual report and quarterly figures."),
            "2017-03-09",
        )
    )
    assert doc._.times == []


def test_month_without_year_takes_the_nearest_one():
    feb_2019 = Normaliser(date(2019, 2, 8))
    assert feb_2019("in December").value == "2018-12"  # type: ignore[union-attr]
    assert Normaliser(date(1989, 10, 30))("Dec. 7").value == "1989-12-07"  # type: ignore[union-attr]
    assert feb_2019("Friday", future=True).value == "2019-02-08"  # type: ignore[union-attr]
    assert feb_2019("Monday", future=True).value == "2019-02-11"  # type: ignore[union-attr]


def test_a_year_earlier_follows_the_quarter_in_context():
    n = Normaliser(date(1989, 10, 26))
    q3 = n("the third quarter")
    assert q3 is not None and q3.value == "1989-Q3"
    assert n("a year earlier", anchor=q3).value == "1988-Q3"  # type: ignore[union-attr]
    assert n("a year earlier").value == "1988"  # type: ignore[union-attr]


def test_acled_precision_codes():
    assert [acled_time_precision(p) for p in ("day", "week", "month", "year", "")] == [
        1, 2, 3, 3, None,
    ]  # fmt: skip


def test_component_sets_times_with_offsets(nlp):
    text = "The official said on Wednesday that IS had lost ground since the summer of 2014."
    times = _times(nlp, text, "2017-03-09")
    got = [(t.text, t.value, t.precision) for t in times]
    assert ("Wednesday", "2017-03-08", "day") in got
    assert ("the summer of 2014", "2014-SU", "season") in got
    for t in times:
        assert text[t.start : t.end] == t.text
        assert str(t.extractor) == "frontlines_times@0.3.0"


def test_without_a_reference_date_relative_values_stay_unresolved(nlp):
    doc = nlp("Fighting resumed on Wednesday, two years after the siege.")
    values = {t.text: t.value for t in doc._.times}
    assert values.get("Wednesday") == ""
    assert values.get("two years") == "P2Y"


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2017-03-09" functionInDocument="CREATION_TIME">
2017-03-09</TIMEX3></DCT>
<TEXT>
Iraqi forces advanced <TIMEX3 tid="t1" type="DATE" value="2017-03-08">on Wednesday</TIMEX3>
after <TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3> of
<EVENT eid="e1">siege</EVENT>.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="test_cat" lang="en">
<token number="0" sentence="0" t_id="1">Fighting</token>
<token number="1" sentence="0" t_id="2">resumed</token>
<token number="2" sentence="0" t_id="3">on</token>
<token number="3" sentence="0" t_id="4">Friday</token>
<token number="4" sentence="1" t_id="5">Unannotated</token>
<Markables>
<TIMEX3 m_id="9" type="DATE" value="2009-05-15" functionInDocument="NONE">
<token_anchor t_id="4"/></TIMEX3>
<TIMEX3 m_id="10" type="DATE" value="2009-05-16" functionInDocument="CREATION_TIME"/>
</Markables>
</Document>
"""


def test_timeml_reader_offsets(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == "2017-03-09" and doc.doc_id == "TEST1"
    assert [(t.text, t.value) for t in doc.timexes] == [
        ("on Wednesday", "2017-03-08"),
        ("two years", "P2Y"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_cat_reader_rebuilds_text_and_cuts_unannotated_sentences(tmp_path):
    (tmp_path / "a.xml").write_text(CAT, encoding="utf-8")
    (tmp_path / "b.tml").write_text(TML, encoding="utf-8")
    doc = read_cat(tmp_path / "a.xml")
    assert doc is not None
    assert doc.text == "Fighting resumed on Friday"
    assert doc.dct == "2009-05-16"
    assert [(t.text, t.value) for t in doc.timexes] == [("Friday", "2009-05-15")]
    assert len(list(load_time(tmp_path))) == 2


def test_tempeval_scoring_worked_by_hand():
    """Gold: [0,12) value A, [20,29) value B. System: [3,12) value A (relaxed,
    not strict, value right), [40,45) spurious. Relaxed P=R=1/2; strict 0;
    value accuracy 1.0; value F1 = 0.5."""
    gold = [
        GoldTimex(0, 12, "on Wednesday", "DATE", "A"),
        GoldTimex(20, 29, "two years", "DURATION", "B"),
    ]
    pred = [GoldTimex(3, 12, "Wednesday", "DATE", "A"), GoldTimex(40, 45, "today", "DATE", "C")]
    score = TimeScore()
    score.add(gold, pred)
    result = score.as_dict()
    assert result["relaxed"]["f1"] == 0.5
    assert result["strict"]["f1"] == 0.0
    assert result["value_accuracy"] == 1.0
    assert result["value_f1"] == 0.5


def test_a_month_without_year_may_be_the_coming_one_unless_the_verb_looks_back(nlp):
    text = "Shareholders receive the dividend in January. Fighting in January killed 40 people."
    times = _times(nlp, text, "1989-11-02")
    values = [t.value for t in times if t.text.endswith("January")]
    assert values == ["1990-01", "1989-01"]


def test_the_year_ended_is_a_duration_not_a_calendar_year(nlp):
    text = "Revenue for the fiscal year ended March 31 rose. Fighting this year was worse."
    times = _times(nlp, text, "1989-11-02")
    values = {t.text: (t.type, t.value) for t in times}
    assert values["the fiscal year"] == ("DURATION", "P1Y")
    assert values["this year"] == ("DATE", "1989")


def test_a_bare_part_of_day_is_no_date(nlp):
    text = "Shelling went on through the night and again in the morning on Friday night."
    times = _times(nlp, text, "2017-03-09")
    assert [(t.text, t.value) for t in times] == [("Friday night", "2017-03-03TNI")]


def test_the_weekend_ahead_or_just_gone():
    thursday = Normaliser(MARCH_9_2017)
    assert thursday("the weekend", future=True).value == "2017-W10-WE"
    assert thursday("the weekend", past=False).value == "2017-W10-WE"
    assert thursday("over the weekend").value == "2017-W09-WE"
    assert Normaliser(date(2017, 3, 11))("the weekend").value == "2017-W10-WE"  # a Saturday


def test_the_word_the_model_leaves_out_of_a_period(nlp):
    text = "He will run in this year's election."
    times = _times(nlp, text, "1998-03-03")
    assert [(t.text, t.value) for t in times] == [("this year", "1998")]


def _values(nlp, text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in _times(nlp, text, published)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # told in May 1999: the killing in October and the sighting on Nov. 3 were in 1998
            "The doctor was killed in October by a sniper. "
            "The suspect was last seen on Nov. 3 near the border.",
            "1999-05-07",
            {"October": "1998-10", "Nov. 3": "1998-11-03"},
        ),
        (  # words that put a date ahead of a past clause; "agreed in June" is when it was
            "The board declared a dividend of five cents, payable Dec. 15. "
            "Society Corp agreed in June to buy the bank. "
            "Officials said the boy would fly home Thursday.",
            "1989-10-30",  # a Monday
            {"Dec. 15": "1989-12-15", "June": "1989-06", "Thursday": "1989-11-02"},
        ),
    ],
)
def test_the_tense_of_the_clause_picks_the_year_or_week(nlp, text, published, expected):
    values = _values(nlp, text, published)
    assert {k: values.get(k) for k in expected} == expected


def test_a_weekday_or_month_that_recurs_is_a_set(nlp):
    text = (
        "Two flights leave on Tuesday nights, and a third departs each Thursday. "
        "Marchers parade each July."
    )
    times = _times(nlp, text, "1998-02-13")
    found = {t.text: (t.type, t.value) for t in times}
    assert found == {
        "Tuesday nights": ("SET", "XXXX-WXX-2TNI"),
        "each Thursday": ("SET", "XXXX-WXX-4"),
        "each July": ("SET", "XXXX-07"),
    }


def test_a_timeml_file_met_twice_is_scored_once(tmp_path):
    body = (
        '<TimeML><DOCID>X1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2017-03-09" '
        'functionInDocument="CREATION_TIME">March 9</TIMEX3></DCT><TEXT>It rained '
        '<TIMEX3 tid="t1" type="DATE" value="2017-03-08">yesterday</TIMEX3>.</TEXT></TimeML>'
    )
    for folder in ("TimeBank", "testpipeline"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "X1.tml").write_text(body, "utf-8")
    assert len(list(load_time(tmp_path))) == 1


def test_shares_ages_and_programme_names_are_no_times(nlp):
    text = (
        "Steel makes up over a quarter of their exports. "
        "She married him when he was in his 30s. "
        'The envoy spoke on ABC\'s "This Week" program on Sunday.'
    )
    times = _times(nlp, text, "1990-08-15")
    assert [t.text for t in times] == ["Sunday"]


def test_holidays_resolve_to_their_date_in_the_right_year(nlp):
    text = "The boy was found at sea on Thanksgiving Day. Talks resume in the near future."
    assert _values(nlp, text, "2000-01-07") == {
        "Thanksgiving Day": "1999-11-25",
        "the near future": "FUTURE_REF",
    }
    easter = Normaliser(date(1998, 3, 1))
    assert easter("Easter", future=True).value == "1998-04-12"  # type: ignore[union-attr]
    assert easter("last Christmas").value == "1997-12-25"  # type: ignore[union-attr]
    assert easter("Election Day, 1998").value == "1998-11-03"  # type: ignore[union-attr]


def test_rates_and_every_day_are_sets(nlp):
    text = "About 400 people a day fled the town, and aid arrives every day. He left for a year."
    times = _times(nlp, text, "2017-03-09")
    assert [(t.text, t.type, t.value) for t in times] == [
        ("a day", "SET", "P1D"),
        ("every day", "SET", "P1D"),
        ("a year", "DURATION", "P1Y"),
    ]


def test_until_sets_a_deadline_and_todays_youth_is_no_date(nlp):
    text = (
        "Officials extended the deadline until Tuesday morning. "
        "Until Thursday, police had not named him. "
        "The boy is a symbol for today's youth."
    )
    times = _times(nlp, text, "2000-03-30")  # a Thursday
    assert [(t.text, t.value) for t in times] == [
        ("Tuesday morning", "2000-04-04TMO"),
        ("Thursday", "2000-03-30"),
    ]


def test_lists_and_positions_inside_a_day(nlp):
    text = (
        "The summit will be held on April 24 and 25. "
        "His car crossed the border in 1994, 1995 and 1997. "
        "She was attacked on the night of Nov. 14 at her shop."
    )
    found = [(t.text, t.value) for t in _times(nlp, text, "1999-02-10")]
    assert found == [
        ("April 24", "1999-04-24"),
        ("25", "1999-04-25"),
        ("1994", "1994"),
        ("1995", "1995"),
        ("1997", "1997"),
        ("the night of Nov. 14", "1998-11-14"),
    ]


def test_a_years_quarter_follows_the_quarter_in_context(nlp):
    text = (
        "The bank posted $8 million of profit in its third quarter to Sept. 30. "
        "It earned $376,000 in the 1988 quarter. The shares would dilute earnings "
        "in 1990 as well as 1991, and she will stay on from now until May 4."
    )
    found = [(t.text, t.value) for t in _times(nlp, text, "1989-10-30")]
    assert ("the 1988 quarter", "1988-Q3") in found
    assert ("1990", "1990") in found and ("now", "PRESENT_REF") in found
