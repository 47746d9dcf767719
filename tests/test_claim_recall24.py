"""Claims on fresh news, issue 20 (brief clrecall24): a reckoning's range keeps its author,
an event noun's "of" reaches every conjunct, "one of N" said of someone named is no count
of its own, and the whole a part is picked from is not what befell the part. Sentences
written for this test (no story text)."""

from __future__ import annotations

import pytest

from frontlines.model import Attribution, Extractor, TextSpan
from frontlines.nlp.claims.sources import attribution_for
from frontlines.nlp.claims.whose import governing_verb
from tests.claim_reading import claims_by_value


@pytest.mark.parametrize(
    ("text", "bounds", "source"),
    [
        ("The council's estimates of displaced people range from 2,000 to 9,000.",
         (2000.0, 9000.0), "The council"),
        ("The agency's tally of refugees stands between 7,200 and 8,000.",
         (7200.0, 8000.0), "The agency"),
    ],
)
def test_a_reckonings_range_is_its_authors(nlp, text, bounds, source):
    """The "to" / "and" closing a range off the stating verb is the range's upper end, not
    a phrase telling of a number in passing, so the whole range is the author's word."""
    claim = claims_by_value(nlp, text)[bounds]
    assert claim.source is not None and claim.source.text == source


def test_a_number_in_passing_after_a_range_still_names_no_author(nlp):
    text = "The army's count reached 30 dead in an ambush that killed 8 to 10 medics."
    claims = claims_by_value(nlp, text)
    assert claims[30.0].source is not None and claims[30.0].source.text == "The army"
    assert claims[(8.0, 10.0)].source is None


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The blast resulted in the deaths of Governor Ann Hale and three other Canadians.",
         3.0, "killed"),
        ("The ambush led to the deaths of a sergeant and five other soldiers.", 5.0, "killed"),
        ("The rebels demanded the release of the pilot and 14 other prisoners.", 14.0,
         "detained"),
    ],
)
def test_an_event_nouns_of_reaches_every_conjunct(nlp, text, value, measure):
    assert claims_by_value(nlp, text)[value].measure == measure


@pytest.mark.parametrize(
    ("text", "whole", "measure"),
    [
        ("He died in May, one of four soldiers killed in the blast.", 4.0, "killed"),
        ("Anna Berg, whose son, a medic, was one of six volunteers wounded in the raid on "
         "the clinic, spoke with reporters on Monday.", 6.0, "wounded"),
        ("The nurse was hurt last week, one of nine medics wounded since March.", 9.0,
         "wounded"),
    ],
)
def test_one_of_a_counted_set_is_a_member(nlp, text, whole, measure):
    """"one" said of someone named, set off or after "be" however the parser hung it,
    places them in the set; the set's number is the claim."""
    claims = claims_by_value(nlp, text)
    assert 1.0 not in claims
    assert claims[whole].measure == measure


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("After the raid, one of the 12 hostages was killed.", "killed"),
        ("In the raid, one of the guards was killed.", "killed"),
    ],
)
def test_one_as_the_subject_of_its_own_clause_stays_a_count(nlp, text, measure):
    assert claims_by_value(nlp, text)[1.0].measure == measure


@pytest.mark.parametrize(
    ("text", "whole", "part", "measure"),
    [
        ("Two of the 30 soldiers were wounded in the raid.", 30.0, 2.0, "wounded"),
        ("The hostages were freed, and one of the 12 guards was killed.", 12.0, 1.0,
         "killed"),
        ("Police arrested 12 of the 20 gunmen.", 20.0, 12.0, "detained"),
    ],
)
def test_the_whole_a_part_is_picked_from_is_not_what_befell_the_part(nlp, text, whole, part,
                                                                     measure):
    claims = claims_by_value(nlp, text)
    assert claims[part].measure == measure
    assert whole not in claims or claims[whole].measure != measure


@pytest.mark.parametrize(
    ("text", "whole", "measure"),
    [
        ("Two of the 20 people killed in the raid were children.", 20.0, "killed"),
        ("Eight of the 14 killings were never solved.", 14.0, "killed"),
        ("Three children were among the 20 people killed.", 20.0, "killed"),
    ],
)
def test_a_whole_keeps_what_its_own_words_say(nlp, text, whole, measure):
    assert claims_by_value(nlp, text)[whole].measure == measure


def _carried_source(nlp, text: str, cue: str) -> str | None:
    """The source ``attribution_for`` gives the number of the second sentence of ``text``
    when an account with ``cue`` (the first sentence's) is carried over it."""
    doc = nlp(text)
    q = next(x for x in doc._.quantities if x.value == 10_000_000.0)
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    second = text.index("Ten")
    start = text.index(cue)
    account = Attribution(
        source=TextSpan(0, 14, "Mikhail Petrov"), cue=TextSpan(start, start + len(cue), cue),
        content=TextSpan(second, len(text), text[second:]), kind="unknown", actor=None,
        antecedent=None, extractor=Extractor("test", "0"))
    found = attribution_for(q, span, governing_verb(span), [], [account])
    return found.source.text if found is not None and found.source is not None else None


def test_an_account_carried_on_needs_a_cue_that_speaks(nlp):
    """A verb the cue model took for a cue ("designed") starts no account a later sentence
    continues: its number is the story's own, while a cue of saying still carries."""
    text = "Mikhail Petrov designed the AK-12 rifle. Ten million copies have been built."
    assert _carried_source(nlp, text, "designed") is None
    text = "Mikhail Petrov said a rifle was designed. Ten million copies have been built."
    assert _carried_source(nlp, text, "said") == "Mikhail Petrov"


def test_an_account_that_speaks_is_still_carried_on(nlp):
    text = ("According to the report, the group launched 504 attacks in 2024. Deaths in the "
            "attacks surged to 3,000.")
    claim = claims_by_value(nlp, text)[3000.0]
    assert claim.source is not None and claim.source.text == "the report"
