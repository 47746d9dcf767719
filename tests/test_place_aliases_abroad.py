"""A small town's alternate name, read in a country none of the story's other places lie
in, is no reading (issue 21, resolve/place/aliases.py)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.aliases import spelling_of
from frontlines.resolve.place.names import name_key
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in

CAIRO = (
    "Guards stood outside churches in Cairo and Alexandria after the blast in Abbasiya on Sunday."
)
CAIRO_NAMES = ["Cairo", "Alexandria", "Abbasiya"]


def _countries(resolver: ToponymResolver, text: str, names: list[str]) -> list[str | None]:
    found = resolver.resolve_document_scored(toponyms_in(text, names), text)
    return [r.place.country if r.place else None for r in found]


def test_an_old_name_of_a_town_abroad_is_no_reading(gazetteer):
    assert _countries(ToponymResolver(gazetteer), CAIRO, CAIRO_NAMES) == ["EG", "EG", None]


def test_without_the_check_the_old_name_is_read_abroad(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(aliases_abroad=False), bundled_ranker())
    assert _countries(off, CAIRO, CAIRO_NAMES)[2] not in (None, "EG")


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        # the name the world knows a big city by
        ("Pilgrims flew from Jakarta and Karachi to Mecca.", ["Jakarta", "Karachi", "Mecca"], "SA"),
        # an alternate name in the story's own country
        ("Fans from Leeds and York drove to Newcastle.", ["Leeds", "York", "Newcastle"], "GB"),
    ],
)
def test_alternate_names_that_stand(gazetteer, text, names, country):
    assert _countries(ToponymResolver(gazetteer), text, names)[-1] == country


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        # a plain spelling of the town's own name, in a story told from elsewhere
        ("Officials in Washington and Boston said drones hit Beit Hanoun overnight.",
         ["Washington", "Boston", "Beit Hanoun"], "PS"),
        ("Families in Dearborn and Detroit mourned relatives killed in a strike on Bint Jbeil.",
         ["Dearborn", "Detroit", "Bint Jbeil"], "LB"),
        ("Analysts in London and Paris said troops pulled back from Kupiansk.",
         ["London", "Paris", "Kupiansk"], "UA"),
        ("Spokesmen in Jerusalem and Tel Aviv said tanks entered Bani Suheila.",
         ["Jerusalem", "Tel Aviv", "Bani Suheila"], "PS"),
    ],
)  # fmt: skip
def test_a_spelling_of_the_town_s_own_name_stands_abroad(gazetteer, text, names, country):
    assert _countries(ToponymResolver(gazetteer), text, names)[-1] == country


def test_a_spelling_is_told_from_another_name():
    assert spelling_of(name_key("Beit Hanoun"), "Bayt Hanun")
    assert spelling_of(name_key("Kupiansk"), "Kupyansk")
    assert not spelling_of(name_key("Abbasiya"), "Yehud")
