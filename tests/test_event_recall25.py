"""Recall classes of session 25, each read on sentences of our own by the real pipeline:
a weapon tested (``weapon_tests.py``: only a test its clause holds), a crowd gathered to
protest (``frames.py``'s purpose), a specific person held in custody now
(``held_now.py``), and a date in a relative clause of another noun
(``acted_on.relative_of_another``). The build-up and "detention" cues the session tried
were taken out after review (they coded history, standing states, court orders and
deaths in detention); the negatives below keep them out."""

from __future__ import annotations

import pytest

from frontlines.nlp.events.held_now import held_now
from tests.event_reading import events_on


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.acled_event, e.acled_sub_event) for e in events_on(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang carried out its seventh nuclear test on Saturday, Tokyo said.",
        "The navy test-fired three cruise missiles off the coast on Wednesday.",
        "North Korea staged a missile test on Monday near its test site at Sohae.",
        "Officials denounced the missile tests that Tehran conducted last month in the desert.",
        "A nuclear test was carried out on Sunday near the northern border, the agency said.",
        "Markets in Seoul fell on Monday after North Korea conducted a nuclear test.",
        "North Korea's nuclear test on Sunday drew swift condemnation from Tokyo.",
    ],
)  # fmt: skip
def test_a_weapons_test_held_is_a_strategic_development(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("Strategic developments", "Other")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Crowds marched through Taipei on Saturday against China's latest missile test.",
         ("Protests", "Peaceful protest")),
        ("Israel hit a depot in Gaza on Tuesday with a rocket it had test-launched in 2021, "
         "killing three people.",
         ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ],
)  # fmt: skip
def test_a_weapon_test_mentioned_never_takes_the_sentences_deed(nlp, text, kind) -> None:
    assert _kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The missile test planned for Thursday was called off because of high winds.",
        "The nuclear test scheduled for May was postponed, the agency said.",
        "Rocket Lab test-fired its new engine in New Zealand on Wednesday.",
        "A private firm carried out a rocket test at its Nevada site on Friday.",
        "North Korea may conduct another nuclear test soon, officials warned.",
        "The country has never carried out a nuclear test.",
        "The senate debated the nuclear test ban treaty on Monday.",
        "Experts visited the former nuclear test site in Semipalatinsk.",
        "The military buildup of the 1970s drained the treasury, historians say.",
        "The army's buildup of the 1990s still weighs on the budget, the minister said.",
        "The naval buildup in the Baltic alarms Stockholm, the minister said on Friday.",
        "Iran's missile tests have worried its neighbours for years.",
        "A nuclear test is expected to be carried out next month, analysts said.",
    ],
)  # fmt: skip
def test_tests_not_held_and_buildups_are_no_event(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands gathered outside parliament on Monday to protest against the tax.",
        "Hundreds of veterans gathered on Wednesday night in the capital to denounce the new law.",
        "Hundreds of nurses gathered outside the ministry on Tuesday to oppose the pay cuts.",
        "Relatives of the missing men gathered outside the barracks on Monday to demand answers "
        "from the army.",
        "Families of jailed activists gathered at the court on Tuesday to protest the trial.",
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
        "Hundreds gathered in the square on Friday to mourn the miners killed in the collapse.",
        "Thousands of fans turned out on Sunday to show their support for the club.",
        "Scores of engineers gathered in Lyon on Monday to call for more research money.",
        "Dozens of fishermen gathered at the harbour on Thursday to voice their worries to "
        "the mayor.",
        "Families of the victims gathered at the church on Saturday to express their grief.",
    ],
)  # fmt: skip
def test_meetings_vigils_and_fans_are_no_protest(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Police said the driver is in custody after the crash on Monday.", True),
        ("Two men are in custody after a shop was set on fire in Leeds on Sunday.", True),
        ("The 16-year-old, who remains in police custody, was named by detectives.", True),
        ("The 19 year old - who remains in police custody - lived alone, neighbours said.", True),
        ("Two knives were found in a parked van. The 15 year old - who remains in police "
         "custody - was described by officers as a loner.", True),
        ("The gunman, who is in custody, shot dead two guards on Friday, police said.", False),
        ("The shooter is in custody, the sheriff told reporters on Sunday.", True),
        ("The father of three remains in custody after the fire, police said.", True),
        ("The mayor's nephew is in custody in Lyon, prosecutors said on Friday.", True),
        ("No one is in custody yet, police said.", False),
        ("The twins are in the custody of their aunt, the judge ruled on Monday.", False),
        ("The son remains in custody of his mother, the court said.", False),
        ("The rifle is in police custody, officers said.", False),
        ("The girl is in protective custody after the fire.", False),
        ("The toddler's brother is in state custody, a welfare officer said.", False),
        ("The former governor is in custody in Spain, where he has been held since 2018.", False),
        ("The bishop remains in custody, three years after his arrest.", False),
    ],
)  # fmt: skip
def test_a_specific_person_in_custody_now_was_arrested(nlp, text: str, held: bool) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ == "custody")
    assert held_now(word) is held


