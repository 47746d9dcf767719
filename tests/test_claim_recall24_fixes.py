"""Claims, review of issue 20 (brief fix24): a tally set with "put / place / set / give"
keeps its author, a reckoning verb carries its account on, "right after be" sets off only
"one", and a whole a part is picked from counts only a status all its members share.
Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_value


@pytest.mark.parametrize(
    ("text", "value", "measure", "source"),
    [
        ("The interior ministry put the death toll at 64.", 64.0, "killed",
         "The interior ministry"),
        ("The Red Cross placed the number of dead at 230.", 230.0, "killed", "The Red Cross"),
        ("The agency places the number of refugees at about 1,500.", 1500.0, "refugees",
         "The agency"),
        ("The navy set the death toll at 7.", 7.0, "killed", "The navy"),
        ("The health office gave the number of injured as 900.", 900.0, "wounded",
         "The health office"),
        ("Provincial officials gave the death toll as 23.", 23.0, "killed",
         "Provincial officials"),
    ],
)
def test_a_tally_set_by_a_verb_of_estimating_keeps_its_author(nlp, text, value, measure,
                                                              source):
    """"put", "place", "set" and "give" are no words of saying, but with a tally as their
    object they state its number, and their subject is its source."""
    claim = claims_by_value(nlp, text)[value]
    assert claim.measure == measure
    assert claim.source is not None and claim.source.text == source


def test_two_tallies_set_in_one_sentence_both_keep_their_author(nlp):
    text = "The navy set the number of sailors killed at 7 and the number wounded at 19."
    claims = claims_by_value(nlp, text)
    for value in (7.0, 19.0):
        assert claims[value].source is not None and claims[value].source.text == "The navy"


def test_a_verb_of_estimating_without_a_tally_names_no_source(nlp):
    claim = claims_by_value(nlp, "Workers set up a camp for 400 refugees.")[400.0]
    assert claim.source is None


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("Analysts calculated that the blockade killed 500 people. The blockade also "
         "displaced 9,000 families.", 9000.0, "Analysts"),
        ("The inspector recounted that the gang executed 30 farmers. The gang also "
         "kidnapped 14 girls.", 14.0, "The inspector"),
    ],
)
def test_an_account_of_reckoning_is_carried_on(nlp, text, value, source):
    claim = claims_by_value(nlp, text)[value]
    assert claim.source is not None and claim.source.text == source


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Among the dead were two of the 15 hostages.", 2.0),
        ("Among the dead were two of the eight pilots.", 2.0),
    ],
)
def test_a_number_after_be_other_than_one_is_an_inverted_subject(nlp, text, value):
    """Only "one" right after "be" places someone in a set; "were two of the 12" counts."""
    assert value in claims_by_value(nlp, text)


def test_one_after_be_still_places_someone_in_a_set(nlp):
    claims = claims_by_value(nlp, "The pilot was one of four airmen killed in the crash.")
    assert 1.0 not in claims
    assert claims[4.0].measure == "killed"


@pytest.mark.parametrize(
    "text",
    [
        "Two of the 30 soldiers were wounded.",
        "Militants wounded two of the 30 soldiers.",
        "Four of the 40 fighters were killed.",
        "Rebels killed four of the 40 fighters.",
        "Of the 30 soldiers, two were wounded.",
        "None of the 30 soldiers were wounded.",
        "Most of the 30 soldiers were wounded.",
        "Among the wounded were three of the 30 soldiers.",
    ],
)
def test_a_whole_a_part_is_picked_from_is_no_strength_or_toll(nlp, text):
    """"the 30 soldiers" is a group the story names to pick a part from: neither what
    befell the part nor a force's strength, in the active as in the passive."""
    assert 30.0 not in claims_by_value(nlp, text) and 40.0 not in claims_by_value(nlp, text)


@pytest.mark.parametrize(
    ("text", "whole", "measure"),
    [
        ("Rebels freed 15 of the 40 hostages on Sunday.", 40.0, "hostages"),
        ("15 of the 40 hostages were freed on Sunday.", 40.0, "hostages"),
        ("Three of the 20 refugees were injured.", 20.0, "refugees"),
        ("Six of the 80 prisoners escaped.", 80.0, "detained"),
    ],
)
def test_a_whole_keeps_a_status_all_its_members_share(nlp, text, whole, measure):
    assert claims_by_value(nlp, text)[whole].measure == measure


@pytest.mark.parametrize(
    ("text", "whole", "measure"),
    [
        ("All of the 40 passengers were killed.", 40.0, "killed"),
        ("Each of the 12 guards was wounded.", 12.0, "wounded"),
        ("Two of the 20 people killed in the raid were children.", 20.0, "killed"),
    ],
)
def test_a_whole_every_member_of_which_was_struck_keeps_its_toll(nlp, text, whole, measure):
    assert claims_by_value(nlp, text)[whole].measure == measure


def test_a_whole_a_copula_describes_keeps_its_count(nlp):
    """"were Freedonians" befell no one: the 15 attackers stay counted."""
    claims = claims_by_value(nlp, "Three of the 15 attackers were foreigners, police said.")
    assert 15.0 in claims


def test_a_whole_a_member_set_off_is_picked_from_keeps_its_count(nlp):
    """"one of two gunmen" set off beside a name places that person; the verb of the
    clause ("sent") is the person's, not the part's, and the two gunmen stay counted."""
    text = "Yesterday Omar Said, one of two gunmen in the bank siege, sent a letter to the judge."
    assert claims_by_value(nlp, text)[2.0].measure == "fighters"
