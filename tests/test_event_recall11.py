"""Events the event layer missed (session 17, recall): sentences of our own through the
real pipeline, each with the reading it must now give and a neighbour it must still
refuse."""

from __future__ import annotations

from tests.event_reading import events_on


def test_a_brawl_between_groups_is_mob_violence(nlp):
    """ "a brawl between X and Y broke out": ACLED codes a fight between groups of
    people with no weapons of war as mob violence, not an attack on civilians; a brawl
    only avoided ("a shove away from a brawl") tells none, and neither does a figure of
    politics ("the bare-knuckle brawls of her career"): the brawl must break out or hurt."""
    told = events_on(nlp, "On Sunday a mass brawl broke out near the port of Varna "
                          "between rival dock workers, injuring dozens.")  # fmt: skip
    assert [e.acled_sub_event for e in told] == ["Mob violence"]
    assert not any(e.acled_sub_event == "Mob violence" and e.confidence >= 0.5
                   for e in events_on(nlp, "The meeting in Varna came close to a brawl, "
                                           "officials said."))  # fmt: skip
    assert not events_on(nlp, "The mayor relishes the bare-knuckle brawls that have "
                              "marked her years in politics.")  # fmt: skip


def test_a_strike_of_employees_is_no_air_strike(nlp):
    """A bare "strike" is read as a strike from the air unless the sentence is about
    labour: employees, a walkout or a picket line make it a strike of workers (and what
    they did, "protested outside the shops", the protest)."""
    told = events_on(nlp, "Throughout the strike, employees protested outside the "
                          "depots of the firm in Porto.")  # fmt: skip
    assert "Air/drone strike" not in [e.acled_sub_event for e in told]
    assert [e.acled_sub_event for e in told] == ["Peaceful protest"]
    struck = events_on(nlp, "A strike hit an arms depot near Idlib on Sunday, the "
                            "coalition said.")  # fmt: skip
    assert [e.acled_sub_event for e in struck] == ["Air/drone strike"]


def test_a_weapon_naming_an_attack_gives_the_weapons_kind(nlp):
    """ "a car bomb attack", "a mortar attack on the base": ACLED codes the weapon's
    sub-event (a remote explosive, shelling) whoever was hit, not an attack on civilians
    or a battle; an attack named by no explosive weapon stays an attack, and one only
    feared is still no event."""
    def subs(text: str) -> list[str]:
        return [e.acled_sub_event for e in events_on(nlp, text)]

    assert subs("A car bomb attack outside the court in Mardan killed nine people on "
                "Tuesday.") == ["Remote explosive/landmine/IED"]  # fmt: skip
    assert subs("A mortar attack on an army post near Kidal killed two soldiers on "
                "Friday.") == ["Shelling/artillery/missile attack"]  # fmt: skip
    assert subs("A knife attack at the bus depot in Graz wounded two people on "
                "Friday.") == ["Attack"]  # fmt: skip
    assert subs("Residents feared a rocket attack on the port of Misrata.") == []
