"""Counts that are no count of their measure once it is known (issue 20, brief clprec5):
a number shared by alternatives that name another thing counts their union, and what
befalls people in the future has befallen no one yet. Sentences written for this test."""

from __future__ import annotations

from tests.claim_reading import claims_by_text as _claims


def test_a_count_of_alternatives_is_no_count_of_either(nlp):
    text = ("Since 2004, 420 suspects have been arrested or tracked down, 90 of them "
            "thanks to calls from neighbours, the bureau said.")
    assert _claims(nlp, text) == {}
    # the "or" hung on the verb itself
    assert _claims(nlp, "Police said 80 protesters were arrested or identified.") == {}
    # alternatives naming the same measure keep it
    found = _claims(nlp, "Police said 80 protesters were arrested or detained on Friday.")
    assert found["80"].measure == "detained"
    # "killed or injured" is one count of casualties
    found = _claims(nlp, "Officials said 45 civilians have been killed or injured since Monday.")
    assert found["45"].measure == "casualties"
    # and the part still takes the count's measure when the count stands
    found = _claims(nlp, "Since 2004, 420 suspects have been arrested, 90 of them "
                         "thanks to calls from neighbours, the bureau said.")  # fmt: skip
    assert (found["420"].measure, found["90"].measure) == ("detained", "detained")


def test_a_happening_in_the_future_counts_no_one(nlp):
    text = "Officials expect that hundreds of rebel fighters will surrender in the coming week."
    assert _claims(nlp, text) == {}
    text = "The ministry said 60 prisoners would be freed under the deal."
    assert "60" not in _claims(nlp, text)
    # the same count in the past is a claim
    text = "Officials said hundreds of rebel fighters surrendered last week."
    assert _claims(nlp, text)["hundreds"].measure == "detained"
    # a force to be sent is still counted: troops are no happening
    text = "The government said it will deploy 3,000 troops to the border."
    assert _claims(nlp, text)["3,000"].measure == "troops"


def test_what_may_befall_people_counts_no_one_but_an_estimate_stays(nlp):
    text = "If the truce collapses, as many as 8,000 people could be killed, the envoy said."
    assert _claims(nlp, text) == {}
    # a perfect under "may" reports what may have happened
    text = "Officials said up to 200 villagers may have been killed in the raid."
    assert _claims(nlp, text)["up to 200"].measure == "killed"
    # a copula or a state under "may" estimates how things stand
    text = "Officials said up to 200 villagers may be dead after the raid."
    assert _claims(nlp, text)["up to 200"].measure == "killed"
    text = "Up to 40 miners might be trapped under the rubble, rescuers said."
    assert _claims(nlp, text)["Up to 40"].measure == "civilians_trapped"
