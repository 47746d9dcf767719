"""Claims in hard-wrapped copy and counts over a span of time (issue 20, brief claims4).
Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import dated_claims as _run_all
from tests.claim_reading import dated_claims_by_value as _run


def test_a_hard_wrap_keeps_the_speaker_of_the_sentence(nlp):
    text = ("Four soldiers and a nurse were killed in Sunday's\n             attacks, officials"
            " said.\n             The army said gunmen fired on a patrol. Two soldiers\n"
            "             were wounded and the attackers fled in a truck, it said.")
    claims = _run(nlp, text, "2021-05-06")
    assert claims[4.0].source is not None and claims[4.0].source.text == "officials"
    assert claims[4.0].as_of == "2021-05-02"  # "Sunday's", in the wrapped line
    assert claims[2.0].measure == "wounded"
    assert claims[2.0].source is not None and claims[2.0].source.text == "The army"


def test_a_count_over_a_span_of_time_is_no_count_of_the_date_before(nlp):
    text = ("The group was formed in 1970 to fight for independence. It killed more than 600"
            " people over three decades of fighting.")
    claims = {c.text: c for c in _run_all(nlp, text, "2021-05-06")}
    assert claims["more than 600"].as_of == "2021-05-06"
    dated = {c.text: c for c in _run_all(nlp, "The rebels attacked the town in 2019. They"
                                              " killed 30 people.", "2021-05-06")}  # fmt: skip
    assert dated["30"].as_of == "2019"  # the narrative date still carries


def test_a_decision_is_no_report_but_according_to_is(nlp):
    text = ("As the agency first reported, state officials decided to move all 40 remaining"
            " detainees from the camp.")
    (claim,) = _run_all(nlp, text, "2021-05-06")
    assert claim.measure == "detained" and claim.source is None
    (claim,) = _run_all(nlp, "According to the ministry, 40 soldiers were killed.", "2021-05-06")
    assert claim.source is not None and claim.source.text == "the ministry"
