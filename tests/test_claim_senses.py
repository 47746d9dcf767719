"""Numbers that measure nothing the guide counts (issue 20, brief claims4): a house number,
one of a set of places, and two alternatives that are one uncertain count. Sentences
written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text as _claims


def test_a_house_number_is_no_claim(nlp):
    text = "The gunmen fled to a warehouse at 315 North Harbor Road, police said."
    assert _claims(nlp, text) == {}
    assert _claims(nlp, "Residents gathered at 12 South Main St.Smith spoke to them.") == {}
    wrapped = "They met at 207 North\n        Harbor Road.Police said rebels killed 4 soldiers."
    assert [c.text for c in _claims(nlp, wrapped).values()] == ["4"]
    # a count before a place that is no street is still counted
    found = _claims(nlp, "Police said 315 people fled Harbor Town after the shelling.")
    assert [c.measure for c in found.values()] == ["displaced"]


def test_one_of_a_set_of_places_counts_places_not_attacks(nlp):
    text = "The raid struck one of the oldest holy shrines in the valley."
    assert _claims(nlp, text) == {}
    text = "The militants attacked one of the army's positions and killed 4 soldiers."
    found = _claims(nlp, text)
    assert [c.measure for c in found.values()] == ["killed"]


def test_two_counts_joined_by_or_are_one_range(nlp):
    found = _claims(nlp, "Police think seven or eight gunmen were still holed up there.")
    assert list(found) == ["seven or eight"]
    claim = found["seven or eight"]
    assert (claim.value, claim.lower, claim.upper, claim.measure) == (None, 7, 8, "fighters")
    # "or" between a count and a share joins nothing
    found = _claims(nlp, "Rebels killed 12 soldiers, or 15 percent of the garrison.")
    assert "12" in found and found["12"].value == 12
    assert not any(" or " in text for text in found)


def test_what_nobody_holds_is_about_the_things_counted(nlp):
    found = _claims(nlp, "Police think seven or eight gunmen were hiding in the mill.")
    assert found["seven or eight"].subject_text == "gunmen"
    found = _claims(nlp, "The coalition said 300 Islamic State fighters remain in the town.")
    assert found["300"].subject == "islamic_state"  # a holder named still wins


def test_a_capture_named_by_a_noun_with_its_agent_between(nlp):
    for text in ("The minister welcomed the recapture by government forces of over 30% of the"
                 " province's territory.",
                 "The minister praised the re-taking by the army of over 30% of the territory."):
        found = _claims(nlp, text)
        assert [c.measure for c in found.values()] == ["territory_captured_share"], text


def test_a_definition_counts_nothing_that_happened(nlp):
    text = ("Thus having one drone fire one missile at one car is one strike, and equally so is"
            " a whole squadron dropping scores of bombs on a compound.")
    assert _claims(nlp, text) == {}
    found = _claims(nlp, "Holding the city was the aim, and the army killed 40 rebels there.")
    assert [c.measure for c in found.values()] == ["killed"]  # another clause: a report


def test_one_picked_out_of_a_counted_set_is_no_count(nlp):
    found = _claims(nlp, "Her brother was one of 14 soldiers killed in the ambush last spring.")
    assert [(c.text, c.measure) for c in found.values()] == [("14", "killed")]
    # the parser may hang "one of 17" on the noun, the sentence's attribute
    found = _claims(nlp, "The baker's niece, Mara, was one of 17 guests killed at the hotel.")
    assert [(c.text, c.measure) for c in found.values()] == [("17", "killed")]
    text = "The raid on the market is one of many which have killed civilians this year."
    assert _claims(nlp, text) == {}
    # a pick out of a set with no count of its own still counts
    found = _claims(nlp, "The group said one of the soldiers was killed and two were wounded.")
    assert "one" in found and found["one"].measure == "killed"
    # a pick that is what happened to one of a counted set is a count of its own
    found = _claims(nlp, "Police said one of the three guards was killed in the raid.")
    assert "one" in found and found["one"].measure == "killed"
