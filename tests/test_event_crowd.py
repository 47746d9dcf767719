"""A crowd a later sentence points back at ("they chanted", "the crowd") is the march
already coded, unless the sentence dates it apart or puts it in another town. Our own
sentences, read by the real pipeline, both ways."""

from __future__ import annotations

from tests.event_reading import events_on

_MARCH = "Several hundred nurses marched through Leeds on Saturday to demand higher pay. "


def test_they_chanted_is_the_march_told_again(nlp):
    text = (_MARCH + "Waving banners, the crowd -- which rallied at the railway station "
            "before a planned march to the town hall -- was the largest of the season. As "
            "they made their way down Park Row, they chanted slogans against the minister.")
    events = events_on(nlp, text)
    assert [e.acled_sub_event for e in events] == ["Peaceful protest"]
    assert len(events[0].evidence) == 2


def test_a_crowd_of_another_day_or_town_is_a_protest_of_its_own(nlp):
    text = (_MARCH + "The next day, they rallied again outside the hospital. "
            "In York, the nurses chanted slogans against the minister.")
    events = events_on(nlp, text)
    assert [e.place.name if e.place else None for e in events] == ["Leeds", "Leeds", "York"]