def test_custody_now_codes_the_arrest(nlp) -> None:
    text = "Two men are in custody after a shop was set on fire in Leeds on Sunday, police said."
    assert ("Strategic developments", "Arrests") in _kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The sniper, who is in custody, shot dead three soldiers on Thursday, the army said.",
         ("Battles", "Armed clash")),
        ("Officers said the woman, who remains in custody, attacked two nurses with a knife "
         "on Monday.", ("Violence against civilians", "Attack")),
    ],
)  # fmt: skip
def test_custody_in_an_aside_never_takes_the_deed(nlp, text, kind) -> None:
    kinds = _kinds(nlp, text)
    assert kind in kinds and ("Strategic developments", "Arrests") not in kinds


def test_a_date_in_a_relative_clause_of_another_noun_is_not_the_events(nlp) -> None:
    text = ("Hundreds of veterans of the war that ended 30 years ago gathered on Wednesday "
            "night in Hanoi to denounce the new law.")  # fmt: skip
    (event,) = events_on(nlp, text)
    assert (event.date, event.background) == ("2024-03-13", False)


def test_a_date_in_a_relative_clause_of_the_actor_is_the_actors(nlp) -> None:
    text = "Students who had rallied on Tuesday clashed with police on Thursday in Lagos."
    (event,) = events_on(nlp, text)
    assert event.date == "2024-03-14"


def test_a_relative_clause_of_the_trigger_itself_dates_it(nlp) -> None:
    text = "The raid that began on Monday was condemned by the mayor on Wednesday."
    assert [e.date for e in events_on(nlp, text)] == ["2024-03-11"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced the detention of six activists in Kalat on Monday.",
        "A judge extended the pre-trial detention of the former mayor on Tuesday.",
        "The court ordered the detention of the two suspects for 15 days on Friday.",
        "An inmate died in detention in Tunis on Saturday, his family said.",
        "The migrants were moved to a detention centre near Kalat.",
        "He has been in detention since 2019, his lawyer said.",
        "The pupils were given detention after class on Tuesday.",
    ],
)  # fmt: skip
def test_detention_is_no_arrest_cue(nlp, text) -> None:
    assert ("Strategic developments", "Arrests") not in _kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The blogger was tortured to death in custody in Minsk on Thursday, his wife said.",
        "An inmate was killed in custody in Lagos on Monday, rights groups said.",
    ],
)  # fmt: skip
def test_a_killing_in_custody_is_the_killing_not_an_arrest(nlp, text) -> None:
    kinds = _kinds(nlp, text)
    assert ("Violence against civilians", "Attack") in kinds
    assert ("Strategic developments", "Arrests") not in kinds


def test_a_death_in_custody_is_no_arrest(nlp) -> None:
    text = "A detainee died in custody in Tunis on Saturday, his family said."
    assert ("Strategic developments", "Arrests") not in _kinds(nlp, text)
