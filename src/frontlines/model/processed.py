"""What one article and one ingest run come to: everything extracted, or why not."""

from __future__ import annotations

from dataclasses import dataclass, field

from frontlines.model.extracted import (
    Attribution,
    Claim,
    Event,
    PlaceMention,
    Quantity,
    TimeExpression,
)
from frontlines.model.text import Article, Extractor, Mention, Sentence

__all__ = [
    "IngestReport",
    "InputProblem",
    "ProcessedArticle",
]


@dataclass(frozen=True, kw_only=True)
class ProcessedArticle:
    """An article with everything the NLP stage extracted from it."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    sentence_extractor: Extractor = Extractor("unknown", "0")
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class InputProblem:
    """A piece of input that could not be ingested, and why."""

    origin: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did, for the CLI summary and for callers."""

    ingested: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    failed: tuple[InputProblem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.failed
