"""A town the text puts in a state or country lies there, or nowhere we know (issue 21,
resolve/place/qualified.py)."""

from __future__ import annotations

import pytest

from frontlines.resolve.place import ToponymResolver
from frontlines.resolve.place.ranker import bundled_ranker
from frontlines.resolve.place.weights import ResolverWeights
from tests.place_reading import resolved_in

# a town the packaged extracts lack in Quebec, with a namesake in Michigan
SUMMIT = "Leaders gathered on Thursday in Charlevoix, Quebec, for the summit."


def test_a_town_no_reading_of_which_lies_in_its_qualifier_gets_no_place(gazetteer):
    town, qualifier = resolved_in(ToponymResolver(gazetteer), SUMMIT, ["Charlevoix", "Quebec"])
    assert town.place is None
    assert qualifier.place is not None
    assert (qualifier.place.country, qualifier.place.feature_code) == ("CA", "ADM1")


def test_without_the_check_a_namesake_elsewhere_is_chosen(gazetteer):
    off = ToponymResolver(gazetteer, ResolverWeights(qualified_towns=False), bundled_ranker())
    town = resolved_in(off, SUMMIT, ["Charlevoix", "Quebec"])[0].place
    assert town is not None and town.country == "US"


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("He was born in Tbilisi, Georgia, in 1960.", ["Tbilisi", "Georgia"], "GE"),
        ("The plant in Hamilton, Ontario, closed.", ["Hamilton", "Ontario"], "CA"),
        ("A storm hit Paris, Texas, on Sunday.", ["Paris", "Texas"], "US"),
    ],
)
def test_a_town_in_its_qualifier_stands(gazetteer, text, names, country):
    town, qualifier = resolved_in(ToponymResolver(gazetteer), text, names)
    assert town.place is not None and town.place.country == country
    assert qualifier.place is not None and qualifier.place.country == country


def test_a_list_of_countries_is_no_town_and_its_qualifier(gazetteer):
    text = "Fighters came from Syria, Iraq to the camp."
    syria, iraq = resolved_in(ToponymResolver(gazetteer), text, ["Syria", "Iraq"])
    assert syria.place is not None and syria.place.country == "SY"


def test_an_abbreviated_province_holds_its_town(gazetteer):
    text = "She was born in Churchill, Man. and grew up by the bay."
    town, qualifier = resolved_in(ToponymResolver(gazetteer), text, ["Churchill", "Man."])
    assert town.place is not None and town.place.country == "CA"
    assert qualifier.place is not None and qualifier.place.country == "CA"
