"""Sources carried across sentences (issue 20, ``nlp/claims/sources.py``): sentences
written for this test."""

from __future__ import annotations

import pytest


def _sources(nlp, text: str) -> dict[float, str | None]:
    return {c.value: (c.source.text if c.source else None)
            for c in nlp(text)._.claims if c.value is not None}  # fmt: skip


def test_a_speech_block_belongs_to_its_speaker(nlp):
    text = ("Commenting on the fighting, Defence Minister Anna Berg said:\n\n"
            "The siege is a disgrace. At least 300 civilians have been killed.\n\n"
            "Some 4,000 families have fled, the mayor said.\n")  # fmt: skip
    sources = _sources(nlp, text)
    assert sources[300.0] == "Defence Minister Anna Berg"
    assert sources[4000.0] == "the mayor"  # its own attribution wins inside the block


def test_a_colon_quote_on_the_same_line_is_no_block(nlp):
    text = "The mayor said: it is calm.\n\nSoldiers killed 12 rebels on Monday.\n"
    assert _sources(nlp, text)[12.0] is None


def test_the_next_sentence_continues_a_reported_account(nlp):
    text = ("According to the Northern Monitoring Index, the rebels launched 210 attacks in 2023. "
            "Deaths in those attacks climbed to 95 that year. "
            "The army is recruiting. Police arrested 40 protesters on Monday.")
    sources = _sources(nlp, text)
    assert sources[210.0] == "the Northern Monitoring Index"
    assert sources[95.0] == "the Northern Monitoring Index"
    assert sources[40.0] is None  # not the next sentence: the story's own word


def test_the_report_points_back_to_the_named_report(nlp):
    text = ("According to the Northern Monitoring Index, violence rose last year. "
            "According to the report, rebels launched 210 attacks in 2023.")
    claim = next(c for c in nlp(text)._.claims if c.value == 210.0)
    assert claim.source is not None
    assert claim.source.text == "the Northern Monitoring Index"
    assert claim.source.start == text.index("the Northern")  # provenance: where it was said


def test_a_cue_in_a_relative_clause_reports_nothing_else(nlp):
    text = "The governor, who said the town was safe, visited 40 wounded soldiers in hospital."
    (claim,) = [c for c in nlp(text)._.claims if c.value == 40.0]
    assert claim.source is None


def test_an_estimate_put_as_a_tally_names_its_source(nlp):
    text = "Western diplomats put the number of rebel fighters in the hills at about 4,000."
    (claim,) = [c for c in nlp(text)._.claims if c.value == 4000.0]
    assert claim.measure == "fighters"
    assert claim.source is not None and claim.source.text == "Western diplomats"


def test_a_group_description_speaks_for_the_group_named_before_it(nlp):
    text = ("The Sahel Liberation Army claimed the ambush on Monday. In a statement, the armed "
            "group said it was holding 14 hostages.")
    (claim,) = [c for c in nlp(text)._.claims if c.value == 14.0]
    assert claim.source is not None and claim.source.text == "The Sahel Liberation Army"


def test_a_group_named_after_its_description_speaks_for_itself(nlp):
    text = ("Al-Shabaab recently ordered its fighters to execute captured pilots. According to "
            "the Somali monitoring group Mogadishu Lens, at least 27 prisoners have already "
            "been killed since the order was issued.")
    assert _sources(nlp, text)[27.0] == "the Somali monitoring group Mogadishu Lens"


def test_a_group_description_is_no_state_army(nlp):
    text = ("The national army said troops killed 30 fighters. The group said it had seized "
            "12 soldiers.")
    (claim,) = [c for c in nlp(text)._.claims if c.value == 12.0]
    assert claim.source is not None and claim.source.text == "The group"


