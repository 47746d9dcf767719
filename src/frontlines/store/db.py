"""The SQLite store: one writer connection, WAL, one transaction per article.

Writing an article is all-or-nothing: its document row, sentences, full-text
entries and mentions go in one transaction, so a crash mid-batch leaves every
stored article whole and the rest of the batch can simply be ingested again.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from frontlines.errors import StoreError
from frontlines.model import (
    Attribution,
    Claim,
    Event,
    Extractor,
    Mention,
    PlaceMention,
    ProcessedArticle,
    Quantity,
    TimeExpression,
)
from frontlines.store import extractions, listing, lookups, queries, search
from frontlines.store.facets import EventFacets, TimeBucket, event_facets, event_histogram
from frontlines.store.listing import DocumentFilter, DocumentPage
from frontlines.store.merged import MergedEventFilter, MergedEventPage, load_merged_events
from frontlines.store.migrations import apply_migrations, check_schema_version
from frontlines.store.reconcile_state import ReconcileStateSQL
from frontlines.store.records import (
    ClaimHit,
    DocumentSummary,
    EventFilter,
    EventHit,
    PlaceSummary,
    SearchHit,
    StoredDocument,
)
from frontlines.store.series import StoredSeries, read_series
from frontlines.store.sql import Connection, dialect
from frontlines.store.timeline import (
    TimelineEntry,
    TimelineFilter,
    count_timeline,
    load_timeline,
)

__all__ = ["SERVER_BACKENDS", "Database", "open_db"]
from frontlines.vocab.actors import ActorDictionary


def _to_wal(conn: sqlite3.Connection, tries: int = 50) -> None:
    """Switch to WAL. Two processes creating the same new file at once can find it locked
    here: SQLite answers the journal-mode change with "locked" without waiting on the busy
    timeout, so the change is tried again for a few seconds before it is an error."""
    for attempt in range(tries):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.1)


class Database(ReconcileStateSQL):
    """A Frontlines SQLite database: the one handle through which everything reads and
    writes (``frontlines.store.protocol.Store``). Use as a context manager or call
    ``close()``. ``readonly`` opens without migrating and refuses every write, which
    is what a web request gets."""

    backend = "sqlite"
    conn: Connection

    def __init__(
        self, path: str | Path = "frontlines.db", *, readonly: bool = False, create: bool = True
    ) -> None:
        self.path = Path(path)
        self.label = str(self.path)  # how messages name this database
        self.readonly = readonly
        if (readonly or not create) and not self.path.is_file():
            raise StoreError(f"{self.path}: no such database (ingest creates one)")
        if not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: the folder {self.path.parent} does not exist")
        if not readonly:
            _check_writable(self.path)
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc

    def _connect(self) -> None:
        self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        if self.readonly:
            conn = self._read_only_connection()
            if not check_schema_version(conn):  # older: upgrade it, then read
                conn.close()
                _upgrade(self.path)
                conn = self._read_only_connection()
            return conn
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        _to_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        apply_migrations(conn)
        return conn

    def _read_only_connection(self) -> sqlite3.Connection:
        uri = "file:" + quote(str(self.path.resolve())) + "?mode=ro"
        if not os.access(self.path.parent, os.W_OK) and not _wal_files_exist(self.path):
            # A WAL database in a folder we may not write: no reader can create the -shm
            # file, and no writer can be at work here, so the file is read as it is.
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: all of it or none of it."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if _in_transaction(self.conn):  # SQLite ends it itself on a full disk
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            raise _write_error(self.path, exc) from exc

    # -- writing ---------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write(self, processed: ProcessedArticle, actors: ActorDictionary | None = None) -> bool:
        """Store one article with its extractions; False if it was already stored. A disk
        or file that refuses the write is a ``StoreError`` (the article is not stored)."""
        if self.readonly:
            raise StoreError(f"{self.label}: opened read-only, cannot store an article")
        try:
            return self._write(processed, actors)
        except sqlite3.OperationalError as exc:
            raise _write_error(self.label, exc) from exc

    def _write(self, processed: ProcessedArticle, actors: ActorDictionary | None) -> bool:
        article = processed.article
        conn = self.conn
        fts = dialect(conn) == "sqlite"  # PostgreSQL indexes a generated column instead
        conn.execute("BEGIN IMMEDIATE")
        try:
            # The id is the content hash: a second writer of the same article (another
            # process, at the same moment) inserts nothing and learns it from the count.
            stored = conn.execute(
                "INSERT INTO documents (id, title, published, source, dateline, url, summary, text,"
                " origin, format, ingested_at, reference_date, publisher)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT DO NOTHING",
                (
                    article.id,
                    article.title,
                    article.published,
                    article.source,
                    article.dateline,
                    article.url,
                    article.summary,
                    article.text,
                    article.origin,
                    article.format,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    article.reference,
                    article.publisher,
                ),
            ).rowcount
            if not stored:
                conn.execute("ROLLBACK")
                return False
            if actors is not None:
                self._upsert_actors(actors, {m.actor for m in processed.mentions if m.actor})
            # Row by row in one statement each (executemany): PostgreSQL pipelines them
            # instead of waiting for every row's round trip.
            sentence_rows = [
                (f"{article.id}:{s.index}", article.id, s.index, s.start, s.end, s.text,
                 str(processed.sentence_extractor))
                for s in processed.sentences
            ]  # fmt: skip
            conn.executemany(
                'INSERT INTO sentences (id, doc_id, idx, start, "end", text, extractor)'
                " VALUES (?,?,?,?,?,?,?)",
                sentence_rows,
            )
            if fts:
                conn.executemany(
                    "INSERT INTO sentence_fts (text, sentence_id) VALUES (?, ?)",
                    [(row[5], row[0]) for row in sentence_rows],
                )
            conn.executemany(
                'INSERT INTO mentions (id, doc_id, sentence_id, start, "end", text,'
                " label, actor_id, extractor, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT DO NOTHING",
                [
                    (_mention_id(article.id, m), article.id, f"{article.id}:{m.sentence_index}",
                     m.start, m.end, m.text, m.label, m.actor, m.extractor.name,
                     m.extractor.version)
                    for m in processed.mentions
                ],
            )  # fmt: skip
            extractions.write_items(
                conn, extractions.QUANTITIES, article.id, processed.quantities, _located
            )
            extractions.write_items(conn, extractions.TIMES, article.id, processed.times, _located)
            extractions.write_items(
                conn, extractions.ATTRIBUTIONS, article.id, processed.attributions, _located
            )
            extractions.write_items(
                conn, extractions.CLAIMS, article.id, processed.claims, _located
            )
            extractions.write_items(
                conn, extractions.PLACES, article.id, processed.places, _located
            )
            extractions.write_items(
                conn, extractions.EVENTS, article.id, processed.events, _located
            )
            # Queued in the same transaction: reconciliation reads only what is new.
            conn.execute("INSERT INTO pending_documents (doc_id) VALUES (?)", (article.id,))
            conn.execute("COMMIT")
        except BaseException:
            if _in_transaction(conn):  # SQLite ends it itself on a full disk
                conn.execute("ROLLBACK")
            raise
        return True

    def _upsert_actors(self, actors: ActorDictionary, ids: set[str]) -> None:
        """Store the dictionary entries of the actors an article names, those not yet
        stored as they are only, in id order: concurrent writers then take row locks in
        one order (no deadlock) and, once the actors are stored, take none at all."""
        wanted = {a.id: a for a in map(actors.get, sorted(ids)) if a is not None}
        if not wanted:
            return
        stored = {
            row[0]: tuple(row[1:])
            for row in self.conn.execute(
                "SELECT id, name, type, wikidata, acled_inter, member_of FROM actors"
                f" WHERE id IN ({','.join('?' * len(wanted))})",
                list(wanted),
            )
        }
        for actor in wanted.values():
            row = (actor.name, actor.type, actor.wikidata or None, actor.acled_inter,
                   actor.member_of)  # fmt: skip
            if stored.get(actor.id) != row:
                self._upsert_actor(actor.id, row)

    def _upsert_actor(self, actor_id: str, row: tuple[Any, ...]) -> None:
        self.conn.execute(
            "INSERT INTO actors (id, name, type, wikidata, acled_inter, member_of)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name,"
            " type=excluded.type, wikidata=excluded.wikidata, acled_inter=excluded.acled_inter,"
            " member_of=excluded.member_of",
            (actor_id, *row),
        )

    # -- reading (thin wrappers over the query modules) ----------------------

    def documents(self, limit: int | None = None) -> list[DocumentSummary]:
        return queries.list_documents(self.conn, limit)

    def document(self, doc_id: str) -> StoredDocument:
        return queries.get_document(self.conn, doc_id)

    def iter_documents(self) -> Iterator[StoredDocument]:
        return queries.iter_documents(self.conn)

    def search(
        self,
        text: str,
        limit: int = 20,
        raw: bool = False,
        offset: int = 0,
        alternatives: Sequence[str] = (),
    ) -> list[SearchHit]:
        return search.search_sentences(self.conn, text, limit, raw, offset, alternatives)

    def count_search(
        self, text: str, raw: bool = False, alternatives: Sequence[str] = ()
    ) -> int:
        return search.count_search(self.conn, text, raw, alternatives)

    def document_page(self, where: DocumentFilter) -> DocumentPage:
        return listing.document_page(self.conn, where)

    def places(
        self, role: str | None = "location", country: str | None = None, name: str | None = None
    ) -> list[PlaceSummary]:
        return queries.list_places(self.conn, role, country, name)

    def place_point(self, name: str) -> tuple[float, float]:
        """A stored place's coordinates by name (``PlaceNotFound`` if none)."""
        return queries.place_point(self.conn, name)

    def publisher_home(self, publisher: str) -> tuple[str, str] | None:
        """The home division (country, admin1) the stored stories of ``publisher`` vote
        for (``lookups.publisher_home``), or None."""
        return lookups.publisher_home(self.conn, publisher)

    def events(self, where: EventFilter | None = None) -> list[EventHit]:
        return queries.list_events(self.conn, where or EventFilter())

    def count_events(self, where: EventFilter) -> int:
        return queries.count_events(self.conn, where)

    def event(self, event_id: str) -> dict[str, Any]:
        """A merged event and its reports (``EventNotFound`` if none)."""
        return lookups.event_detail(self.conn, event_id)

    def merged_ids(self, event_ids: list[str]) -> dict[str, tuple[str, int]]:
        return lookups.merged_ids(self.conn, event_ids)

    def merged_events(self, where: MergedEventFilter) -> MergedEventPage:
        return load_merged_events(self.conn, where)

    def merged_event_facets(self, where: MergedEventFilter, top: int = 12) -> EventFacets:
        return event_facets(self.conn, where, top)

    def merged_event_histogram(
        self, where: MergedEventFilter, bucket: str = "month"
    ) -> list[TimeBucket]:
        return event_histogram(self.conn, where, bucket)

    def claims(
        self,
        subject: str | None = None,
        measure: str | None = None,
        since: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        min_confidence: float = 0.0,
    ) -> list[ClaimHit]:
        return queries.list_claims(self.conn, subject, measure, since, limit, offset,
                                   min_confidence)  # fmt: skip

    def count_claims(
        self, subject: str | None = None, measure: str | None = None, since: str | None = None,
        min_confidence: float = 0.0,
    ) -> int:
        return queries.count_claims(self.conn, subject, measure, since, min_confidence)

    def series_points(
        self,
        subject: str | None = None,
        measure: str | None = None,
        scope: str | None = None,
        series_id: str | None = None,
    ) -> list[StoredSeries]:
        return read_series(self.conn, subject, measure, scope, series_id)

    def timeline(self, where: TimelineFilter) -> list[TimelineEntry]:
        return load_timeline(self.conn, where)

    def count_timeline(self, where: TimelineFilter) -> int:
        return count_timeline(self.conn, where)

    def actor_mentions(self) -> dict[str, int]:
        return lookups.actor_mention_counts(self.conn)

    def count(self, table: str) -> int:
        return lookups.table_count(self.conn, table)

    def count_undated_events(self) -> int:
        return lookups.undated_events(self.conn)

    def busiest_ids(self) -> tuple[str | None, str | None, str | None]:
        return lookups.busiest_ids(self.conn)


