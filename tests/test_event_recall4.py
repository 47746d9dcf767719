"""Events the coder used to miss (issue 19, fourth pass), read through the real pipeline on
sentences of our own; each case is checked both ways."""

from __future__ import annotations

from tests.event_reading import read_article


def test_a_count_of_events_one_per_named_place_is_no_tally(nlp):
    # "two ... in A and B": as many events as places, each placed, not a tally
    told = read_article(nlp, "Two bombs exploded outside the consulates in Chad and Niger "
                             "on Friday, killing 30 people.")  # fmt: skip
    assert sorted(e.place.name for e in told._.events if e.place) == ["Chad", "Niger"]
    assert {e.acled_sub_event for e in told._.events} == {"Remote explosive/landmine/IED"}
    # a count the places do not divide among them still is a tally over countries
    tally = read_article(nlp, "Rebels carried out three attacks in Mali and Niger last week.")
    assert not tally._.events


def test_a_second_deed_of_another_kind_in_its_own_clause_is_a_second_event(nlp):
    both = read_article(nlp, "A roadside bomb killed four miners in Kalat on Monday, while the "
                             "rebels claimed credit for attacking an army truck near Quetta.")
    assert [e.acled_event for e in both._.events] == ["Explosions/Remote violence", "Battles"]
    # a deed in a clause describing someone is no second event: the arrest only
    described = read_article(nlp, "Police arrested two men in Kano on Monday who had "
                                  "attacked the camp.")  # fmt: skip
    assert [e.acled_sub_event for e in described._.events] == ["Arrests"]
    # a word telling only what the first deed did ("killing") is no second deed
    outcome = read_article(nlp, "A suicide bomber blew himself up at a market in Kano on "
                                "Monday, killing five people.")
    assert len(outcome._.events) == 1


def test_a_count_over_places_after_its_events_were_told_adds_none(nlp):
    # the bombings told in their towns first: "two bombs ... in A and B" sums them up
    story = read_article(nlp, "A bomb exploded at the French consulate in N'Djamena on Friday, "
                              "killing 12 people. Two bombs exploded in Chad and Niger on "
                              "Friday, officials said.")  # fmt: skip
    assert [e.place.name for e in story._.events if e.place] == ["N'Djamena"]