def test_the_agency_and_the_statement_point_back_to_who_spoke(nlp):
    text = ("According to the World Food Programme, the drought has displaced 90,000 people. "
            "The agency also said 45 herders were killed in clashes over water.")
    claims = {c.value: c for c in nlp(text)._.claims}
    assert claims[45.0].source is not None
    assert claims[45.0].source.text == "the World Food Programme"
    text = ("The border agency said in a short statement that 30 guards died. The statement added "
            "that 12 others were unaccounted for.")
    claims = {c.value: c for c in nlp(text)._.claims}
    assert claims[12.0].source is not None and claims[12.0].source.text == "The border agency"


def test_it_takes_up_the_previous_sentences_subject(nlp):
    doc = nlp("A survey by the Relief Monitor covers the northern camps. "
              "It says at least 3,400 people were held without charge.")
    (claim,) = doc._.claims
    assert claim.source is not None and "Relief Monitor" in claim.source.text


def test_it_across_a_paragraph_stays_as_written(nlp):
    doc = nlp("A survey by the Relief Monitor covers the northern camps.\n\n"
              "It says at least 3,400 people were held without charge.")
    (claim,) = doc._.claims
    assert claim.source is not None and claim.source.text == "It"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The provincial health office reported 27 deaths on Tuesday.", "provincial health office"),
        ("The monitoring group has recorded 610 civilian deaths since May.", "monitoring group"),
        ("Figures compiled by the Relief Monitor show 95 attacks on clinics.", "Relief Monitor"),
    ],
)
def test_a_reporting_verb_reports_its_object(nlp, text, speaker):
    (claim,) = nlp(text)._.claims
    assert claim.source is not None and speaker in claim.source.text


def test_a_claim_to_land_is_no_report(nlp):
    doc = nlp("Beijing claims about 80 percent of the disputed waters.")
    assert all(c.source is None for c in doc._.claims)


def test_a_relative_clause_set_off_by_a_comma_is_the_writers_own(nlp):
    text = ("Hotel owners say bookings have barely dipped since the blasts at the port, "
            "which left over 250 residents dead.")
    assert _sources(nlp, text)[250.0] is None
    text = ("In the north, where rebels have deployed 4,000 fighters, the minister insisted "
            "that the army was winning.")
    assert _sources(nlp, text)[4000.0] is None
    text = "Officials said that 30 people were killed in the attack on the market."
    assert _sources(nlp, text)[30.0] == "Officials"


def test_a_number_a_report_is_of_is_that_reports_word(nlp):
    text = "Residents were shocked by reports of more than 300 arrests in the capital on Friday."
    assert _sources(nlp, text)[300.0] == "reports"


def test_reports_about_a_number_win_over_the_speaker_around_them(nlp):
    text = ('The mayor told reporters: "We simply do not know yet," and officials could not '
            "confirm reports about the deaths of 40 soldiers.")
    assert _sources(nlp, text)[40.0] == "reports"


def test_a_report_its_author_published_is_no_source_of_its_own(nlp):
    text = "The army published a review of 500 strikes last year."
    assert _sources(nlp, text)[500.0] != "a review"


def test_according_to_reports_the_clause_it_modifies_whatever_its_content(nlp):
    from frontlines.model import Attribution, Extractor, Quantity, TextSpan
    from frontlines.nlp.claims.sources import attribution_for

    text = ("Just one hunter was killed with a rifle last year in Iceland, according to the "
            "State Crime Bureau, and there were only four recorded thefts.")
    doc = nlp(text)
    number = doc.text.index("one")
    cue = doc.text.index("according to")
    source = doc.text.index("the State")
    after = doc.text.index("and there")
    # the content drawn after the cue, away from the number (as the layer sometimes does)
    misdrawn = Attribution(
        source=TextSpan(source, source + 22, doc.text[source : source + 22]),
        cue=TextSpan(cue, cue + 12, "according to"),
        content=TextSpan(after, len(text), doc.text[after:]),
        kind="unknown", actor=None, antecedent=None, extractor=Extractor("test", "0"),
    )  # fmt: skip
    q = next(q for q in doc._.quantities if q.start == number)
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    assert isinstance(q, Quantity)
    assert attribution_for(q, span, None, [misdrawn], []) is misdrawn


