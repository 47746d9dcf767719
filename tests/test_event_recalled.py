"""A listed attack of the year before, recalled in passing in a clause about something
else, is an event that happened (``nlp/events/recalled.py``, issue 19): a modal, a
question or a plan around "after the Orlando shootings" does not undo the shootings, and a
political story's low density of conflict words does not cap them. An older attack is
history, an attack the story does not tie to a listed one keeps its clause's reading.
Our own sentences, read by the real pipeline."""

from __future__ import annotations

from frontlines.nlp.beat import OFF_BEAT_CONFIDENCE
from frontlines.nlp.events.recalled import recalls_known_attack
from tests.event_reading import events_on


def _news(nlp, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.acled_sub_event, e.date) for e in events_on(nlp, text, published)
            if not e.background]


def test_a_recent_attack_under_a_modal_clause_is_told(nlp):
    text = "Senators may vote on the bill after the Orlando shootings."
    assert _news(nlp, text, "2016-07-01") == [("Attack", "2016-06-12")]
    text = "Lawmakers could revisit the gun rules after the Paris attacks."
    assert _news(nlp, text, "2016-03-01") == [("Attack", "2015-11-13")]


def test_an_attack_more_than_a_year_old_stays_out_of_the_news(nlp):
    text = "Lawmakers could revisit the gun rules after the Paris attacks."
    assert _news(nlp, text, "2017-06-01") == []


def test_an_attack_no_list_knows_keeps_its_clause(nlp):
    text = "Senators may vote on the bill after the shootings in Springfield."
    assert _news(nlp, text, "2016-07-01") == []


def test_an_attack_feared_again_is_no_event(nlp):
    text = "Officials fear that attacks like the Orlando shootings could happen again."
    assert _news(nlp, text, "2016-07-01") == []


def test_a_figurative_attack_on_a_city_is_no_event(nlp):
    text = "The governor may call the tax plan an attack on Orlando families."
    assert _news(nlp, text, "2016-07-01") == []


_STORY = (
    "The senator spent the morning with county officials, talking about school budgets, "
    "road repairs and the price of housing in the suburbs. Her aides said she would hold "
    "more town meetings in the spring, and that the farm bill was close to a vote. She told "
    "reporters the committee had been slow to act on the highway plan, and that voters "
    "were tired of waiting for new bridges. Her office has also asked for money to hire "
    "teachers and nurses across the state. {recall} Her staff expects a long summer of "
    "hearings on taxes, trade and the budget, and she plans to visit every county before "
    "the first snow."
)


def _confidences(nlp, recall: str, published: str) -> list[float]:
    text = _STORY.format(recall=recall)
    return [e.confidence for e in events_on(nlp, text, published)
            if not e.background and e.acled_sub_event == "Attack"]


def test_a_recent_listed_attack_in_a_story_off_the_beat_is_not_capped(nlp):
    found = _confidences(nlp, "Talks on a gun bill began after the Orlando shootings.",
                         "2016-07-01")  # fmt: skip
    assert found and max(found) > OFF_BEAT_CONFIDENCE


def test_an_unlisted_shooting_in_a_story_off_the_beat_stays_capped(nlp):
    found = _confidences(nlp, "Talks on a gun bill began after the shootings in Springfield.",
                         "2016-07-01")  # fmt: skip
    assert all(c <= OFF_BEAT_CONFIDENCE for c in found)


_HARM = "Violence against civilians"


def test_the_sentence_must_name_the_attack_of_that_day():
    assert recalls_known_attack("Talks began after the Orlando shootings.", "2016-06-12", _HARM)
    assert recalls_known_attack("since the San Bernardino attack", "2015-12-02", _HARM)
    assert not recalls_known_attack("Talks began after the Orlando shootings.", "2016-06-13",
                                    _HARM)  # fmt: skip
    assert not recalls_known_attack("Talks began after the shootings.", "2016-06-12", _HARM)
    assert not recalls_known_attack("Talks began after the Orlando shootings.", None, _HARM)


