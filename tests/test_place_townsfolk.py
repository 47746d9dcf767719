"""A town named before a person it says where they are from ("a Fairbury man", "two Crete
teenagers") is a place, even where the model read it as an organisation (issue 21,
place_cues._townsfolk)."""

from __future__ import annotations

import pytest

from frontlines.nlp.extensions import items


def _places(nlp, text: str) -> list[str]:
    return [m.text for m in items(nlp(text), "places")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The Beatrice woman told deputies she had not seen the car.", "Beatrice"),
        ("A Kearney teenager won the state spelling bee on Saturday.", "Kearney"),
        ("Police said a Norfolk man, 34, was driving the pickup.", "Norfolk"),
    ],
)
def test_a_town_before_a_person_is_a_place(nlp, text, town):
    assert town in _places(nlp, text)


def test_each_town_of_two_such_phrases(nlp):
    places = _places(nlp, "A Crete resident and a Milford man were cited for speeding.")
    assert "Crete" in places and "Milford" in places


@pytest.mark.parametrize(
    "text",
    [
        "A Microsoft man said the update would ship soon.",
        "Two Boeing men inspected the wing on Friday.",
        "A Christian man was attacked near the church.",
        "A Marine veteran and a Navy man spoke at the rally.",
    ],
)
def test_a_firm_a_faith_or_a_service_before_a_person_is_none(nlp, text):
    assert _places(nlp, text) == []
