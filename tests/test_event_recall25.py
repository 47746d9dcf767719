"""Recall classes of session 25, each read on sentences of our own by the real pipeline:
weapons tests, troop build-ups, a crowd gathered to protest (``frames.py``'s purpose),
a specific person held in custody now (``held_now.py``), and a date in a relative clause
of another noun (``acted_on.relative_of_another``)."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.held_now import held_now
from tests.event_reading import events_on


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.acled_event, e.acled_sub_event) for e in events_on(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea conducted its sixth nuclear test on Sunday, the South Korean military said.",
        "The Revolutionary Guard test-fired two ballistic missiles from a base near Shiraz on "
        "Tuesday.",
        "Pyongyang carried out a missile test off its east coast on Friday, officials said.",
        "Leaders condemned the missile tests that Iran carried out last week near the Gulf.",
    ],
)  # fmt: skip
def test_a_weapons_test_is_a_strategic_development(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea may conduct another nuclear test soon, officials warned.",
        "The senate debated the nuclear test ban treaty on Monday.",
        "The country has never carried out a nuclear test.",
        "Experts visited the former nuclear test site in Semipalatinsk.",
    ],
)  # fmt: skip
def test_a_test_to_come_denied_banned_or_a_site_is_none(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The military buildup in the Gulf continued on Tuesday as more ships arrived.",
        "Satellite images showed a buildup of troops near the border last week.",
    ],
)  # fmt: skip
def test_a_buildup_of_forces_is_a_troop_movement(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts fear a military buildup could follow the talks.",
        "A buildup of debt worried investors.",
        "The general opposed any troop buildup in the region.",
    ],
)  # fmt: skip
def test_a_buildup_feared_opposed_or_of_debt_is_none(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered outside parliament on Monday to protest against the tax.",
        "Hundreds of veterans gathered on Wednesday night in the capital to denounce the new law.",
    ],
)  # fmt: skip
def test_a_crowd_gathered_to_protest_is_a_protest(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("Protests", "Peaceful protest")]


@pytest.mark.parametrize(
    "text",
    [
        "European leaders gathered in Brussels on Monday to condemn the attack.",
        "Hundreds of people may gather on Saturday to protest the plan, organisers said.",
        "Doctors gathered in Geneva on Monday to discuss the outbreak.",
    ],
)  # fmt: skip
def test_leaders_meeting_a_gathering_to_come_or_to_talk_is_no_protest(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The driver of the truck, who is now in custody, told officers he acted alone.", True),
        ("Two men are in custody after a shop was set on fire in Leeds on Sunday.", True),
        ("No one is in custody yet, police said.", False),
        ("Migrants in detention are often held for months, the report says.", False),
    ],
)  # fmt: skip
def test_a_specific_person_in_custody_now_was_arrested(nlp, text: str, held: bool) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ in {"custody", "detention"})
    assert held_now(word) is held


def test_custody_now_codes_the_arrest(nlp) -> None:
    text = "Two men are in custody after a shop was set on fire in Leeds on Sunday, police said."
    assert ("Strategic developments", "Arrests") in _kinds(nlp, text)


def test_a_date_in_a_relative_clause_of_another_noun_is_not_the_events(nlp) -> None:
    text = ("Hundreds of veterans of the war that ended 30 years ago gathered on Wednesday "
            "night in Hanoi to denounce the new law.")  # fmt: skip
    (event,) = events_on(nlp, text)
    assert (event.date, event.background) == ("2024-03-13", False)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced the detention of six activists in Kalat on Monday.",
        "Rights groups condemned the detention of the journalist in Ankara on Tuesday.",
    ],
)  # fmt: skip
def test_the_detention_of_someone_is_an_arrest(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize(
    "text",
    [
        "The migrants were moved to a detention centre near Kalat.",
        "Conditions in detention camps are poor, the report says.",
        "He has been in detention since 2019, his lawyer said.",
        "Lawyers called for an end to arbitrary detention.",
    ],
)  # fmt: skip
def test_a_detention_centre_a_long_detention_or_one_sought_ended_is_none(nlp, text) -> None:
    assert _kinds(nlp, text) == []
