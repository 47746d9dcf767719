"""Session 28, actors and dates on matched events, on sentences of our own read by the
real pipeline: one side is never both actors; who joins or attends a protest is its
crowd; a date a story names ahead does not date a story without a publication date."""

from __future__ import annotations

import pytest
from spacy.language import Language

from frontlines.nlp.events.ahead import told_ahead
from frontlines.nlp.extensions import items
from frontlines.nlp.times import with_reference_date
from tests.event_reading import events_on

pytestmark = pytest.mark.model


def _sides(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1.text if e.actor1 else None, e.actor2.text if e.actor2 else None)
            for e in events_on(nlp, text)]  # fmt: skip


@pytest.mark.parametrize(("text", "fallen"), [
    ("Two soldiers were killed when their vehicle struck a landmine near Gao.",
     "Two soldiers"),
    ("Three policemen died when their truck hit a roadside bomb outside Kandahar.",
     "Three policemen"),
])
def test_one_side_is_never_both(nlp: Language, text: str, fallen: str) -> None:
    """Those who fell when what they rode in hit a mine are its victims, not its doers."""
    sides = _sides(nlp, text)
    assert sides, text
    for one, two in sides:
        assert one is None or two is None or (one not in two and two not in one), sides
    assert any(two is not None and fallen in two for _, two in sides), sides


def test_a_two_sided_clash_keeps_its_one_phrase(nlp: Language) -> None:
    """ "Rival families clashed": one phrase names both sides of a clash."""
    sides = _sides(nlp, "Rival Palestinian families clashed in a refugee camp on Saturday.")
    assert sides and sides[0][0] is not None and "families" in sides[0][0], sides


@pytest.mark.parametrize(("text", "crowd"), [
    ("Students joined a protest outside the parliament in Belgrade.", "Students"),
    ("Hundreds of farmers attended a rally in Delhi on Monday.", "farmers"),
])
def test_who_joins_a_protest_is_its_crowd(nlp: Language, text: str, crowd: str) -> None:
    """The subject of "joined" / "attended" carries the event noun as "staged" does: the
    students are the protest's side, not a generic "protesters"."""
    sides = _sides(nlp, text)
    assert sides and sides[0][0] is not None and crowd in sides[0][0], sides


def _ahead(nlp: Language, text: str) -> list[bool]:
    doc = nlp(with_reference_date(nlp.make_doc(text), None))
    return [told_ahead(doc, t) for t in items(doc, "times")]


@pytest.mark.parametrize(("text", "ahead"), [
    ("The talks would resume in Geneva in September 2016.", True),
    ("The vote is scheduled for 12 May 2016.", True),
    ("The army plans to retake the city by June 2016.", True),
    ("Elections are due in October 2016.", True),
    ("The rebels vowed to seize the capital before December 2016.", True),
    ("The ministry denied on 3 May 2016 that its jets had struck the market.", False),
    ("After rebels attacked the base on 3 May 2016, the army will respond.", False),
    ("The general said troops retook the town on 3 May 2016.", False),
    ("Officials said the bodies may have been dumped in March 2016.", False),
])
def test_dates_told_ahead(nlp: Language, text: str, ahead: bool) -> None:
    """A date in a clause that is modal, scheduled or planned is ahead of the telling; a
    denial's own date, an adverbial clause's and a guess at the past are not."""
    assert _ahead(nlp, text) == [ahead]


def test_an_undated_story_is_not_dated_by_what_it_plans(nlp: Language) -> None:
    """A story with no publication date dates its undated events by the latest date it
    names, not by the month talks are to resume in."""
    text = ("Government forces shelled rebel-held districts of Aleppo on 12 July 2016, "
            "killing 14 civilians. Over the past week, rebels have attacked army "
            "positions south of the city. The opposition said talks would resume in "
            "Geneva in September 2016.")  # fmt: skip
    doc = nlp(with_reference_date(nlp.make_doc(text), None))
    dates = [e.date for e in doc._.events]
    assert dates and all(d is not None and d.startswith("2016-07") for d in dates), dates


@pytest.mark.parametrize(("text", "doer"), [
    ("Two civilians were wounded in a mortar attack blamed on Houthi rebels in Taiz.",
     "Houthi rebels"),
    ("The bombing, attributed to the Islamic State group, killed 14 people in Kabul.",
     "Islamic State"),
    ("A car bomb blamed on separatists killed four soldiers in Quetta.", "separatists"),
])
def test_a_participle_of_blame_names_the_doer(nlp: Language, text: str, doer: str) -> None:
    """ "an attack blamed on X" says X did it, as "the attack was blamed on X" does."""
    sides = _sides(nlp, text)
    assert any(one is not None and doer in one for one, _ in sides), sides


def test_who_is_believed_to_be_named(nlp: Language) -> None:
    """ "gunmen, suspected to be X fighters": a reader codes the name; without a name
    ("armed men suspected to be herders") the phrase stays as written."""
    sides = _sides(nlp, "Gunmen, suspected to be Boko Haram fighters, abducted 40 "
                        "students in Kaduna.")  # fmt: skip
    assert sides and sides[0][0] is not None and "Boko Haram" in sides[0][0], sides
    sides = _sides(nlp, "Armed men suspected to be herders killed 10 people in Benue.")
    assert sides and sides[0][0] == "Armed men", sides


@pytest.mark.parametrize("text", [
    "The blast, for which no group claimed responsibility, killed five people in Jalalabad.",
    "No one claimed responsibility for the bombing, which killed six soldiers in Kidal.",
])
def test_no_one_is_no_side(nlp: Language, text: str) -> None:
    """ "no group claimed responsibility" names no doer."""
    sides = _sides(nlp, text)
    assert sides, text
    assert all(one is None for one, _ in sides), sides
    assert all(two is not None for _, two in sides), sides


@pytest.mark.parametrize("text", [
    "Coalition airstrikes killed 20 civilians in Saada.",
    "The coalition strikes hit a weapons depot near Raqqa.",
])
def test_coalition_strikes_are_the_coalitions(nlp: Language, text: str) -> None:
    """ "coalition" modifying an event noun names its doer, as "rebel" does."""
    sides = _sides(nlp, text)
    assert sides and sides[0][0] is not None and "oalition" in sides[0][0], sides
