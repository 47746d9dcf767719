"""The event's date field (issue 19, evdate11): weeks coded to a month, and dates an
event inherits from the story, on sentences written here."""

from __future__ import annotations

from frontlines.resolve.time.timex import week_month
from tests.event_reading import events_on as _events


def test_a_week_falls_in_the_month_of_its_thursday():
    assert week_month("2016-W09") == "2016-03"  # Feb 29 - Mar 6
    assert week_month("2024-W09-WE") == "2024-02"  # Feb 26 - Mar 3
    assert week_month("2024-03") is None and week_month("2024-W99") is None


def test_an_event_told_last_week_is_dated_to_that_week_s_month(nlp):
    """ACLED codes a day, a month or a year, never a week: "last week" in a story of
    Tuesday 5 March 2024 is the week of 26 February, most of it in February."""
    (event,) = _events(nlp, "Rebels attacked an army post near the border last week, "
                            "a local official told reporters.", published="2024-03-05")  # fmt: skip
    assert event.date == "2024-02" and event.date_precision == 3, event
    assert event.date_source == "text", event


def test_a_present_perfect_keeps_no_earlier_day(nlp):
    """'have clashed' tells what has gone on up to the time of writing, not a deed of the
    day the sentence before told: it takes no day from the earlier clash."""
    first, later = _events(nlp, "Rebels attacked an army post in Kalbor on March 2, killing "
                                "four soldiers. In Derna, government troops have clashed "
                                "with rebel fighters.")  # fmt: skip
    assert first.date == "2024-03-02" and first.date_source == "text", first
    assert later.date == "2024-03-15" and later.date_source == "published", later


def test_a_clock_time_of_the_publication_day_keeps_that_day(nlp):
    """Published on Friday 15 March: strikes 'late on Friday night' were that day, not on
    the day of the car bombing the sentence before told."""
    bombing, strike = _events(nlp, "A car bomb on March 2 killed 12 people at a market in "
                                   "the capital. Jets struck rebel camps late on Friday "
                                   "night, the army said.")  # fmt: skip
    assert bombing.date == "2024-03-02", bombing
    assert strike.date == "2024-03-15", strike


def test_a_strike_list_line_still_takes_the_lead_s_day(nlp):
    """The simple past of a list's lines still tells the day its first line gave."""
    events = _events(nlp, "On March 2, coalition aircraft conducted 12 strikes against "
                          "rebels in the north. Near Kalbor, one strike destroyed a fuel "
                          "depot.")  # fmt: skip
    depot = [e for e in events if "depot" in e.text]
    assert depot and depot[0].date == "2024-03-02", events


_LEAD = "Thousands of people marched through the capital on {day} to demand the release of "
_LATER = "In the port city of Kalbor, gunmen {verb} a local reporter outside his home."


def _story(day: str, verb: str = "shot dead", lead: str = _LEAD, gap: str = " ") -> str:
    return lead.format(day=day) + "jailed journalists." + gap + _LATER.format(verb=verb)


def test_an_undated_event_takes_the_news_day_of_the_lead(nlp):
    """Published Friday 15 March: the lead's Thursday is the story's news day; the
    shooting told after it in the simple past, with no time of its own, took place that
    day as far as the story says, flagged as inherited ("story"), not read."""
    march, shooting = _events(nlp, _story("Thursday"))
    assert march.date == "2024-03-14" and march.date_source == "text", march
    assert shooting.date == "2024-03-14" and shooting.date_source == "story", shooting
    assert shooting.date_precision == 1


def test_no_news_day_from_an_old_lead_a_telling_or_a_present_perfect(nlp):
    """A lead day four days back is no news day (in a paragraph of its own: in the same
    paragraph it is the day of the sentence before); a day someone spoke on is none; and
    a present perfect ("have shot dead") is no deed of that day."""
    (_, old) = _events(nlp, _story("Monday", gap="\n\n"))
    assert old.date == "2024-03-15" and old.date_source == "published", old
    said = ("Officials said on {day} that thousands of people had marched through the "
            "capital to demand the release of ")  # fmt: skip
    told = _events(nlp, _story("Thursday", lead=said))
    assert [e.date_source for e in told if "gunmen" in e.text] == ["published"], told
    (_, perfect) = _events(nlp, _story("Thursday", verb="have shot dead"))
    assert perfect.date == "2024-03-15" and perfect.date_source == "published", perfect


def test_reiterated_on_a_day_is_a_telling_day(nlp):
    """'reiterated Tuesday that militants had ambushed' says when the governor spoke, not
    when the ambush was: a verb of saying (``attribution.toml``)."""
    (ambush,) = _events(nlp, "The governor reiterated Tuesday that militants had ambushed "
                             "the army convoy near the border.")  # fmt: skip
    assert ambush.date == "2024-03-15" and ambush.date_source == "published", ambush


def test_an_undated_event_takes_the_day_of_the_sentence_before_it(nlp):
    """The sentence just before, in the same paragraph, tells the narrative's day
    (Wednesday) and wins over the lead's news day (Thursday); across a paragraph break
    it does not."""
    lead = ("Thousands of people marched through the capital on Thursday to demand the "
            "release of jailed journalists.\n\n")  # fmt: skip
    told = "Late on Wednesday, soldiers sealed off the old market in Kalbor."
    shot = "Gunmen shot dead a local trader near its gate."
    (_, same) = _events(nlp, lead + told + " " + shot)
    assert same.date == "2024-03-13" and same.date_source == "story", same
    (_, apart) = _events(nlp, lead + told + "\n\n" + shot)
    assert apart.date == "2024-03-14" and apart.date_source == "story", apart


