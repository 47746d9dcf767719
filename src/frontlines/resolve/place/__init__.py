"""Offline place names: normalisation and a GeoNames-derived gazetteer."""

from frontlines.resolve.place.gazetteer import Gazetteer, Place
from frontlines.resolve.place.names import name_key, normalise_place_name
from frontlines.resolve.place.resolver import ToponymResolver

__all__ = ["Gazetteer", "Place", "ToponymResolver", "name_key", "normalise_place_name"]
