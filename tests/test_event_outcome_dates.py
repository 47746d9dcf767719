"""A sentence that only tells a harm ("Two passengers were injured") is evidence of
the nearest violent event it can be; a date the story carried over to it (from an older
attack of the same type) is not its own and does not send it elsewhere. Our own
sentences, read by the real pipeline."""

from __future__ import annotations

from tests.event_reading import events_on


def test_a_harm_with_a_carried_date_joins_the_nearest_event(nlp):
    text = ("Gunmen attacked a school in Osaka in 2015, killing three pupils. On Monday, a "
            "man detonated a bomb at a bus depot in Harbin. Two passengers were injured.")
    events = events_on(nlp, text)
    assert [e.acled_sub_event for e in events] == ["Attack", "Remote explosive/landmine/IED"]
    harm = text.index("Two passengers")
    assert [s.start for s in events[0].evidence] == []
    assert [s.start for s in events[1].evidence] == [harm]


def test_a_harm_dated_by_its_own_sentence_keeps_its_date(nlp):
    text = ("On Monday, a man detonated a bomb at a bus depot in Harbin. In 2015, two "
            "passengers were injured.")
    events = events_on(nlp, text)
    assert all(not e.evidence for e in events)
