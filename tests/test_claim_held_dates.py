"""When a claim's number holds (the news scorer's as-of), on sentences written for this test."""

from __future__ import annotations

from dataclasses import replace

from frontlines.lab.news import claim_fields, held_as_of
from frontlines.lab.news_gold import GoldClaim
from frontlines.model import Claim, Extractor
from frontlines.nlp.times import with_reference_date
from frontlines.vocab.actors import ActorDictionary


def _claim(as_of: str | None, relation: str, reported: str | None) -> Claim:
    return Claim(measure="killed", subject=None, subject_text="nurses", value=4.0, lower=None,
                 upper=None, unit="count", change="=", as_of=as_of, as_of_relation=relation,
                 reported=reported, source=None, place=None, concept=None, start=0, end=1,
                 text="4", equivalent_measure=None, equivalent_value=None,
                 equivalent_lower=None, equivalent_upper=None,
                 extractor=Extractor("x", "1"))  # fmt: skip


def _gold(as_of: str | None) -> GoldClaim:
    return GoldClaim("s", ((0, 10),), 4.0, None, None, "count", "killed", ("nurses",),
                     ("unattributed",), as_of)  # fmt: skip


def test_a_count_since_a_date_holds_when_it_was_reported():
    since = _claim("2004", "since", "2020-05-10")
    assert held_as_of(since) == "2020-05-10"
    actors = ActorDictionary.load()
    assert claim_fields(_gold("2020-05-10"), since, actors)["as_of"]
    assert claim_fields(_gold(None), since, actors)["as_of"]  # null: the report date
    assert not claim_fields(_gold("2004"), since, actors)["as_of"]
    # a count "by" a date holds at that date; one with no relation at its own date
    by = replace(since, as_of_relation="by", as_of="2019-03")
    assert held_as_of(by) == "2019-03"
    assert claim_fields(_gold("2019-03"), by, actors)["as_of"]
    assert held_as_of(replace(since, as_of_relation="", as_of="2019-03-02")) == "2019-03-02"
    # with no report date the start is all the claim says
    assert held_as_of(replace(since, reported=None)) == "2004"


def test_since_claims_from_the_pipeline_keep_their_start(nlp):
    doc = nlp(with_reference_date(
        nlp.make_doc("Since 2004, four nurses and two guards have been murdered in the province."),
        "2020-05-10"))  # fmt: skip
    claims = {c.value: c for c in doc._.claims}
    four = claims[4.0]
    # the claim keeps the start of the count (the series read it as "since 2004") ...
    assert (four.as_of, four.as_of_relation, four.reported) == ("2004", "since", "2020-05-10")
    # ... and is scored as of the day it was reported
    assert held_as_of(four) == "2020-05-10"
