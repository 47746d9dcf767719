"""Events the event layer missed (session 16, recall): sentences of our own through the
real pipeline, each with the reading it must now give and a neighbour it must still
refuse."""

from __future__ import annotations

from tests.event_reading import events_on, reason_for


def test_a_denied_link_does_not_deny_the_events_it_links(nlp):
    """ "the raid was not connected with the bombings": a verb of relation's "not" denies
    the link between two things the sentence takes as given, so the raid is still told;
    "the raid did not take place" still denies it."""
    linked = nlp("The governor said on Monday that the Navy strike on Yemen was not "
                 "connected with the inquiry into the March 3 bombings in Lagos.")
    assert reason_for(linked, "strike") == ""
    assert any(e.acled_sub_event == "Air/drone strike" for e in events_on(
        nlp, "The governor said on Monday that the Navy strike on Yemen was not "
             "connected with the inquiry into the March 3 bombings in Lagos."))  # fmt: skip
    denied = nlp("The governor said on Monday that the Navy strike on Yemen did not "
                 "take place.")
    assert reason_for(denied, "strike") == "negated"
    assert not events_on(nlp, "The governor said on Monday that the Navy strike on Yemen "
                              "did not take place.")  # fmt: skip


def test_doers_of_a_deed_told_with_an_aim_still_did_it(nlp):
    """ "protesters blocked the road to make police drag them away": the dragging is an
    aim, no event, but the protesters' blocking is told as done (their noun is the deed's
    subject, and the aim hangs on that deed through the causative's clause). Protesters
    who only plan ("planned to make police drag them away") did nothing yet."""
    subs = [e.acled_event for e in events_on(
        nlp, "Protesters blocked the road on Friday to make police drag them away.")]
    assert subs == ["Protests"]
    assert not events_on(nlp, "Protesters planned to make police drag them away on "
                              "Friday.")  # fmt: skip



def test_a_relative_clause_tells_its_deed_whatever_is_planned_around_it(nlp):
    """ "detectives are seeking the arrest of X, who is charged with shooting a judge":
    the arrest is only sought, but the relative clause states what X is charged with as a
    deed done, and "police plan to arrest the men who attacked the convoy" tells the
    attack. A relative clause with a modal of its own ("who might attack") tells none."""
    for text in ("Detectives are seeking the arrest of Dale Brum, who is charged with "
                 "shooting a judge in April at his home in Dayton.",
                 "The county hopes a $20,000 bounty will bring about the arrest of Dale "
                 "Brum, who is charged with shooting a judge in April at his home "
                 "in Dayton."):  # fmt: skip
        assert [e.acled_sub_event for e in events_on(nlp, text)] == ["Attack"], text
    assert events_on(nlp, "Police plan to arrest the men who attacked the convoy near Gao "
                          "on Tuesday.")  # fmt: skip
    assert not events_on(nlp, "The county hopes a $20,000 bounty will bring about the "
                              "arrest of Dale Brum, who might attack a judge in "
                              "Dayton.")  # fmt: skip

def test_an_event_named_as_a_cause_took_place(nlp):
    """ "says it is more vital to protect gun rights because of the bombings in Lyon and
    Texas", "wants the crossing closed in response to the attack on the police station in
    Gao on Monday": what a phrase of cause names is given as having happened, whatever the
    clause around it wants or plans. A cause that is only a kind ("in response to any
    attack", "because of attacks") or a purpose ("to prevent attacks") is still none."""
    assert events_on(nlp, "Mr. Dunn says it is even more vital to protect gun rights "
                          "because of the bombings and shootings in Lyon and Texas.")
    assert events_on(nlp, "The mayor wants to close the border crossing in response to "
                          "the attack on the police station in Gao on Monday.")
    assert not events_on(nlp, "The mayor wants to close the border crossing in response "
                              "to any attack.")  # fmt: skip
    assert not events_on(nlp, "The mayor wants to close the border crossing to prevent "
                              "attacks.")  # fmt: skip
