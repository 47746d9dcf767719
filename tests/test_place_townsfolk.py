"""A town named before a person it says where they are from ("a Fairbury man", "two Crete
teenagers") is a place; where the model read it as an organisation, only when the gazetteer
holds a town of that name in a state the story names ("a Harvard man" is a college's as
often as a town's: issue 21, place_cues._townsfolk, townsfolk_of_setting)."""

from __future__ import annotations

import pytest

from frontlines.nlp.extensions import items


def _places(nlp, text: str) -> list[str]:
    return [m.text for m in items(nlp(text), "places")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the model reads each name as an organisation's; the story names the town's state
        ("The Beatrice woman told Nebraska deputies she had not seen the car.", "Beatrice"),
        ("A Kearney teenager won the Nebraska spelling bee on Saturday.", "Kearney"),
        ("Police in Virginia said a Norfolk man, 34, was driving the pickup.", "Norfolk"),
    ],
)
def test_a_town_before_a_person_is_a_place(nlp, text, town):
    assert town in _places(nlp, text)


def test_each_town_of_two_such_phrases(nlp):
    places = _places(nlp, "A Crete resident and a Milford man were cited for speeding in "
                          "Nebraska.")
    assert "Crete" in places and "Milford" in places


@pytest.mark.parametrize(
    "text",
    [
        "The senator, a Harvard man, voted against the bill.",
        "A Yale woman won the rowing race on Saturday.",
        # a state that holds no town of the name is no setting for it
        "A Kearney teenager won the spelling bee in Oregon on Saturday.",
    ],
)
def test_an_organisation_before_a_person_is_no_town_outside_its_state(nlp, text):
    places = _places(nlp, text)
    assert not {"Harvard", "Yale", "Kearney"} & set(places)


def test_a_nationality_of_a_state_gives_no_place_end_to_end(nlp):
    """README (session 19): a state's demonym the model reads as a nationality ("Iowans")
    is no place in the pipeline; only a country's demonym is kept."""
    assert _places(nlp, "Many Iowans told pollsters they favour the tax plan.") == []


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
