"""Which clause's time dates an event (issue 19, evdate23), on sentences written here:
a day told with a modal is another verb's plan, a day after publication is no time of the
sentence, and a month the sentence before set the scene in carries to the month."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on as _events

#: Friday 15 March 2024: "Monday" told as past is the 11th, "Thursday" the 14th.
FRIDAY = "2024-03-15"


@pytest.mark.parametrize("text", [
    "Rebels attacked an army post near Kalbor, and the governor may visit the town on Monday.",
    "A video, which could be broadcast on Monday, shows police beating a protester in Kalbor.",
    "The governor may visit Kalbor on Monday after rebels attacked an army post there.",
])  # fmt: skip
def test_a_day_told_with_a_modal_of_another_verb_does_not_date_the_event(nlp, text):
    """The day of what may or could happen says nothing of when the event did: the event
    falls back to the publication day."""
    (event,) = _events(nlp, text, published=FRIDAY)
    assert event.date == FRIDAY and event.date_source == "published", event


@pytest.mark.parametrize(("text", "day"), [
    ("Rebels attacked an army post near Kalbor on Monday, and the governor may visit the "
     "town soon.", "2024-03-11"),
    ("Soldiers shot two protesters in the square on Tuesday, and the army could face "
     "charges.", "2024-03-12"),
])  # fmt: skip
def test_the_event_s_own_day_stays_beside_a_modal_clause(nlp, text, day):
    """A modal elsewhere in the sentence does not unsettle the day the event's verb has."""
    (event,) = _events(nlp, text, published=FRIDAY)
    assert event.date == day and event.date_source == "text", event


def test_a_modal_day_is_a_plan_of_its_verb(nlp):
    """``of_a_modal_clause`` reads the verb a day hangs on: a modal one ("could delay
    the vote on Tuesday") is a plan, a plain one is not; a trigger on the way keeps it."""
    from frontlines.model import Extractor, TimeExpression
    from frontlines.nlp.events.modal_clause import of_a_modal_clause

    def modal(text: str, word: str, trigger: str | None = None) -> bool:
        doc = nlp(text)
        start = text.index(word)
        time = TimeExpression(text=word, start=start, end=start + len(word), type="DATE",
                              value="2024-03-12", precision="day",
                              extractor=Extractor("test", "0"))  # fmt: skip
        words = [t for t in doc if t.text == trigger]
        return of_a_modal_clause(doc[:], time, words)

    assert modal("Officials say the strike could delay the vote on Tuesday.", "Tuesday")
    assert not modal("Officials delayed the vote on Tuesday.", "Tuesday")
    assert not modal("The raid on Tuesday could spark reprisals.", "Tuesday", "raid")


def test_a_day_after_publication_leaves_the_sentence_to_the_day_before_it(nlp):
    """ "marched ahead of next Tuesday's vote": the vote's day is ahead, no time the march
    was at, so the march takes the day the sentence before told, as an undated one does."""
    text = ("Rebels attacked a checkpoint near Kalbor on Thursday. Hundreds of protesters "
            "marched in Derna ahead of next Tuesday's vote.")  # fmt: skip
    attack, march = _events(nlp, text, published=FRIDAY)
    assert attack.date == "2024-03-14" and attack.date_source == "text", attack
    assert march.date == "2024-03-14" and march.date_source == "story", march


def test_a_month_the_sentence_before_set_the_scene_in_carries_to_the_month(nlp):
    (event,) = _events(nlp, "Last month, two students drove to a rally in Kalbor. Police "
                            "broke up a march in Derna.", published=FRIDAY)  # fmt: skip
    assert event.date == "2024-02" and event.date_precision == 3, event
    assert event.date_source == "story", event


@pytest.mark.parametrize("text", [
    "Last month, two students drove to a rally in Kalbor.\n\nPolice broke up a march in Derna.",
    "This month, two students drove to a rally in Kalbor. Police broke up a march in Derna.",
    "In December, two students drove to a rally in Kalbor. Police broke up a march in Derna.",
    "Last month, two students drove to a rally in Kalbor. Police have broken up a march in "
    "Derna.",
    "Officials said last month that the budget had grown. Police broke up a march in Derna.",
])  # fmt: skip
def test_no_month_carries_across_a_paragraph_from_now_from_long_ago_or_a_telling(nlp, text):
    """A new paragraph, the publication month itself, a month long before, a present
    perfect and a month someone spoke in carry nothing: the publication day stays."""
    (event,) = _events(nlp, text, published=FRIDAY)
    assert event.date == FRIDAY and event.date_source == "published", event


