"""History told by its name: an event a sentence ties to a well-known war or attack that
ended more than a year before the story is background, dated to the conflict; today's
fighting, protests against an old war, and a war still going on when the story was written
stay news. Our own sentences, read by the real pipeline."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.named_history import conflicts
from tests.event_reading import events_on

_KOREA = "The senator said his grandfather was wounded during the Korean War."


def test_an_event_in_an_old_named_war_is_background(nlp):
    events = events_on(nlp, _KOREA, "2016-06-01")
    assert [(e.date, e.date_source, e.background) for e in events] == [("1950", "text", True)]


def test_the_same_event_told_while_the_war_went_on_is_news(nlp):
    events = events_on(nlp, _KOREA, "1952-06-01")
    assert events and not any(e.background for e in events)


def test_fighting_today_is_news(nlp):
    events = events_on(nlp, "Rebels attacked an army base near the capital, killing 12 "
                            "soldiers.", "2016-06-01")  # fmt: skip
    assert events and not any(e.background for e in events)


def test_a_clause_telling_of_a_named_attack_is_background(nlp):
    text = ("Lawmakers pressed the envoy about the Benghazi attack, which cost the "
            "lives of an ambassador and killed a guard.")
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background and e.date == "2012-09-11" for e in events)


def test_the_name_as_the_events_own_subject(nlp):
    events = events_on(nlp, "The Korean War killed many thousands of farmers.", "2016-06-01")
    assert events and all(e.background for e in events)


def test_a_time_hung_on_the_object_still_dates_the_event(nlp):
    text = "Allied jets bombed desert positions in the Gulf War, the pilot recalled."
    assert [e.background for e in events_on(nlp, text, "2016-06-01")] == [True]
    assert [e.background for e in events_on(nlp, text, "1991-02-20")] == [False]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # "since" an old attack: a later event
        ("Gunmen stormed the hotel in the deadliest assault since 9/11, officials said.",
         "2016-06-01"),
        # a protest today against an old war
        ("Hundreds of students marched against the Iraq War in the capital.", "2016-06-01"),
        # a name that only describes the marchers
        ("Veterans of the Korean War marched through the capital to demand pensions.",
         "2016-06-01"),
        # a lower-case "cold war" is a figure of speech
        ("Police arrested two protesters during a new cold war era, he said.", "2016-06-01"),
        # a date of its own wins
        ("Soldiers were killed in an ambush in the Iraq War on March 3, 2016, officials said.",
         "2016-03-10"),
    ],
)  # fmt: skip
def test_news_that_names_an_old_conflict_stays_news(nlp, text, published):
    events = events_on(nlp, text, published)
    assert events and not any(e.background for e in events)


def test_the_data_file_spans_are_years_in_order():
    found = conflicts()
    assert len(found) >= 80
    assert all(1000 <= c.first <= c.last <= 2030 and c.names for c in found)


def test_what_a_state_gone_for_decades_did_is_history(nlp):
    text = "The Soviet Union invaded the mountain republic, the professor wrote."
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background and e.date == "1922" for e in events)


def test_the_former_soviet_union_is_todays_region(nlp):
    text = "Troops attacked rebels in the former Soviet Union, officials said."
    events = events_on(nlp, text, "2016-06-01")
    assert events and not any(e.background for e in events)


def test_a_crowd_dispersed_under_a_gone_regime_is_history(nlp):
    text = "Police fired tear gas at protesters under the Third Reich, the museum says."
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background for e in events)


def test_a_when_clause_of_a_time_in_an_old_war_is_that_war(nlp):
    text = ("Trade has stalled since the middle of the Cold War, when border guards shot "
            "two smugglers dead.")
    events = events_on(nlp, text, "2016-06-01")
    assert events and all(e.background and e.date == "1947" for e in events)


def test_an_old_invasion_named_by_its_target_is_that_war(nlp):
    text = "During the Iraqi invasion of Kuwait, the envoy fled to Cairo."
    assert conflicts() and any("Iraqi invasion of Kuwait" in c.names for c in conflicts())
    events = events_on(nlp, "Iraq's invasion of Kuwait killed hundreds of civilians.",
                       "2009-03-15")  # fmt: skip
    assert events and all(e.background and e.date == "1990" for e in events), text


_NAMED = "Her record in office during the Benghazi attacks is under review again. "


def test_the_attack_named_just_before_is_that_history(nlp):
    # "the attacks" right after "the Benghazi attacks" refers back to them: 2012, not the
    # day of the debate another clause of the sentence gives
    text = _NAMED + ("At the debate on Wednesday night, she again defended the view that a "
                     "video had inspired the attacks.")
    events = events_on(nlp, text, "2016-03-10")
    assert [(e.date, e.background) for e in events] == [("2012", True)]
    text = ("Her record during the attacks on the diplomatic post in Benghazi is under review. "
            "She defended the view that a video had inspired the attacks.")
    events = events_on(nlp, text, "2016-03-10")
    assert [(e.date, e.background) for e in events] == [("2012", True)]


def test_an_attack_of_its_own_after_the_name_is_news(nlp):
    for second in ("She said a video had inspired the attacks in Paris last week.",
                   "Militants staged another attack on the embassy on Wednesday."):
        events = events_on(nlp, _NAMED + second, "2016-03-10")
        assert len(events) == 1 and not events[0].background, second


@pytest.mark.parametrize("first,second", [
    ("It was the worst blast in the county since the Omagh bombing. ",
     "Police said the bombing killed 12 people."),
    ("It was the deadliest raid on a diplomatic post since the Benghazi attacks. ",
     "Officials said the attacks were carried out by a local militia."),
    ("Unlike the Lockerbie bombing, the crash left no trace of explosives. ",
     "Investigators said the bombing was staged by a local cell."),
    ("The fire was larger than the Madrid bombings. ",
     "Prosecutors said the bombings killed nine people."),
])  # fmt: skip
def test_a_conflict_named_as_a_yardstick_is_no_antecedent(nlp, first, second):
    events = [e for e in events_on(nlp, first + second, "2016-03-10") if e.start >= len(first)]
    assert events and not any(e.background for e in events), second


def test_a_mention_told_as_news_is_no_antecedent(nlp):
    # spelled out ("the attacks on the consulate in Benghazi") but told with a day of its
    # own, or as the subject of what it did: today's attacks, not the named ones
    for first in ("The attacks on the consulate in Benghazi killed two guards yesterday. ",
                  "The attacks on the consulate in Benghazi killed two guards. "):
        text = first + "A video had inspired the attacks."
        events = events_on(nlp, text, "2016-03-10")
        assert events and not any(e.date == "2012" for e in events), first
