"""A town's or a state's service names the place (issue 21, nlp/geo.py with
nlp/place_parts.py): a camel-case town before "Police" ("DeKalb Police") and a state before
a road's service ("the Ohio Highway Patrol"), which a road's word used to cut off."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from frontlines.nlp.extensions import items
from frontlines.nlp.place_parts import capitalised, road_service


def _places(doc: Doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.admin1) for m in items(doc, "places")]


def test_a_camel_case_town_before_its_police_is_the_town(nlp):
    doc = nlp("A purse was snatched near the library, according to DeKalb Police.")
    assert ("DeKalb", "IL") in _places(doc)


def test_a_state_before_its_highway_patrol_is_the_state(nlp):
    doc = nlp("A trooper of the Ohio Highway Patrol stopped the truck on Sunday.")
    assert ("Ohio", "OH") in _places(doc)


def test_a_road_word_in_a_paper_s_name_still_cuts_nothing(nlp):
    assert _places(nlp("The Wall Street Journal reported the merger.")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("DeKalb", True), ("McLean", True), ("Boston", True), ("NATO", False), ("iPhone", False)],
)
def test_capitalised_words(nlp, text, expected):
    assert capitalised(nlp.make_doc(text)[0]) is expected


def test_road_services(nlp):
    doc = nlp.make_doc("Highway Patrol Highway")
    assert road_service(doc[0:2]) and not road_service(doc[2:3])
