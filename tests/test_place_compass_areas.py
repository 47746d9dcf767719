"""A part of a name told by a lowercase compass word is a part of an area, not of a small
town (issue 21, resolve/place/compass.py)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import toponyms_in

LUZON = (
    "Pigs died on farms in Bulacan and Pangasinan, and vets later checked two farms in "
    "northern Luzon."
)
LUZON_NAMES = ["Bulacan", "Pangasinan", "Luzon"]


def _codes(resolver: ToponymResolver, text: str, names: list[str]) -> list[tuple[str, str]]:
    return [
        (r.place.country, r.place.feature_code) if r.place else ("", "")
        for r in resolver.resolve_document_scored(toponyms_in(text, names), text)
    ]


def test_northern_luzon_is_the_island(gazetteer):
    assert _codes(ToponymResolver(gazetteer), LUZON, LUZON_NAMES)[2] == ("PH", "ISL")


def test_without_the_check_the_story_s_towns_pull_it_to_a_village(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(compass_areas=False), bundled_ranker())
    assert _codes(off, LUZON, LUZON_NAMES)[2] == ("PH", "PPL")


@pytest.mark.parametrize(
    ("text", "names", "reading"),
    [
        # a country, not the Pennsylvania town the story's places pull it to
        (
            "Police in Hershey and Harrisburg said the man had served in southern Lebanon.",
            ["Hershey", "Harrisburg", "Lebanon"],
            ("LB", "PCLI"),
        ),
        # a big city has a south of its own
        (
            "Crews from Oxford and Reading cleared roads in south London.",
            ["Oxford", "Reading", "London"],
            ("GB", "PPLC"),
        ),
        # an area read as one stays
        (
            "Snow fell in Toronto and Ottawa and across central Ontario.",
            ["Toronto", "Ottawa", "Ontario"],
            ("CA", "ADM1"),
        ),
    ],
)
def test_compass_words(gazetteer, text, names, reading):
    assert _codes(ToponymResolver(gazetteer), text, names)[-1] == reading


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # no same-named district abroad (Kiribati, Australia, Canada) for a local town
        ("A kitchen fire broke out in east Flint, near Burton and Grand Blanc.",
         ["Flint", "Burton", "Grand Blanc"]),
        ("Wind toppled trees in south Orange and Maplewood.", ["Orange", "Maplewood"]),
        ("Voters in Fairfield and Middletown said hail fell on west Hamilton.",
         ["Fairfield", "Middletown", "Hamilton"]),
        # the name also written bare is the town at every mention
        ("Lebanon police said a shed burned in north Lebanon, near Hershey and Palmyra, and "
         "the Lebanon fire chief thanked crews.",
         ["Lebanon", "Lebanon", "Hershey", "Palmyra", "Lebanon"]),
        ("Deputies in Jordan said the truck rolled over in west Jordan, near Shakopee and "
         "Belle Plaine.", ["Jordan", "Jordan", "Shakopee", "Belle Plaine"]),
    ],
)  # fmt: skip
def test_a_local_town_stays_a_town(gazetteer, text, names):
    assert {country for country, _ in _codes(ToponymResolver(gazetteer), text, names)} == {"US"}
    assert {code for _, code in _codes(ToponymResolver(gazetteer), text, names)} == {"PPL"}