def test_a_content_that_misses_the_number_bounds_none_of_its_dates(nlp):
    from frontlines.model import Attribution, Extractor, TextSpan
    from frontlines.nlp.claims.dates import date_inside

    text = ("Just one hunter was killed with a rifle in 2017 in Iceland, according to the "
            "State Crime Bureau, and there were only four recorded thefts.")
    doc = nlp(text)
    cue = doc.text.index("according to")
    after = doc.text.index("and there")
    misdrawn = Attribution(
        source=None, cue=TextSpan(cue, cue + 12, "according to"),
        content=TextSpan(after, len(text), doc.text[after:]),
        kind="unknown", actor=None, antecedent=None, extractor=Extractor("test", "0"),
    )  # fmt: skip
    q = next(q for q in doc._.quantities if q.start == doc.text.index("one"))
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    assert date_inside(q, span, misdrawn, doc._.times, len(text))[0] == "2017"


def test_a_cue_with_no_statement_is_no_account_to_continue(nlp):
    text = ("The five children have lived in the town for a month, and their faces said a lot. "
            "They are among the first 40 refugees to arrive in the province.")
    assert _sources(nlp, text)[40.0] is None


@pytest.mark.parametrize(
    ("text", "value", "speaker"),
    [
        ("The ministry's announcement that 300 rebels had surrendered was met with doubt.",
         300.0, "The ministry"),
        ("The claim by the rebels that they had killed 40 soldiers could not be verified.",
         40.0, "the rebels"),
    ],
)
def test_a_noun_of_saying_with_a_that_clause_is_its_authors_word(nlp, text, value, speaker):
    assert _sources(nlp, text)[value] == speaker


def test_a_noun_of_saying_with_no_author_names_no_one(nlp):
    text = "The claim that 40 soldiers had been killed could not be verified."
    assert _sources(nlp, text)[40.0] is None


@pytest.mark.parametrize("text, value, source", [
    ("The ministry's estimates of the number of people displaced by the floods range from "
     "20,000 to 50,000.", 20000.0, "The ministry"),
    ("The border agency's tally of refugees stands at 7,200.", 7200.0, "The border agency"),
])  # fmt: skip
def test_a_reckoning_with_an_author_names_its_source(nlp, text, value, source):
    assert _bound_sources(nlp, text)[value] == source


@pytest.mark.parametrize("text, value", [
    ("Estimates range from 10,000 to 20,000 displaced people.", 10000.0),  # no one's
    ("The army's statement came after 40 soldiers were killed.", 40.0),  # another clause
    ("Its estimate of the dead stands at 300.", 300.0),  # a pronoun names no one
    # a verb that states no number of the reckoning's, or denies one
    ("The health office's figures leave out 250 wounded fighters.", 250.0),
    ("The province's tally does not count 90 soldiers missing in the hills.", 90.0),
    ("The ministry's data were published after rebels killed 14 guards.", 14.0),
    # a number told of in passing, inside a clause or phrase the stated number is not in
    ("The army's count reached 30 dead in an ambush that killed 8 medics.", 8.0),
])  # fmt: skip
def test_a_reckoning_without_an_author_of_the_number_names_none(nlp, text, value):
    assert _bound_sources(nlp, text)[value] is None


def _bound_sources(nlp, text: str) -> dict[float | None, str | None]:
    """Sources by value, or by lower bound for a range ("from 10,000 to 20,000")."""
    return {(c.value if c.value is not None else c.lower): (c.source.text if c.source else None)
            for c in nlp(text)._.claims}  # fmt: skip


def test_a_claim_names_a_possessor_without_its_marker(nlp):
    """The attribution draws 'The governor's'; the claim's source is the governor."""
    claims = [c for c in nlp("The governor's assertion that 40 soldiers were captured drew "
                             "criticism.")._.claims if c.value == 40.0]  # fmt: skip
    assert claims and claims[0].source is not None
    assert claims[0].source.text == "The governor"
    assert (claims[0].source.start, claims[0].source.end) == (0, len("The governor"))
