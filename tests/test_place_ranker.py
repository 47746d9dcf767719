"""The readings' features and the hand coefficients: a division named like its own country
yields to the country; the abbreviations and long forms news copy uses reach their place."""

import pytest

from frontlines.resolve.place import Gazetteer, ToponymResolver
from frontlines.resolve.place.ranker import (
    PlaceRanker,
    candidate_features,
    hand_coefficients,
)
from frontlines.resolve.place.resolver import ResolverWeights
from frontlines.resolve.place.weights import EMPTY_CONTEXT


def test_a_division_named_as_its_country_is_marked(gazetteer: Gazetteer) -> None:
    readings = gazetteer.candidates("Mexico")
    rows = candidate_features(readings, None, EMPTY_CONTEXT, ResolverWeights())
    marked = {c.place.feature_code for c, f in zip(readings, rows, strict=True)
              if f.get("division_named_as_country")}  # fmt: skip
    assert marked == {"ADM1"}


def test_the_country_outweighs_its_namesake_division(gazetteer: Gazetteer) -> None:
    names = ["Toluca", "Puebla", "Mexico"]  # towns of the State of México and another state
    plain = ToponymResolver(gazetteer, ResolverWeights(division_named_as_country=0.0))
    strong = ToponymResolver(gazetteer, ResolverWeights(division_named_as_country=-10.0))
    assert plain.resolve_document(names)[2].feature_code == "ADM1"
    assert strong.resolve_document(names)[2].feature_code.startswith("PCL")


def test_hand_coefficients_score_as_the_resolver_does(gazetteer: Gazetteer) -> None:
    weights = ResolverWeights()
    explicit = ToponymResolver(gazetteer, weights, PlaceRanker(hand_coefficients(weights)))
    names = ["Paris", "Texas", "Dallas", "Mosul", "Georgia"]
    assert explicit.resolve_document(names) == ToponymResolver(gazetteer, weights).resolve_document(
        names
    )


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [("NSW", "ADM1", "AU"), ("Qld", "ADM1", "AU"), ("Democratic Republic of Congo", "PCLI", "CD")],
)
def test_news_abbreviations_and_long_forms(
    gazetteer: Gazetteer, name: str, code: str, country: str
) -> None:
    place = ToponymResolver(gazetteer).resolve(name)
    assert place is not None and (place.feature_code, place.country) == (code, country)
