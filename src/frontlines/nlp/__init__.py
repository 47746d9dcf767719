"""spaCy components: each sets a documented part of the Doc and is registered by name."""

from frontlines.nlp.pipeline import EXTRACTORS, build_pipeline, process_article

__all__ = ["EXTRACTORS", "build_pipeline", "process_article"]