def _mention_id(doc_id: str, m: Mention) -> str:
    """Content hash of a mention: re-ingest never duplicates it."""
    key = f"{doc_id}|{m.start}|{m.end}|{m.label}|{m.extractor.name}"
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _located(
    item: Quantity | TimeExpression | Attribution | Claim | PlaceMention | Event,
) -> tuple[int, int, int, Extractor]:
    return item.start, item.end, item.sentence_index, item.extractor


def _upgrade(path: Path) -> None:
    """A read-only handle on a database an older Frontlines wrote: migrate it first with a
    short-lived writer, so reads see today's columns; a file we may not write says so."""
    try:
        Database(path).close()
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"{path}: written by an older Frontlines and not writable here, so it cannot "
            f"be upgraded ({exc}); open it once with write access"
        ) from exc


#: Server stores by URL scheme, imported on first use: a SQLite user never loads psycopg.
SERVER_BACKENDS = {
    "postgresql": "frontlines.store.pgdb:PgDatabase",
    "postgres": "frontlines.store.pgdb:PgDatabase",
}


def _in_transaction(conn: Connection) -> bool:
    """Whether a ROLLBACK is still due: SQLite ends a transaction itself on some errors
    (a full disk); the PostgreSQL adapter always has one open until it is ended."""
    return conn.in_transaction if isinstance(conn, sqlite3.Connection) else True


