"""Claims on real news, issue 20 (brief clrec8): shapes read from the tune halves of the
four news sets, each tested on sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text as _claims


@pytest.mark.parametrize(
    "text",
    [
        # a lone "one" set off after a noun, ranking it: describes, counts nothing
        "The militants have kidnapped and killed members of the Mandaean faith, one of the "
        "smallest in the country, along with other minorities.",
        "Gunmen abducted and killed pilgrims from the Sufi order, one of the oldest in the "
        "region, last week.",
        "Troops arrested leaders of the Green party, one of the most outspoken in the country.",
    ],
)
def test_one_ranking_a_noun_is_no_count(nlp, text):
    assert "one" not in _claims(nlp, text)


def test_one_of_the_ranked_as_a_subject_is_still_counted(nlp):
    # not set off: the clause's own subject, a count of one
    found = _claims(nlp, "Fighting went on. One of the youngest hostages was killed on Monday.")
    assert "One" in found
