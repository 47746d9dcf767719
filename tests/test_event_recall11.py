"""Events the event layer missed (session 17, recall): sentences of our own through the
real pipeline, each with the reading it must now give and a neighbour it must still
refuse."""

from __future__ import annotations

from tests.event_reading import events_on


def test_a_brawl_between_groups_is_mob_violence(nlp):
    """ "a mass brawl broke out between X and Y": ACLED codes a fight between groups of
    people with no weapons of war as mob violence, not an attack on civilians; a brawl
    only avoided ("a shove away from a brawl") tells none."""
    told = events_on(nlp, "A mass brawl broke out between rival dock workers near the port "
                          "of Varna on Sunday, injuring dozens.")  # fmt: skip
    assert [e.acled_sub_event for e in told] == ["Mob violence"]
    assert not any(e.acled_sub_event == "Mob violence" and e.confidence >= 0.5
                   for e in events_on(nlp, "The meeting in Varna came close to a brawl, "
                                           "officials said."))  # fmt: skip


def test_a_strike_of_employees_is_no_air_strike(nlp):
    """A bare "strike" is read as a strike from the air unless the sentence is about
    labour: employees, a walkout or a picket line make it a strike of workers (and what
    they did, "protested outside the shops", the protest)."""
    told = events_on(nlp, "Employees protested outside the company's depots in Porto "
                          "throughout the strike.")  # fmt: skip
    assert "Air/drone strike" not in [e.acled_sub_event for e in told]
    assert [e.acled_sub_event for e in told] == ["Peaceful protest"]
    struck = events_on(nlp, "A strike hit an arms depot near Idlib on Sunday, the "
                            "coalition said.")  # fmt: skip
    assert [e.acled_sub_event for e in struck] == ["Air/drone strike"]
