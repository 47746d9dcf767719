"""As-of dates of claims (issue 20, ``nlp/claims/dates.py``): sentences written for this test."""

from __future__ import annotations

import pytest

from frontlines.nlp.claims.dates import month_of_week


def _run(nlp, text: str, published: str | None):
    doc = nlp.make_doc(text)
    doc._.reference_date = published
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return {c.value: c for c in doc._.claims if c.value is not None}


def test_the_sentence_date_else_the_publication_date(nlp):
    claims = _run(nlp, "In 2023, rebels killed 40 soldiers. Police arrested 12 people.",
                  "2025-03-12")  # fmt: skip
    assert claims[40.0].as_of == "2023"
    assert claims[12.0].as_of == "2025-03-12"


def test_later_dates_from_the_sentence_before(nlp):
    text = ("Last month, gunmen ambushed a bus in the north. Days later, a roadside bomb "
            "killed 11 miners in the same district. The army now has 300 troops there.")
    claims = _run(nlp, text, "2025-03-12")
    assert claims[11.0].as_of == "2025-02"
    assert claims[300.0].as_of == "2025-03-12"  # no 'later': the report date


def test_an_undated_story_is_anchored_to_its_first_full_date(nlp):
    text = ("The offensive began in early November 2005 near the border. "
            "Officials said the operation killed 139 insurgents.")
    claims = _run(nlp, text, None)
    assert claims[139.0].as_of == "2005-11"


def test_since_and_by_are_kept_as_relations(nlp):
    claims = _run(nlp, "Since December, 400 people have been killed. By June, 2,000 people "
                  "had fled.", "2025-03-12")  # fmt: skip
    assert (claims[400.0].as_of, claims[400.0].as_of_relation) == ("2024-12", "since")
    assert (claims[2000.0].as_of, claims[2000.0].as_of_relation) == ("2024-06", "by")


@pytest.mark.parametrize(
    ("value", "month"),
    [("2025-W10", "2025-03"), ("2025-W01", "2025-01"), ("2026-W01", "2026-01"),
     ("2020-W53", "2020-12"), ("2025-03-12", "2025-03-12"), ("2025-W60", "2025-W60")],
)
def test_a_week_is_as_of_its_month(value, month):
    assert month_of_week(value) == month