def test_a_date_in_a_relative_clause_of_another_noun_leaves_the_news_day(nlp):
    """Friday is when the inn was declared a landmark, a past of the inn: the chanting,
    with no day of its own, is on the lead's Sunday (2016-06-26). A telling day of the
    event's own clause still keeps the news day away."""
    lead = "The city held its summer fair on Sunday under grey skies.\n"
    inn = lead + ("In Boston, protesters chanted slogans outside the old inn, which the "
                  "governor on Friday declared a landmark.")
    assert [(e.date, e.date_source) for e in _events(nlp, inn, "2016-06-27")] == [
        ("2016-06-26", "story")]
    told = lead + ("In Boston, protesters said on Friday that they chanted slogans outside "
                   "the old inn.")
    assert [e.date_source for e in _events(nlp, told, "2016-06-27")] == ["published"]


def test_a_past_perfect_takes_the_news_day_a_present_perfect_does_not(nlp):
    """Issue 19, evdate24: "had shot dead" is a past before the story's past, the scene of
    the lead's Thursday as the simple past is; "have shot dead" stays undated."""
    (_, had) = _events(nlp, _story("Thursday", verb="had shot dead"))
    assert had.date == "2024-03-14" and had.date_source == "story", had
    (_, have) = _events(nlp, _story("Thursday", verb="have shot dead"))
    assert have.date == "2024-03-15" and have.date_source == "published", have


def test_a_month_set_the_scene_carries_to_a_past_perfect(nlp):
    """ "Last month, ..." sets the scene; the clash told after it in the past perfect, in
    the same paragraph, is of that month (published 15 March 2024: February)."""
    text = ("Last month, two reporters travelled to a rally in Kalbor. Days before, "
            "police had broken up a march of students in the capital.")
    events = [e for e in _events(nlp, text) if "police" in e.text]
    assert events and events[0].date == "2024-02" and events[0].date_source == "story", events


def test_a_plan_told_as_the_scene_of_a_past_deed_is_no_day_ahead(nlp):
    """ "As the minister prepared to speak on Tuesday, ..." in a story of Wednesday 13
    March 2024: the preparing is past, so Tuesday is the day before, not next week's;
    a plan told on its own ("plans to speak on Tuesday") still looks ahead."""
    (attack,) = _events(nlp, "As the minister prepared to speak in Kalbor on Tuesday, "
                             "gunmen attacked a police post outside the city.",
                        published="2024-03-13")  # fmt: skip
    assert attack.date == "2024-03-12" and attack.date_source == "text", attack


def test_an_offset_is_the_sentence_s_own_time_not_the_day_before(nlp):
    """fixevdate24: "Days earlier" / "Weeks before" count back from the day the sentence
    before told, so the deed was not on it: it takes no carried day (published Friday 15
    March 2024: not Wednesday)."""
    for opening in ("Days earlier", "Weeks before"):
        text = (f"Farmers blocked the highway near Varnok on Wednesday. {opening}, gunmen "
                "shot dead three farmers in a nearby village.")
        burned = [e for e in _events(nlp, text) if "shot" in e.text]
        assert burned and burned[0].date != "2024-03-13", (opening, burned)
        assert burned[0].date_source != "story", (opening, burned)


def test_a_stretch_up_to_now_is_the_sentence_s_own_time(nlp):
    """ "In the past 24 hours" counts back from publication: the shelling takes no day of
    the sentence before, which lies outside that stretch."""
    text = ("Farmers blocked the highway near Varnok on Wednesday. In the past 24 hours, "
            "artillery shelled two villages in the south.")
    shelled = [e for e in _events(nlp, text) if "shell" in e.text]
    assert shelled and shelled[0].date != "2024-03-13", shelled
    assert shelled[0].date_source != "story", shelled


def test_a_length_of_the_deed_dates_nothing(nlp):
    """ "a three-hour gunfight" is how long, not when: the sentence before's day carries."""
    text = ("Farmers blocked the highway near Varnok on Wednesday. Soldiers killed four "
            "fighters in a three-hour gunfight outside the town.")
    killed = [e for e in _events(nlp, text) if "killed" in e.text]
    assert killed and killed[0].date == "2024-03-13", killed
    assert killed[0].date_source == "story", killed


def test_a_plan_told_as_a_past_scene_keeps_a_nearer_coming_weekday(nlp):
    """fixevdate24: "As the council prepared to vote on Friday, ..." in a story of
    Wednesday 13 March 2024: Friday is two days ahead and five back, so the nearer, coming
    one holds, and the clash, not on it, keeps the publication day."""
    (clash,) = _events(nlp, "As the council prepared to vote on Friday, farmers clashed "
                            "with police outside the town hall in Varnok.",
                       published="2024-03-13")  # fmt: skip
    assert clash.date == "2024-03-13" and clash.date_source == "published", clash


def test_a_past_perfect_after_a_told_day_is_before_it(nlp):
    """fixevdate24: "had attacked" after "On Monday, police arrested the mayor" is a past
    before that Monday: it takes neither that day nor the lead's news day (Thursday);
    told in the simple past it takes Monday (published Friday 15 March 2024)."""
    lead = "Farmers blocked the highway near Varnok on Thursday. "
    for verb, date, source in (("had attacked", "2024-03-15", "published"),
                               ("attacked", "2024-03-11", "story")):  # fmt: skip
        text = (lead + "On Monday, police arrested the mayor of Dorsk. Gunmen "
                f"{verb} his convoy outside the town.")
        attack = [e for e in _events(nlp, text) if "attacked" in e.text]
        assert attack and (attack[0].date, attack[0].date_source) == (date, source), attack
