"""What must not date an event (review of evdate23, on sentences written here): a month
the sentence before names as a yardstick, a bound, another event's noun, a copula's or a
present perfect's time; a carried month over a lead's day; a past ability or perception
told with "could", or a guess about the past ("may have happened"); and the day of a vote
the event came ahead of."""

from __future__ import annotations

import pytest

from tests.event_reading import events_on as _events

#: Friday 15 March 2024: "Monday" told as past is the 11th, "Thursday" the 14th.
FRIDAY = "2024-03-15"
LEAD = "Police killed two protesters in Kalbor on Thursday. "


@pytest.mark.parametrize("middle", [
    "It was the deadliest day since February.",
    "The unrest began in February over fuel prices.",
    "Fuel prices have doubled since February.",
    "Last month, the opposition called for a general strike.",
])  # fmt: skip
def test_no_month_of_the_sentence_before_overrides_the_lead_s_day(nlp, middle):
    """The lead told a day; a month the next sentence names never takes its place."""
    events = _events(nlp, LEAD + middle + " Soldiers shot a third man in Derna.",
                     published=FRIDAY)  # fmt: skip
    shot = [e for e in events if "Derna" in e.text or "shot" in e.text]
    assert shot, events
    assert shot[-1].date == "2024-03-14" and shot[-1].date_source == "story", shot[-1]


@pytest.mark.parametrize("text", [
    "Inflation hit 30 percent in January. Protesters burned tyres in Derna.",
    "Last month's election was disputed. Protesters burned tyres in Derna.",
    "The clashes were the worst since the January riots. Police arrested 20 people in Derna.",
    "The unrest began in February over fuel prices. Protesters burned tyres in Derna.",
])  # fmt: skip
def test_no_month_of_a_yardstick_a_noun_or_a_copula_carries(nlp, text):
    """Only a month that sets the scene of the sentence before ("Last month, ...") carries;
    a yardstick, a bound, another noun's month or a state's month carries nothing."""
    event = _events(nlp, text, published=FRIDAY)[-1]
    assert event.date == FRIDAY and event.date_source == "published", event


@pytest.mark.parametrize("text", [
    "Residents could hear gunfire on Monday as troops shelled the village of Derna.",
    "Police could not disperse the crowd on Monday as protesters marched through Kalbor.",
    "The attack may have happened on Monday, police said, after gunmen stormed a school in "
    "Kalbor.",
])  # fmt: skip
def test_a_past_ability_perception_or_guess_keeps_its_day(nlp, text):
    """ "could hear", "could not disperse" and "may have happened" tell the past, no plan:
    the day is the event's."""
    events = _events(nlp, text, published=FRIDAY)
    assert events and all(e.date == "2024-03-11" for e in events), events


def test_a_day_of_a_vote_the_event_came_ahead_of_is_not_its_own(nlp):
    """ "ahead of Saturday's vote": Saturday is the vote's, even resolved to the past; the
    clash takes the day the sentence before told."""
    text = ("Protesters marched in Derna on Wednesday. Police clashed with them ahead of "
            "Saturday's vote.")  # fmt: skip
    clash = _events(nlp, text, published=FRIDAY)[-1]
    assert clash.date == "2024-03-13" and clash.date_source == "story", clash


def test_a_day_ahead_across_a_paragraph_leaves_the_lead_s_day(nlp):
    """Across a paragraph break the sentence before tells nothing: the lead's day holds."""
    text = ("Rebels attacked a checkpoint near Kalbor on Thursday.\n\nHundreds of protesters "
            "marched in Derna ahead of next Tuesday's vote.")  # fmt: skip
    march = _events(nlp, text, published=FRIDAY)[-1]
    assert march.date == "2024-03-14" and march.date_source == "story", march


def test_an_inherited_value_s_precision_is_read_one_way():
    """A day is ACLED precision 1, a month 3, nothing None."""
    from frontlines.resolve.time.timex import acled_value_precision

    assert acled_value_precision("2024-03-11") == 1
    assert acled_value_precision("2024-02") == 3
    assert acled_value_precision("") is None
