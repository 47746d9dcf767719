"""Attribution: who says what (source, cue, content), across sentences."""

from frontlines.nlp.attribution.component import VERSION, AttributionRecognizer

__all__ = ["VERSION", "AttributionRecognizer"]
