"""Numbered schema migrations, registered as functions and applied in order.

A database records which versions it has; opening it applies the missing
ones, each in its own transaction. Never edit a released migration: add the
next number.

One list serves both backends: a migration's DDL is written in SQLite's types and
``run_statements`` gives PostgreSQL its own (``sql.postgres_ddl``: REAL is double
precision, INTEGER bigint, TEXT compares byte-wise as SQLite does); the one thing
spelled differently, the full-text index, asks ``dialect(conn)``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from frontlines.errors import StoreError
from frontlines.model.text import publisher_key
from frontlines.store.sql import Connection, dialect, postgres_ddl

__all__ = [
    "applied_versions",
    "check_schema_version",
    "MIGRATIONS",
    "Migration",
    "apply_migrations",
    "migration",
    "run_statements",
]

Migration = Callable[[Connection], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        if version in MIGRATIONS:
            raise ValueError(f"migration {version} registered twice")
        MIGRATIONS[version] = (name, fn)
        return fn

    return register


@migration(1, "documents, sentences, full-text index, mentions, actors")
def _initial(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            title TEXT, published TEXT, source TEXT, dateline TEXT, url TEXT, summary TEXT,
            text TEXT NOT NULL,
            origin TEXT, format TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_published ON documents(published);
        CREATE TABLE sentences (
            id TEXT PRIMARY KEY,             -- "<doc id>:<index>"
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            extractor TEXT NOT NULL,
            UNIQUE (doc_id, idx)
        );
        CREATE TABLE actors (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
            wikidata TEXT, acled_inter INTEGER, member_of TEXT
        );
        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,             -- content hash: re-ingest never duplicates
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, label TEXT NOT NULL,
            actor_id TEXT REFERENCES actors(id),
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX mentions_doc ON mentions(doc_id, start);
        CREATE INDEX mentions_actor ON mentions(actor_id);
    """,
    )
    if dialect(conn) == "sqlite":
        conn.execute(
            "CREATE VIRTUAL TABLE sentence_fts USING fts5(text, sentence_id UNINDEXED,"
            " tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:  # a stemmed word vector the database keeps up to date, and its inverted index
        conn.execute(
            "ALTER TABLE sentences ADD COLUMN search tsvector"
            " GENERATED ALWAYS AS (to_tsvector('english', text)) STORED"
        )
        conn.execute("CREATE INDEX sentences_search ON sentences USING GIN (search)")


def run_statements(conn: Connection, script: str) -> None:
    """Run a multi-statement script inside the caller's transaction.

    ``executescript`` would commit first, breaking the one-transaction-per-
    migration guarantee, so statements are split and executed one by one.
    """
    postgres = dialect(conn) == "postgresql"
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(postgres_ddl(pending) if postgres else pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")


def apply_migrations(conn: Connection) -> list[int]:
    """Apply every registered migration the database lacks; return those applied.

    Each migration runs under the write lock and re-reads what is applied once it holds
    it, so two processes opening a new database at once never both run one (the second
    finds it done). A database whose schema is newer than this code is refused: writing
    to it with an older layout would lose data silently.
    """
    _begin_locked(conn)
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    check_schema_version(conn)
    applied = []
    for version in sorted(MIGRATIONS):
        name, fn = MIGRATIONS[version]
        _begin_locked(conn)
        try:
            done = conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (version,)
            ).fetchone()
            if done is None:
                fn(conn)
                conn.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                    (version, name, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                applied.append(version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return applied


def _begin_locked(conn: Connection) -> None:
    """Begin a transaction that holds the write lock: SQLite's database lock, or on
    PostgreSQL an advisory lock, so two processes never run one migration twice."""
    if dialect(conn) == "sqlite":
        conn.execute("BEGIN IMMEDIATE")
        return
    conn.execute("BEGIN")
    conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))


#: PostgreSQL advisory lock key of migrations (any fixed number, the same everywhere).
MIGRATION_LOCK = 0x46524F4E544C02


def applied_versions(conn: Connection) -> set[int] | None:
    """The migrations a database has (None: no migration table, so not a Frontlines
    database yet). One query."""
    try:
        return {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}
    except Exception as exc:  # each driver names a missing table its own way
        if isinstance(exc, sqlite3.OperationalError) or getattr(exc, "sqlstate", "") == "42P01":
            return None
        raise


def check_schema_version(conn: Connection) -> bool:
    """Whether the database has every migration this code knows; a database migrated by a
    newer Frontlines is refused (StoreError names both versions). One query."""
    applied = applied_versions(conn)
    if applied is None:
        return False  # no migration table: a new database (or not ours yet)
    known = max(MIGRATIONS)
    newest = max(applied, default=0)
    if newest > known:
        raise StoreError(
            f"this database has schema version {newest}, newer than this Frontlines "
            f"knows ({known}); upgrade frontlines to use it"
        )
    return set(MIGRATIONS) <= applied


@migration(2, "quantities")
def _quantities(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE quantities (
            id TEXT PRIMARY KEY,             -- content hash: re-ingest never duplicates
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value REAL, lower REAL, upper REAL,
            unit TEXT NOT NULL, unit_name TEXT NOT NULL, change TEXT NOT NULL,
            concept_start INTEGER, concept_end INTEGER, concept_text TEXT,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX quantities_doc ON quantities(doc_id, start);
    """,
    )


@migration(3, "time expressions")
def _times(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE times (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            type TEXT NOT NULL, value TEXT NOT NULL, precision TEXT NOT NULL,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX times_doc ON times(doc_id, start);
        CREATE INDEX times_value ON times(value);
    """,
    )


@migration(4, "attributions and claims")
def _attributions_claims(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE attributions (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            source_start INTEGER, source_end INTEGER, source_text TEXT,
            cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue_text TEXT NOT NULL,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
            content_text TEXT NOT NULL,
            kind TEXT NOT NULL, actor_id TEXT,
            antecedent_start INTEGER, antecedent_end INTEGER, antecedent_text TEXT,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX attributions_doc ON attributions(doc_id, cue_start);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            measure TEXT NOT NULL, subject TEXT,
            value REAL, lower REAL, upper REAL, unit TEXT NOT NULL, change TEXT NOT NULL,
            as_of TEXT, as_of_relation TEXT NOT NULL, reported TEXT,
            source_text TEXT, source_kind TEXT, source_actor TEXT,
            source_start INTEGER, source_end INTEGER,
            place TEXT, concept TEXT,
            equivalent_measure TEXT, equivalent_value REAL,
            equivalent_lower REAL, equivalent_upper REAL,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX claims_doc ON claims(doc_id, start);
        CREATE INDEX claims_measure ON claims(measure, as_of);
        CREATE INDEX claims_subject ON claims(subject, measure);
    """,
    )


@migration(5, "places: toponyms resolved to gazetteer places")
def _places(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE places (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            role TEXT NOT NULL, geonames_id INTEGER, name TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, feature_code TEXT,
            acled_precision INTEGER, ucdp_precision INTEGER,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX places_doc ON places(doc_id, start);
        CREATE INDEX places_where ON places(name, country, role);
    """,
    )


@migration(6, "events: coded events with actors, place and date")
def _events(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sentence_id TEXT NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            type TEXT NOT NULL, acled_event TEXT NOT NULL, acled_sub_event TEXT NOT NULL,
            case_label TEXT NOT NULL, plover TEXT NOT NULL, plover_mode TEXT NOT NULL,
            actor1_text TEXT, actor1_id TEXT, actor1_start INTEGER, actor1_end INTEGER,
            actor2_text TEXT, actor2_id TEXT, actor2_start INTEGER, actor2_end INTEGER,
            place_start INTEGER, place_end INTEGER, place_text TEXT, geonames_id INTEGER,
            place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, feature_code TEXT,
            geo_precision INTEGER, place_extractor TEXT,
            date TEXT, date_precision INTEGER, date_source TEXT NOT NULL,
            fatalities INTEGER, cues TEXT NOT NULL,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL
        );
        CREATE INDEX events_doc ON events(doc_id, start);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE INDEX events_actor1 ON events(actor1_id);
        CREATE INDEX events_actor2 ON events(actor2_id);
    """,
    )


@migration(7, "reconciliation: series, claims with their reports, events with their reports")
def _reconcile(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE series (
            id TEXT PRIMARY KEY, subject TEXT NOT NULL, measure TEXT NOT NULL,
            scope TEXT NOT NULL, unit TEXT NOT NULL
        );
        CREATE INDEX series_what ON series(subject, measure);
        CREATE TABLE claim_groups (
            id TEXT PRIMARY KEY,             -- the first report's claim id
            series_id TEXT NOT NULL REFERENCES series(id),
            value REAL, lower REAL, upper REAL, approx INTEGER NOT NULL, unit TEXT NOT NULL,
            as_of TEXT NOT NULL, day_first TEXT NOT NULL, day_last TEXT NOT NULL,
            since TEXT, source_key TEXT NOT NULL, source_text TEXT, source_kind TEXT,
            first_published TEXT, reports INTEGER NOT NULL
        );
        CREATE INDEX claim_groups_series ON claim_groups(series_id, day_first);
        CREATE TABLE claim_reports (
            claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            group_id TEXT REFERENCES claim_groups(id),  -- NULL: looked at, not a series point
            doc_id TEXT NOT NULL, published TEXT
        );
        CREATE INDEX claim_reports_group ON claim_reports(group_id);
        CREATE TABLE event_groups (
            id TEXT PRIMARY KEY,             -- the first report's event id
            type TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
            place_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, feature_code TEXT,
            geo_precision INTEGER, date TEXT, day_first TEXT NOT NULL, day_last TEXT NOT NULL,
            fatalities_low INTEGER, fatalities_high INTEGER,
            first_published TEXT, reports INTEGER NOT NULL
        );
        CREATE INDEX event_groups_when ON event_groups(type, day_first);
        CREATE TABLE event_reports (
            event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
            group_id TEXT REFERENCES event_groups(id),  -- NULL: looked at, cannot be placed
            doc_id TEXT NOT NULL, published TEXT
        );
        CREATE INDEX event_reports_group ON event_reports(group_id);
    """,
    )


@migration(8, "pending_documents: stored articles that reconciliation has not yet read")
def _pending(conn: Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE pending_documents (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
        );
        INSERT INTO pending_documents (doc_id) SELECT id FROM documents;
    """,
    )


@migration(9, "events: confidence, background flag, evidence sentences; merged confidence")
def _event_confidence(conn: Connection) -> None:
    run_statements(
        conn,
        """
        ALTER TABLE events ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
        ALTER TABLE event_groups ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        ALTER TABLE event_groups ADD COLUMN background INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX event_groups_confidence ON event_groups(confidence);
    """,
    )


@migration(10, "claims.subject_text: whose number it is as the text says it")
def _claim_subject_text(conn: Connection) -> None:
    run_statements(conn, "ALTER TABLE claims ADD COLUMN subject_text TEXT;")


@migration(11, "claims.confidence: how likely a coder would code the claim")
def _claim_confidence(conn: Connection) -> None:
    run_statements(
        conn,
        """
        ALTER TABLE claims ADD COLUMN confidence REAL NOT NULL DEFAULT 1.0;
        CREATE INDEX claims_confidence ON claims(confidence);
    """,
    )


@migration(12, "places.confidence: how sure the resolver is of the reading")
def _place_confidence(conn: Connection) -> None:
    run_statements(conn, "ALTER TABLE places ADD COLUMN confidence REAL;")


@migration(13, "documents.reference_date: the collection's date an undated document took")
def _document_reference_date(conn: Connection) -> None:
    """The reference date (``frontlines.vocab.collection_date``) a document with no date
    of its own was read against, so a reader sees which date dated its events."""
    run_statements(conn, "ALTER TABLE documents ADD COLUMN reference_date TEXT;")


@migration(14, "documents.publisher, places.reason: a publisher's home area and its trace")
def _publisher_home(conn: Connection) -> None:
    """Each document's publisher (``Article.publisher``: its URL's host, else its source
    credit), so the places of one publisher's stories can be read together for its home
    area; and each place's ``reason``, which says when that home decided its reading.
    Documents stored before get their publisher from the two fields it is read from."""
    run_statements(
        conn,
        """
        ALTER TABLE documents ADD COLUMN publisher TEXT;
        CREATE INDEX documents_publisher ON documents(publisher);
        ALTER TABLE places ADD COLUMN reason TEXT;
    """,
    )
    _rekey(conn, _key_v14, "")


REKEY_BATCH = 5000  # documents keyed again at a time: flat memory on a store of millions


def _rekey(conn: Connection, key_of: Callable[[str | None, str | None], str | None],
           where: str) -> None:
    """Set each document's publisher to ``key_of(source, url)`` where it differs, by pages
    of ``REKEY_BATCH`` ids (inside the migration's transaction)."""
    last = ""
    while rows := conn.execute(
        f"SELECT id, source, url, publisher FROM documents WHERE id > ? {where}"
        " ORDER BY id LIMIT ?", (last, REKEY_BATCH)).fetchall():  # fmt: skip
        changed = [(key, r[0]) for r in rows if (key := key_of(r[1], r[2])) != r[3]]
        if changed:
            conn.executemany("UPDATE documents SET publisher = ? WHERE id = ?", changed)
        last = rows[-1][0]


def _key_v14(source: str | None, url: str | None) -> str | None:
    """``Article.publisher`` as migration 14 read it, frozen: a migration must mean the
    same on every store whatever the live key becomes (17 keys them again with today's)."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        host = None
    credit = " ".join((source or "").split()).casefold()
    return host.removeprefix("www.") if host else (credit or None)


@migration(15, "events.place_reason: why an event's place was read as it was")
def _event_place_reason(conn: Connection) -> None:
    """The ``reason`` of an event's place (a publisher's home moved it), kept as the
    document's places keep theirs: events are what users read, so the trace must reach
    them, their JSON and their exports too. Events stored before have none: no home then."""
    run_statements(conn, "ALTER TABLE events ADD COLUMN place_reason TEXT;")


@migration(16, "documents_publisher: by publisher, newest first, as the home vote reads")
def _publisher_newest(conn: Connection) -> None:
    """The home vote reads a publisher's newest stories (``lookups``: ORDER BY ingested_at
    DESC, id): indexed by publisher alone, a wire service's were all sorted every run."""
    run_statements(
        conn,
        """
        DROP INDEX documents_publisher;
        CREATE INDEX documents_publisher ON documents(publisher, ingested_at DESC, id);
    """,
    )


@migration(17, "documents.publisher keyed again: hosts of scheme-less and dotted addresses")
def _publisher_rekey(conn: Connection) -> None:
    """The key now reads the host of an address with no scheme ("paper.example/x" fell
    back to the credit, pooling every paper's AP copy), drops a final dot and writes an
    international host in punycode. A later change of the key needs one like this."""
    _rekey(conn, publisher_key, "AND url IS NOT NULL")
