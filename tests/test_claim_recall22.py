"""Claims on fresh news, issue 20 (brief claims22b): a toll told with a predicative
adjective and a time phrase after it ("left seven dead last week"). The adjective run
after the number used to reach the time noun, so the week became the number's unit and
no count was read. Sentences written for this test (no story text)."""

from __future__ import annotations

import pytest

from tests.claim_reading import claims_by_text


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The raid left 12 dead last week.", "12", "killed"),
        ("The car bomb left seven wounded last month.", "seven", "wounded"),
        ("The siege left 300 homeless last year.", "300", "displaced"),
        ("She blamed a militia for an ambush on a convoy that left eight dead last year.",
         "eight", "killed"),
        ("The shelling left four people dead last night.", "four", "killed"),
    ],
)
def test_a_toll_before_a_time_phrase_is_read(nlp, text, number, measure):
    """The time phrase dates the toll; it is not what the number counts."""
    assert claims_by_text(nlp, text)[number].measure == measure


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The factory sold 2,500 last year.", ""),
        ("The army lost 40 tanks last month.", "count"),
        ("Support fell to 40 percent last year.", "percent"),
        ("The raid left seven dead last week.", ""),
    ],
)
def test_a_time_phrase_is_no_unit(nlp, text, unit):
    """What stays: a bare number before "last year" counts nothing, a counted noun or a
    percent keeps its unit, and no number takes "week" or "year" as its unit from a
    time phrase after an adjective."""
    assert [q.unit for q in nlp(text)._.quantities] == [unit]
