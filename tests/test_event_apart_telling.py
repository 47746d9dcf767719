"""An event a sentence puts a span of days from the day someone spoke ("tweeted on
Sunday, a day after guards beat a protester") is dated by that span (issue 19): the
speaking day is not the event's, but it anchors it. Our own sentences, read by the real
pipeline."""

from __future__ import annotations

from tests.event_reading import events_on


def _dates(text: str, nlp, published: str) -> list[str | None]:
    return [e.date for e in events_on(nlp, text, published) if not e.background]


def test_a_span_of_days_from_the_day_someone_spoke_dates_the_event(nlp):
    """The speaking day is no day of the event, but "a day after" ties the two: published
    Tuesday 2016-03-15, spoken on Sunday the 13th, the beating a day before it."""
    text = ("The mayor on Sunday tweeted a message of support, just a day after guards beat "
            "a protester at the rally.")
    assert _dates(text, nlp, "2016-03-15") == ["2016-03-12"]
    told = "Police said on Sunday, two days after gunmen stormed the camp, that nine had died."
    assert _dates(told, nlp, "2016-03-15") == ["2016-03-11"]
    plain = "Police said on Sunday that gunmen stormed the camp."
    assert _dates(plain, nlp, "2016-03-15") == ["2016-03-15"]  # the speaking day alone: none


def test_a_day_the_span_puts_after_the_story_is_none(nlp):
    """"Three days before" the speaking Monday is a day after a story of the Tuesday: no
    date an event can have had (review 19, finding 3). The story's day stays."""
    for text in ("Police said on Monday, three days before gunmen stormed the camp, that all "
                 "was calm.",
                 "Police said on Monday, a week before protesters marched, that the road was "
                 "shut."):
        assert _dates(text, nlp, "2016-03-15") == ["2016-03-15"], text
    told = "Police said on Monday, three days before gunmen stormed the camp, that all was calm."
    assert _dates(told, nlp, "2016-03-25") == ["2016-03-24"]  # Monday the 21st, +3
