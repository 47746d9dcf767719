"""Offline place names: normalisation and a GeoNames-derived gazetteer."""

from frontlines.resolve.place.gazetteer import Gazetteer, Place
from frontlines.resolve.place.names import name_key, normalise_place_name

__all__ = ["Gazetteer", "Place", "name_key", "normalise_place_name"]
