"""A compass word joined to the next name shares that name's head (issue 21,
resolve/place/heads.py)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.heads import shared_heads
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in


@pytest.mark.parametrize(
    ("text", "names", "first"),
    [
        ("Talks between North and South Korea resumed.", ["North", "South Korea"], "North Korea"),
        (
            "Prices fell in Eastern and Southern Europe.",
            ["Eastern", "Southern Europe"],
            "Eastern Europe",
        ),
        (
            "Storms hit Central and South America.",
            ["Central", "South America"],
            "Central America",
        ),
    ],
)
def test_the_lone_compass_word_takes_the_next_name_s_head(gazetteer, text, names, first):
    found = ToponymResolver(gazetteer).resolve_document_scored(toponyms_in(text, names), text)
    assert found[0].place is not None and found[0].place.name == first


def test_without_the_rule_the_lone_word_is_no_place(gazetteer):
    text = "Prices fell in Eastern and Southern Europe."
    off = ToponymResolver(gazetteer, ResolverWeights(shared_heads=False), bundled_ranker())
    found = off.resolve_document_scored(toponyms_in(text, ["Eastern", "Southern Europe"]), text)
    assert found[0].place is None


def test_only_a_compass_word_joined_by_a_conjunction_shares_a_head():
    for text, names in [
        ("Troops left North, then South Korea.", ["North", "South Korea"]),
        ("Trade between Paris and South Africa grew.", ["Paris", "South Africa"]),
        ("Trade between North and Africa grew.", ["North", "Africa"]),
    ]:
        toponyms = toponyms_in(text, names)
        assert shared_heads(toponyms, text) == toponyms