def test_each_place_of_two_well_known_attacks_takes_its_own_day(nlp):
    """ "after the attacks in San Bernardino, California, and Paris last year": one event
    per place, each on the day of the listed attack whose name its place begins."""
    text = ("Malls hired more guards after the attacks in San Bernardino, California, and "
            "Paris last year.")  # fmt: skip
    days = sorted(e.date or "" for e in _events(nlp, text, published="2016-02-10"))
    assert days == ["2015-11-13", "2015-12-02"], days


@pytest.mark.parametrize("text", [
    "Rebels attacked army posts in Kalbor and Derna last year.",
    "Police arrested ten men over the attacks in San Bernardino, California, and Paris "
    "last year.",
])  # fmt: skip
def test_places_of_no_listed_attack_keep_the_coarser_date(nlp, text):
    """Places no listed attack is named after, and one arrest over two attacks, keep the
    year the sentence gives."""
    events = _events(nlp, text, published="2016-02-10")
    assert events and all(e.date == "2015" for e in events), events


def test_place_recent_date_needs_the_told_period(nlp):
    from frontlines.nlp.events.named_history import place_recent_date

    doc = nlp("Malls hired more guards after the attacks in San Bernardino, California, and "
              "Paris last year.")
    shootings = [t for t in doc if t.text == "attacks"]
    paris = next(t.idx for t in doc if t.text == "Paris")
    assert place_recent_date(shootings, paris, "2015") == "2015-11-13"
    assert place_recent_date(shootings, paris, "2014") is None  # not in the year told
    assert place_recent_date(shootings, paris + 1, "2015") is None  # no place there


@pytest.mark.parametrize(("text", "published", "date", "source"), [
    ("The Orlando attack stirred a fierce debate over guns across the country.",
     "2016-06-15", "2016-06-12", "text"),
    ("The Orlando massacre left the city in mourning.", "2016-06-15", "2016-06-12", "text"),
    # months on, or before the attack: news of its own, the publication day
    ("The Orlando attack stirred a fierce debate over guns across the country.",
     "2016-09-20", "2016-09-20", "published"),
    ("The Orlando attack stirred a fierce debate over guns across the country.",
     "2016-06-10", "2016-06-10", "published"),
    # "an attack": not the listed one
    ("An attack in Orlando left two guards wounded.", "2016-06-15", "2016-06-15", "published"),
])  # fmt: skip
def test_the_attack_a_story_of_the_days_after_names_by_its_place(nlp, text, published, date,
                                                                 source):  # fmt: skip
    """Within days of a listed attack, "the Orlando attack" is that attack, on its day."""
    (event,) = _events(nlp, text, published=published)
    assert event.date == date and event.date_source == source, event


def test_a_later_mention_of_one_attack_lends_its_day_to_no_other_place(nlp):
    """The Paris attack told again later ("the Paris attacks in November") is one of the
    two places; the San Bernardino one keeps the day of its own attack
    (``retold.one_day`` lends a day only to places that have none of their own)."""
    text = ("Web monitoring grew after the killings in Paris and San Bernardino, California, "
            "last year. Officials said the Paris attacks in November changed how police watch "
            "the web.")  # fmt: skip
    days = sorted(e.date or "" for e in _events(nlp, text, published="2016-02-10"))
    assert days == ["2015-11-13", "2015-12-02"], days


def test_a_year_of_a_noun_holding_the_event_stays_under_a_modal_verb(nlp):
    """ "will show the 2012 siege in which the base was stormed": 2012 is the siege's,
    and the storming is inside it, so the year dates it (history), whatever "will" says
    of the showing."""
    text = ("The film will show the 2012 siege in which an army base near Kalbor was stormed "
            "by rebel fighters.")  # fmt: skip
    (event,) = _events(nlp, text, published="2016-01-12")
    assert event.date == "2012" and event.date_source == "text", event
    assert event.background, event