def test_a_known_attack_is_named_by_whole_words_and_a_place_with_its_kind():
    # issue 21.5: no part of a word, no lead that is a year or a common noun, no protest
    assert not recalls_known_attack("Nicer weather came after the vote.", "2016-07-14", _HARM)
    assert not recalls_known_attack("In 1998, a man was stabbed.", "1998-08-07", _HARM)
    assert not recalls_known_attack("The Battle Creek council met.", "1993-10-03", "Battles")
    assert not recalls_known_attack("In Orlando, a man was shot dead outside a bar on Sunday.",
                                    "2016-06-12", _HARM)  # fmt: skip
    assert not recalls_known_attack("Crowds marched after the Orlando shootings.",
                                    "2016-06-12", "Protests")  # fmt: skip
    assert recalls_known_attack("Shootings in Orlando left 49 dead.", "2016-06-12", _HARM)


def test_a_listed_attack_is_not_absorbed_by_an_earlier_assault_of_another_kind(nlp):
    text = ("The senator backed a bill on the rape of students at colleges. "
            "Support for taking in refugees fell after the Paris attacks last month.")
    found = _news(nlp, text, "2015-12-20")
    assert ("Attack", "2015-11-13") in found


def _all(nlp, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.acled_sub_event, e.date) for e in events_on(nlp, text, published)
            if not e.background and e.confidence >= 0.3]


def test_a_recalled_attack_beside_another_day_is_not_told_on_that_day(nlp):
    # issue 21.1: the listed attack is asserted only where the event takes its listed day
    cases = [
        ("The senator met survivors of the San Bernardino attack on Monday.", "2016-05-01"),
        ("A new film about the Paris attacks opens on Friday.", "2016-05-01"),
        ("Her book on the Brussels bombings was published on Thursday.", "2016-12-01"),
        ("Talks on a gun bill began after the Paris attacks last month.", "2016-01-02"),
    ]
    for text, published in cases:
        found = _all(nlp, text, published)
        assert all(date in {"2015-12-02", "2015-11-13", "2016-03-22"} for _, date in found), (
            text, found)


def test_a_recalled_attack_as_a_yardstick_question_or_condition_keeps_its_reading(nlp):
    # issue 21.3: a comparison, an "if" or a "whether" clause tells no attack anew
    cases = [
        "If something like the Brussels bombings happened in Chicago, the city would not cope.",
        "Critics asked whether the Paris attacks were an intelligence failure.",
    ]
    for text in cases:
        assert _news(nlp, text, "2016-07-01") == [], text


def test_a_recalled_attack_remembered_or_told_in_a_work_keeps_its_reading(nlp):
    # issue 21.3: a memorial, an anniversary or a book about an attack is not the attack
    cases = [
        ("Mourners gathered at a memorial to the victims of the Paris attacks.", "2016-07-01"),
        ("A candle was lit to remember the Nice truck attack.", "2016-08-01"),
        ("On the first anniversary of the Paris attacks, the president spoke in the capital.",
         "2016-11-12"),
        ("A documentary on the Orlando shootings was aired.", "2016-09-01"),
    ]
    for text, published in cases:
        assert _news(nlp, text, published) == [], text


def test_a_recalled_attack_in_a_clause_about_a_plan_is_still_told(nlp):
    text = "Support for taking in refugees fell after the Paris attacks."
    assert _news(nlp, text, "2016-02-01") == [("Attack", "2015-11-13")]


def _history(nlp, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.acled_sub_event, e.date) for e in events_on(nlp, text, published)
            if e.background]


def test_a_spelled_out_attack_past_the_year_is_history(nlp):
    # issue 21.4: past the recent window, "the Orlando shootings" is history, not news
    # dated the publication day; the window counts days, not calendar years
    text = "Support for the gun bill grew after the Orlando shootings."
    assert _news(nlp, text, "2017-08-01") == []
    assert _history(nlp, text, "2017-08-01") == [("Attack", "2016-06-12")]
    text = "Talks on a gun bill began after the Paris attacks."
    assert _news(nlp, text, "2016-11-14") == []
