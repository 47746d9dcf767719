"""A state written as a lawmaker's party-and-state tag ("(D-Vt.)") is whom the person
represents, not where the story happens: it does not vote for its namesake towns (issue 21)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place.affiliations import affiliation_keys
from frontlines.resolve.place.reading import Toponym


def _place(nlp, text: str, name: str):
    doc = nlp(text)
    return next(p for p in doc._.places if p.text == name)


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ruth Calder (D-Vt.) said the march in Charlotte drew thousands on Saturday.",
        "Sen. Ruth Calder (Vt.) said the march in Charlotte drew thousands on Saturday.",
        "Rep. Dan Ortiz (I-Vt., a member of the panel) said the march in Charlotte grew.",
    ],
)
def test_a_party_and_state_tag_does_not_set_the_story(nlp, text):
    charlotte = _place(nlp, text, "Charlotte")
    assert (charlotte.country, charlotte.admin1) == ("US", "NC")


def test_a_state_written_after_the_town_still_places_it(nlp):
    charlotte = _place(nlp, "The march in Charlotte, Vt., drew thousands on Saturday.", "Charlotte")
    assert (charlotte.country, charlotte.admin1) == ("US", "VT")


def test_only_a_tag_after_a_person_is_muted():
    text = "Sen. Ruth Calder (D-Vt.) toured Burlington (Vt.) and Vermont farms."
    names = ["Vt", "Burlington", "Vt.", "Vermont"]
    spans, at = [], 0
    for n in names:
        at = text.index(n, at)
        spans.append(Toponym(n, at, at + len(n)))
        at += len(n)
    keys = ["vt", "burlington", "vt2", "vermont"]
    assert affiliation_keys(spans, keys, text) == {"vt"}


def test_an_arabic_article_with_a_dash_is_no_party():
    text = "The council (Al-Anbar) met on Monday; Ramadi stayed calm."
    at = text.index("Anbar")
    spans = [Toponym("Anbar", at, at + 5)]
    assert affiliation_keys(spans, ["anbar"], text) == set()
    tagged = "Rep. Sam Hale (DFL-Minn.) met on Monday."
    at = tagged.index("Minn")
    assert affiliation_keys([Toponym("Minn", at, at + 4)], ["minn"], tagged) == {"minn"}
