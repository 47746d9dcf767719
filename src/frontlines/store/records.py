"""What the store hands back: frozen records, the same for CLI, API and export."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.errors import DocumentNotFound as DocumentNotFound  # re-exported
from frontlines.errors import EventNotFound as EventNotFound  # re-exported
from frontlines.model import Attribution, Claim, Event, PlaceMention, Quantity, TimeExpression

__all__ = [
    "ClaimHit",
    "DocumentNotFound",
    "EventNotFound",
    "DocumentSummary",
    "EventFilter",
    "EventHit",
    "EventNotFound",
    "PlaceSummary",
    "SearchHit",
    "StoredDocument",
    "StoredMention",
    "StoredSentence",
]


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str | None
    published: str | None
    source: str | None
    dateline: str | None
    sentences: int
    mentions: int


@dataclass(frozen=True)
class StoredSentence:
    id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class StoredMention:
    start: int
    end: int
    text: str
    label: str
    sentence_id: str
    actor: str | None
    actor_name: str | None
    extractor: str
    extractor_version: str


@dataclass(frozen=True)
class StoredDocument:
    id: str
    title: str | None
    published: str | None
    source: str | None
    dateline: str | None
    url: str | None
    summary: str | None
    text: str
    origin: str | None
    format: str | None
    sentences: tuple[StoredSentence, ...]
    mentions: tuple[StoredMention, ...]
    quantities: tuple[Quantity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()
    #: The collection's reference date the document was read against when it had no
    #: date of its own (``Article.reference``), else None.
    reference_date: str | None = None

    def to_export(self) -> dict[str, Any]:
        """The JSON Lines export object (schema documented in the README)."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "dateline": self.dateline,
            "url": self.url,
            "summary": self.summary,
            "origin": self.origin,
            "text": self.text,
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "mentions": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "label": m.label,
                    "actor": m.actor,
                    "actor_name": m.actor_name,
                    "sentence": int(m.sentence_id.rsplit(":", 1)[1]),
                    "extractor": f"{m.extractor}@{m.extractor_version}",
                }
                for m in self.mentions
            ],
            "times": [t.to_json() for t in self.times],
            "quantities": [q.to_json() for q in self.quantities],
            "attributions": [a.to_json() for a in self.attributions],
            "claims": [c.to_json() for c in self.claims],
            "places": [p.to_json() for p in self.places],
            "events": [e.to_json() for e in self.events],
        }


@dataclass(frozen=True)
class SearchHit:
    doc_id: str
    sentence_id: str
    title: str | None
    published: str | None
    start: int  # sentence offsets in the document text
    end: int
    text: str
    highlights: tuple[tuple[int, int], ...]  # matched spans, offsets within ``text``


@dataclass(frozen=True)
class ClaimHit:
    """A stored claim with the document and sentence it came from."""

    doc_id: str
    published: str | None
    title: str | None
    sentence: str
    claim: Claim

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "published": self.published, "title": self.title,
                "sentence_text": self.sentence} | self.claim.to_json()  # fmt: skip


@dataclass(frozen=True)
class PlaceSummary:
    """One resolved place across the store: where it is and how often articles name it."""

    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    precision: int | None
    mentions: int
    documents: int
    first_published: str | None
    last_published: str | None
    names: tuple[str, ...]  # the spellings the articles used

    def to_json(self) -> dict[str, Any]:
        return {
            "geonames_id": self.geonames_id, "name": self.name, "lat": self.lat,
            "lon": self.lon, "country": self.country, "admin1": self.admin1,
            "feature_code": self.feature_code, "precision": self.precision,
            "mentions": self.mentions, "documents": self.documents,
            "first_published": self.first_published, "last_published": self.last_published,
            "names": list(self.names),
        }  # fmt: skip


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to list; every field narrows, None means any.

    ``near`` is a place name resolved against the stored places; events
    within ``within_km`` of it match. Dates compare as ISO strings, so
    "2017" or "2017-06" work as bounds.
    """

    type: str | None = None
    actor: str | None = None
    near: str | None = None
    within_km: float = 50.0
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    offset: int = 0
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    min_confidence: float = 0.0


@dataclass(frozen=True)
class EventHit:
    """A stored event with the document it came from."""

    id: str
    doc_id: str
    published: str | None
    title: str | None
    event: Event

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "doc_id": self.doc_id, "published": self.published,
                "title": self.title} | self.event.to_json()  # fmt: skip
