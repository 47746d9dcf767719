"""The store seam: what every backend's handle offers. ``Database`` (SQLite) is the one
we ship; a second backend (PostgreSQL next) implements the same methods and the store
test-suite runs against it through one fixture.

Everything above the store (reconciliation, the CLI, the web app, the API) talks to a
``Store``; no SQL lives outside ``frontlines.store``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from frontlines.model import ProcessedArticle
from frontlines.store.facets import EventFacets, TimeBucket
from frontlines.store.listing import DocumentFilter, DocumentPage
from frontlines.store.merged import MergedEventFilter, MergedEventPage
from frontlines.store.reconcile_state import (
    ClaimGroupRow,
    EventGroupRow,
    PendingClaim,
    PendingEvent,
)
from frontlines.store.records import (
    ClaimHit,
    DocumentSummary,
    EventFilter,
    EventHit,
    PlaceSummary,
    SearchHit,
    StoredDocument,
)
from frontlines.store.series import ClaimPoint, StoredSeries
from frontlines.store.timeline import TimelineEntry, TimelineFilter
from frontlines.vocab.actors import ActorDictionary

__all__ = ["Store"]


class Store(Protocol):
    """One open database. Writers are the only ones that may call the writing methods."""

    backend: str
    readonly: bool

    def close(self) -> None: ...
    def transaction(self) -> AbstractContextManager[None]: ...

    # documents and their extractions
    def has_document(self, doc_id: str) -> bool: ...
    def write(self, processed: ProcessedArticle, actors: ActorDictionary | None = None) -> bool: ...
    def documents(self, limit: int | None = None) -> list[DocumentSummary]: ...
    def document(self, doc_id: str) -> StoredDocument: ...
    def iter_documents(self) -> Iterator[StoredDocument]: ...
    def search(
        self,
        text: str,
        limit: int = 20,
        raw: bool = False,
        offset: int = 0,
        alternatives: Sequence[str] = (),
    ) -> list[SearchHit]: ...
    def count_search(
        self, text: str, raw: bool = False, alternatives: Sequence[str] = ()
    ) -> int: ...
    def document_page(self, where: DocumentFilter) -> DocumentPage: ...
    def places(
        self, role: str | None = "location", country: str | None = None, name: str | None = None
    ) -> list[PlaceSummary]: ...
    def place_point(self, name: str) -> tuple[float, float]: ...
    def publisher_home(self, publisher: str) -> tuple[str, str] | None: ...
    def events(self, where: EventFilter | None = None) -> list[EventHit]: ...
    def count_events(self, where: EventFilter) -> int: ...
    def claims(
        self,
        subject: str | None = None,
        measure: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        min_confidence: float = 0.0,
    ) -> list[ClaimHit]: ...
    def count_claims(
        self, subject: str | None = None, measure: str | None = None, since: str | None = None,
        min_confidence: float = 0.0,
    ) -> int: ...
    def actor_mentions(self) -> dict[str, int]: ...
    def count(self, table: str) -> int: ...

    # across articles (read)
    def event(self, event_id: str) -> dict[str, Any]: ...
    def merged_ids(self, event_ids: list[str]) -> dict[str, tuple[str, int]]: ...
    def merged_events(self, where: MergedEventFilter) -> MergedEventPage: ...
    def merged_event_facets(self, where: MergedEventFilter, top: int = 12) -> EventFacets: ...
    def merged_event_histogram(
        self, where: MergedEventFilter, bucket: str = "month"
    ) -> list[TimeBucket]: ...
    def series_points(
        self,
        subject: str | None = None,
        measure: str | None = None,
        scope: str | None = None,
        series_id: str | None = None,
    ) -> list[StoredSeries]: ...
    def timeline(self, where: TimelineFilter) -> list[TimelineEntry]: ...
    def count_timeline(self, where: TimelineFilter) -> int: ...
    def count_undated_events(self) -> int: ...

    # reconcile state (write, in the caller's transaction)
    def pending_claims(self) -> list[PendingClaim]: ...
    def pending_events(self) -> list[PendingEvent]: ...
    def pending_count(self) -> int: ...
    def clear_pending(self) -> None: ...
    def forget_reconciled(self) -> None: ...
    def record_claim_report(
        self, claim_id: str, group_id: str | None, doc_id: str, published: str | None
    ) -> None: ...
    def ensure_series(
        self, series_id: str, subject: str, measure: str, scope: str, unit: str
    ) -> None: ...
    def claim_groups_between(
        self, series_id: str, first_from: str, first_to: str, last_from: str
    ) -> list[ClaimGroupRow]: ...
    def new_claim_group(
        self, group_id: str, point: ClaimPoint, published: str | None
    ) -> None: ...
    def add_to_claim_group(
        self, group_id: str, point: ClaimPoint, published: str | None
    ) -> None: ...
    def record_event_report(
        self, event_id: str, group_id: str | None, doc_id: str, published: str | None
    ) -> None: ...
    def event_groups_between(
        self, type_: str, first_from: str, first_to: str, last_from: str
    ) -> list[EventGroupRow]: ...
    def new_event_group(
        self, event: PendingEvent, actors: tuple[str | None, str | None], date: str,
        day_first: str, day_last: str,
    ) -> None: ...  # fmt: skip
    def add_to_event_group(
        self, group_id: str, event: PendingEvent, actors: tuple[str | None, str | None],
        *, finer_place: bool, finer_date: tuple[str, str, str] | None,
    ) -> None: ...  # fmt: skip