def _wal_files_exist(path: Path) -> bool:
    return Path(f"{path}-shm").exists()


def _check_writable(path: Path) -> None:
    """A writer needs the file and its folder (SQLite's journal lives beside it)."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the database is read-only for this user, so nothing "
                         "can be stored in it (check its permissions)")  # fmt: skip
    if not os.access(path.parent, os.W_OK | os.X_OK):
        what = "the database's journal" if path.exists() else "a new database"
        raise StoreError(f"{path}: the folder {path.parent} is not writable, and "
                         f"{what} must be written there")  # fmt: skip


def _write_error(path: Path | str, exc: sqlite3.Error) -> StoreError:
    """One line for a write the disk or the file refused; every earlier article is kept."""
    text = str(exc)
    if "full" in text:
        reason = "the disk is full (or the database reached its size limit)"
    elif "readonly" in text:
        reason = "the database became read-only"
    else:
        reason = f"cannot write: {text}"
    return StoreError(f"{path}: {reason}; the articles stored before this one are kept, "
                      "run ingest again once it is fixed")  # fmt: skip


def open_db(
    url: str | Path = "frontlines.db", *, readonly: bool = False, create: bool = True
) -> Database:
    """Open a Frontlines database: a file path, ``sqlite:///path`` or a PostgreSQL URL
    (``postgresql://user@host/dbname``, ``frontlines.store.pgdb``). Writable handles
    create (unless ``create`` is false: a typo'd name is an error, not a new empty
    database) or upgrade it as needed; ``readonly`` ones never write and need it to
    exist. Problems are ``StoreError``s that say what is wrong."""
    text = str(url)
    scheme = text.split("://", 1)[0] if "://" in text else ""
    if scheme in SERVER_BACKENDS:
        module, name = SERVER_BACKENDS[scheme].split(":")
        handle: type[Database] = getattr(importlib.import_module(module), name)
        return handle(text, readonly=readonly, create=create)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif scheme:
        raise ValueError(
            f"no store for {scheme}:// URLs (supported: a file path, sqlite:///,"
            " postgresql://)"
        )
    return Database(text, readonly=readonly, create=create)
