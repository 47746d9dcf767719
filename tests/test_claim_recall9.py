"""Claims on real news, issue 20 (brief clrec9): recall shapes read from the tune halves of
the four news sets, each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from frontlines.model import Article
from frontlines.nlp.beat import LEAST_WORDS
from frontlines.nlp.pipeline import process_article
from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # a noun of mass killing plays its verb's part, like "the massacre of"
        ("The tribunal will investigate the genocide of more than 300,000 villagers in the "
         "north.", "more than 300,000", "killed"),
        ("Historians documented the genocide of 40,000 herders in the valley.", "40,000",
         "killed"),
        # the noun of flight
        ("The report describes the exodus of about 1 million farmers from the delta.",
         "about 1 million", "displaced"),
    ],
)
def test_event_nouns_of_killing_and_flight(nlp, text, number, measure):
    found = _claims(nlp, text)
    assert number in found, [(c.text, c.measure) for c in found.values()]
    assert found[number].measure == measure


def test_a_future_look_back_leaves_the_event_done(nlp):
    # a verb of inquiry looks back on the event; a killing told in the future is still to come
    assert "more than 300,000" in _claims(
        nlp, "The panel will investigate the massacre of more than 300,000 villagers.")
    assert _claims(nlp, "The panel fears the militia will massacre 300 villagers.") == {}


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # a verb of change moves the number: the figure before and the figure after
        ("The number of displaced people rose from 20,000 to 35,000 last month.", "20,000",
         "35,000"),
        ("The number of refugees in the camp grew from 12,000 to 18,000 this year.", "12,000",
         "18,000"),
        ("The death toll climbed from 40 to 75 overnight.", "40", "75"),
        ("Arrests of protesters dropped from 900 to 450 in a year.", "900", "450"),
    ],
)
def test_a_change_from_one_count_to_another_is_two_figures(nlp, text, before, after):
    found = _claims(nlp, text)
    assert before in found and after in found, [(c.text, c.value) for c in found.values()]
    assert (found[before].value, found[after].value) == (float(before.replace(",", "")),
                                                          float(after.replace(",", "")))


def test_a_range_of_estimates_stays_one_range(nlp):
    found = _claims(nlp, "Estimates of the number of fighters range from 1,500 to 3,000.")
    assert "1,500 to 3,000" in found
    assert (found["1,500 to 3,000"].lower, found["1,500 to 3,000"].upper) == (1500.0, 3000.0)


def test_a_list_of_three_alternatives_gives_three_figures(nlp):
    # each a figure of its own (each estimate's), each counting the noun after the last
    found = _claims(nlp, "Militants abducted 30, 40 or 50 villagers, officials said.")
    assert {k: (c.value, c.subject_text) for k, c in found.items()} == {
        "30": (30.0, "villagers"), "40": (40.0, "villagers"), "50": (50.0, "villagers")}


def test_two_alternatives_stay_one_range(nlp):
    found = _claims(nlp, "Gunmen killed five or six villagers.")
    assert (found["five or six"].lower, found["five or six"].upper) == (5.0, 6.0)


#: A story of a mass shooting told in the words of politics, no conflict word in it.
MASS_SHOOTING = (
    "Governors call for action after Riverton mass shooting\n\nState Desk\n\n"
    "date 2019-03-06\n\n"
    "Within hours of a mass shooting at a community college in Riverton, governors spoke"
    " out; authorities there counted at least 14 victims in a lecture hall. Several governors"
    " urged lawmakers to pass tougher background checks, while others asked residents to"
    " pray for the families. The college said classes would stay closed for the rest of the"
    " week and counsellors would be available to students and staff. The legislature is due"
    " to debate two bills on firearms next month, and both parties said they expected a long"
    " and bitter session.\n"
)


def test_a_mass_shooting_story_keeps_its_toll(nlp):
    assert len(MASS_SHOOTING.split()) >= LEAST_WORDS
    story = process_article(nlp, Article(id="m", text=MASS_SHOOTING, published="2019-03-06"))
    assert [c.value for c in story.claims if c.text == "at least 14"] == [14.0]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # things counted in specimens: what they are of is counted
        ("Some 40 million copies of the assault rifle have been made since 1960.",
         "Some 40 million"),
        ("The rebels captured 40 pieces of artillery near the border.", "40"),
    ],
)
def test_specimens_of_a_weapon_count_the_weapon(nlp, text, number):
    found = _claims(nlp, text)
    assert number in found and found[number].measure == "materiel", [
        (c.text, c.measure) for c in found.values()]


def test_specimens_are_of_the_thing_they_are_copies_of(nlp):
    found = _claims(nlp, "Some 40 million copies of the assault rifle have been made since 1960.")
    assert found["Some 40 million"].subject_text == "assault rifle"


def test_copies_of_no_weapon_are_no_claim(nlp):
    assert _claims(nlp, "About 2 million copies of the novel were sold last year.") == {}


def test_died_when_their_boat_sank_is_a_mishap_toll(nlp):
    assert _claims(nlp, "Her father and 12 other passengers died when the ferry sank "
                        "near the island.") == {}
    assert _claims(nlp, "Nine migrants drowned after the dinghy capsized off the coast.") == {}
    kept = _claims(nlp, "Twelve sailors died when the ferry sank after a rocket struck it.")
    assert "Twelve" in kept
