"""Claims: join each quantity to what it measures, whose, where, when and who says so."""

from frontlines.nlp.claims.component import VERSION, ClaimBuilder
from frontlines.vocab.measures import Measure, Taxonomy, default_taxonomy

__all__ = ["VERSION", "ClaimBuilder", "Measure", "Taxonomy", "default_taxonomy"]
