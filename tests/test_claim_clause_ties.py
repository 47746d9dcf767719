"""Whose number, who says it and as of when, read through the ties between clauses: on
sentences written for this test."""

from __future__ import annotations

from frontlines.model import Claim
from tests.claim_reading import claims_by_number


def _claims(nlp, text: str, published: str = "2016-12-12") -> dict[float, Claim]:
    return claims_by_number(nlp, text, published)


def test_what_an_adjective_says_its_subject_can_do_is_that_subjects(nlp):
    # "capable of deploying", "able to deploy": the copula's subject fields the troops
    claims = _claims(nlp, "The militia is capable of fielding 3,000 fighters.")
    assert claims[3000.0].subject_text == "militia"
    claims = _claims(nlp, "Freedonian commanders said they were able to deploy 30,000 troops.")
    assert claims[30000.0].subject_text == "Freedonian commanders"  # "they", resolved
    # an infinitive after a noun still has no owner
    claims = _claims(nlp, "The ability to acquire 5,000 troops has been challenged.")
    assert claims[5000.0].subject_text == "troops"


def test_a_clause_so_many_days_after_another_is_dated_from_it(nlp):
    text = ("Sunday's attack came just two days after gunmen killed nine soldiers "
            "in the port.")
    assert _claims(nlp, text)[9.0].as_of == "2016-12-09"
    text = "The truce was signed on Friday, a week before militants killed 40 soldiers."
    assert _claims(nlp, text)[40.0].as_of == "2016-12-16"
    # without a span of days the clause it hangs off still dates it
    text = "Sunday's blast came after two car bombs killed nine soldiers."
    assert _claims(nlp, text)[9.0].as_of == "2016-12-11"
    # a date of the number's own clause is its own
    text = ("Sunday's blast came two days after the March 3 ambush that killed nine "
            "soldiers.")
    assert _claims(nlp, text)[9.0].as_of == "2016-03-03"


def test_a_relative_clause_that_is_someones_saying_has_that_speaker(nlp):
    text = ("Senator Jane Miller, who has called for 30,000 troops in the region, spoke on "
            "Monday.")
    source = _claims(nlp, text)[30000.0].source
    assert source is not None and source.text == "Senator Jane Miller"
    # an aside that reports nothing stays the story's own word
    text = ("Tour operators say there have been no cancellations after the June 4 bombings "
            "in Oldport, which left more than 150 people dead.")
    assert _claims(nlp, text)[150.0].source is None
    # a cue taking the number as its direct object lays claim to it, reports nothing
    assert _claims(nlp, "The kingdom claims about 70 percent of the sea.")[70.0].source is None


def test_he_stands_for_the_person_the_sentence_before_is_about(nlp):
    text = ("Freedonian military officials who monitor the border said on Thursday that the "
            "talks had stalled. Tom Reyes, who was leading the hunt, seemed sure he "
            "would locate the wreck. He said he had lately sent 12 of his divers from a unit "
            "of 300 to comb the lake.")
    source = _claims(nlp, text)[300.0].source
    assert source is not None and source.text == "Tom Reyes"
    # with no person before it, "he" keeps the speaker the attribution layer found
    text = ("The army spokesman, Colonel Ali Hassan, said 40 militants were killed. The attack "
            "was repelled. He said 12 soldiers were wounded.")
    source = _claims(nlp, text)[12.0].source
    assert source is not None and source.text == "The army spokesman, Colonel Ali Hassan"


def test_what_the_writer_grants_against_a_denial_is_not_the_denial(nlp):
    text = ("Although 12 of the 15 attackers were Freedonians, the government in Capitol has "
            "denied any role in the attacks.")
    assert _claims(nlp, text)[15.0].source is None
    # inside what was said it is the speaker's
    text = "Officials said that although 40 soldiers were killed, the town held."
    source = _claims(nlp, text)[40.0].source
    assert source is not None and source.text == "Officials"


def test_a_speaker_reports_nothing_of_the_paragraph_before_theirs(nlp):
    text = ("The raids on May 7 at the hotels in Oldport killed 140 people.\n\n"
            "``The raids of May 7 show that terror knows no borders,'' said the Deputy "
            "Ambassador John Smith.\n")
    assert _claims(nlp, text)[140.0].source is None
    # in the speaker's own paragraph the number is theirs
    text = "The raids killed 140 people, the Deputy Ambassador John Smith said.\n"
    source = _claims(nlp, text)[140.0].source
    assert source is not None and "John Smith" in source.text
