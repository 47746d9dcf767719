"""Offline place names: normalisation, a GeoNames-derived gazetteer, toponym resolution."""

from frontlines.resolve.place.gazetteer import Candidate, Gazetteer, Place
from frontlines.resolve.place.names import name_key, normalise_place_name
from frontlines.resolve.place.resolver import (
    Resolved,
    ResolverWeights,
    Toponym,
    ToponymResolver,
)

__all__ = [
    "Candidate",
    "Gazetteer",
    "Place",
    "Resolved",
    "ResolverWeights",
    "Toponym",
    "ToponymResolver",
    "name_key",
    "normalise_place_name",
]
