"""Numbers whose own noun says they count no people or no violence (issue 20, brief
clprec5): a verb of what befalls people in its other sense ("held 12 rallies"), things a
measure of things counts ("captured 12 tanks"), attacks and strikes that hurt no one
("two heart attacks", "teachers staged 12 strikes"). Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text as _claims


def test_a_gathering_held_detains_no_one(nlp):
    assert _claims(nlp, "The opposition held 14 rallies across the province.") == {}
    found = _claims(nlp, "The militia held 25 soldiers for a month.")
    assert found["25"].measure == "detained"


def test_things_captured_count_as_things(nlp):
    found = _claims(nlp, "The insurgents captured 16 tanks near the river.")
    assert found["16"].measure == "materiel"
    found = _claims(nlp, "The insurgents captured 16 soldiers near the river.")
    assert found["16"].measure == "detained"


def test_attacks_and_strikes_that_hurt_no_one(nlp):
    assert _claims(nlp, "The senator suffered two heart attacks in 2012.") == {}
    assert _claims(nlp, "The bank was hit by 300 cyber-attacks last month.") == {}
    assert _claims(nlp, "The mayor made 11 personal attacks on her rival in the debate.") == {}
    assert _claims(nlp, "The union called four general strikes last year.") == {}
    assert _claims(nlp, "Nurses have staged 9 strikes this year over wages.") == {}
    # strikes and attacks of war stay
    found = _claims(nlp, "The coalition conducted 9 strikes near the dam.")
    assert found["9"].measure == "strikes"
    found = _claims(nlp, "Gunmen carried out 21 attacks on police posts.")
    assert found["21"].measure == "attacks"


def test_craft_listed_with_materiel_are_materiel(nlp):
    found = _claims(nlp, "The republic fields 90,000 soldiers, 1,700 tanks and 420 planes.")
    assert found["420"].measure == "materiel"
    found = _claims(nlp, "The fleet has 9 submarines and 26 ships.")
    assert found["26"].measure == "materiel"
    # alone they may be an airline's or a ferry company's
    assert _claims(nlp, "The carrier operates 420 planes and 26 helicopters.") == {}


def test_a_lone_one_included_in_a_count_names_a_member(nlp):
    text = "Militants abducted and killed 14 people, including one engineer who was beheaded."
    assert set(_claims(nlp, text)) == {"14"}
    # a part with a number of its own is still counted
    found = _claims(nlp, "Militants killed 14 people, including three engineers.")
    assert found["three"].measure == "killed"


def test_debates_held_and_more_planned_detain_no_one(nlp):
    text = "The party has held 8 debates so far, with another three planned."
    assert _claims(nlp, text) == {}
    found = _claims(nlp, "The militia captured 7 tanks and killed 5.")
    assert (found["7"].measure, found["5"].measure) == ("materiel", "killed")


def test_motions_dealings_and_beasts_are_no_people(nlp):
    assert _claims(nlp, "The senate vetoed 9 bills and killed 4 amendments.") == {}
    assert _claims(nlp, "The trader executed 35 orders before noon.") == {}
    assert _claims(nlp, "The candidate captured 37 delegates in the state.") == {}
    assert _claims(nlp, "Wardens rounded up 25 stray dogs.") == {}
    found = _claims(nlp, "Police rounded up 25 protesters.")
    assert found["25"].measure == "detained"


def test_strikes_on_a_target_are_attacks_whoever_flies_them(nlp):
    # airmen's strikes on positions are attacks; a walkout has no target
    found = _claims(nlp, "Syrian pilots carried out 40 strikes on militant positions.")
    assert found["40"].measure == "strikes"
    found = _claims(nlp, "Allied aircrews conducted 17 strikes against insurgent depots.")
    assert found["17"].measure == "strikes"
    assert _claims(nlp, "Dockers have staged 6 strikes this year over pay.") == {}


def test_delegates_harmed_are_people_and_delegates_won_are_votes(nlp):
    # the verb tells the sense: harm befalls people whatever their office
    found = _claims(nlp, "Gunmen kidnapped 14 delegates on the road to the capital.")
    assert found["14"].measure == "hostages"
    found = _claims(nlp, "Militants killed 9 electors outside the polling station.")
    assert found["9"].measure == "killed"
    assert _claims(nlp, "The senator captured 1,210 delegates in the primaries.") == {}
    assert _claims(nlp, "She won 38 endorsements from party leaders.") == {}
