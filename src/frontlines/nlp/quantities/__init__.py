"""Quantities: numbers, units, bounds, change and the concept counted."""

from frontlines.nlp.quantities.component import VERSION, QuantityRecognizer
from frontlines.vocab.units import Unit, UnitTable, default_units

__all__ = ["VERSION", "QuantityRecognizer", "Unit", "UnitTable", "default_units"]
