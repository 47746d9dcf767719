"""The SQLite store: one writer connection, WAL, one transaction per article.

Writing an article is all-or-nothing: its document row, sentences, full-text
entries and mentions go in one transaction, so a crash mid-batch leaves every
stored article whole and the rest of the batch can simply be ingested again.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from frontlines.model import (
    Attribution,
    Claim,
    Event,
    Extractor,
    PlaceMention,
    ProcessedArticle,
    Quantity,
    TimeExpression,
)
from frontlines.store import extractions, queries
from frontlines.store.migrations import apply_migrations
from frontlines.store.records import (
    ClaimHit,
    DocumentSummary,
    EventFilter,
    EventHit,
    PlaceSummary,
    SearchHit,
    StoredDocument,
)
from frontlines.vocab.actors import ActorDictionary


class Database:
    """A Frontlines database file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = "frontlines.db") -> None:
        self.path = Path(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA busy_timeout = 5000")
        apply_migrations(self.conn)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # -- writing ---------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write(self, processed: ProcessedArticle, actors: ActorDictionary | None = None) -> bool:
        """Store one article with its extractions; False if it was already stored."""
        article = processed.article
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has_document(article.id):
                conn.execute("ROLLBACK")
                return False
            conn.execute(
                "INSERT INTO documents (id, title, published, source, dateline, url, summary, text,"
                " origin, format, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
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
                ),
            )
            for s in processed.sentences:
                sid = f"{article.id}:{s.index}"
                conn.execute(
                    'INSERT INTO sentences (id, doc_id, idx, start, "end", text, extractor)'
                    " VALUES (?,?,?,?,?,?,?)",
                    (
                        sid,
                        article.id,
                        s.index,
                        s.start,
                        s.end,
                        s.text,
                        str(processed.sentence_extractor),
                    ),
                )
                conn.execute(
                    "INSERT INTO sentence_fts (text, sentence_id) VALUES (?, ?)", (s.text, sid)
                )
            for m in processed.mentions:
                if m.actor and actors is not None:
                    self._upsert_actor(actors, m.actor)
                mid = hashlib.sha256(
                    f"{article.id}|{m.start}|{m.end}|{m.label}|{m.extractor.name}".encode()
                ).hexdigest()[:20]
                conn.execute(
                    'INSERT OR IGNORE INTO mentions (id, doc_id, sentence_id, start, "end", text,'
                    " label, actor_id, extractor, extractor_version) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        mid,
                        article.id,
                        f"{article.id}:{m.sentence_index}",
                        m.start,
                        m.end,
                        m.text,
                        m.label,
                        m.actor,
                        m.extractor.name,
                        m.extractor.version,
                    ),
                )
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
            conn.execute("ROLLBACK")
            raise
        return True

    def _upsert_actor(self, actors: ActorDictionary, actor_id: str) -> None:
        actor = actors.get(actor_id)
        if actor is None:
            return
        self.conn.execute(
            "INSERT INTO actors (id, name, type, wikidata, acled_inter, member_of)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name,"
            " type=excluded.type, wikidata=excluded.wikidata, acled_inter=excluded.acled_inter,"
            " member_of=excluded.member_of",
            (
                actor.id,
                actor.name,
                actor.type,
                actor.wikidata or None,
                actor.acled_inter,
                actor.member_of,
            ),
        )

    # -- reading (thin wrappers over store.queries) ------------------------

    def documents(self, limit: int | None = None) -> list[DocumentSummary]:
        return queries.list_documents(self.conn, limit)

    def document(self, doc_id: str) -> StoredDocument:
        return queries.get_document(self.conn, doc_id)

    def iter_documents(self) -> Iterator[StoredDocument]:
        return queries.iter_documents(self.conn)

    def search(self, text: str, limit: int = 20, raw: bool = False) -> list[SearchHit]:
        return queries.search_sentences(self.conn, text, limit, raw)

    def places(
        self, role: str | None = "location", country: str | None = None, name: str | None = None
    ) -> list[PlaceSummary]:
        return queries.list_places(self.conn, role, country, name)

    def events(self, where: EventFilter | None = None) -> list[EventHit]:
        return queries.list_events(self.conn, where or EventFilter())

    def claims(
        self, subject: str | None = None, measure: str | None = None, since: str | None = None
    ) -> list[ClaimHit]:
        return queries.list_claims(self.conn, subject, measure, since)

    def count(self, table: str) -> int:
        if table not in {"documents", "sentences", "mentions", "actors", "quantities", "times",
                         "attributions", "claims", "places", "events"}:  # fmt: skip
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _located(
    item: Quantity | TimeExpression | Attribution | Claim | PlaceMention | Event,
) -> tuple[int, int, int, Extractor]:
    return item.start, item.end, item.sentence_index, item.extractor


def open_db(path: str | Path = "frontlines.db") -> Database:
    """Open (creating or upgrading as needed) a Frontlines database."""
    return Database(path)
