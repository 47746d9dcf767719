"""Pages of stored articles and of search hits, with their totals, filtered in SQL.

The home page and ``/api/documents`` list articles a page at a time (newest or
oldest first, by outlet, by publication dates, by words a sentence holds); search
pages its hits and says how many there are. A page costs its rows plus one
count, whatever the size of the database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from frontlines.errors import UsageError
from frontlines.store.queries import fts_query
from frontlines.store.records import DocumentSummary

__all__ = ["DOCUMENT_SORTS", "DocumentFilter", "DocumentPage", "count_search", "document_page"]

DOCUMENT_SORTS = {
    "newest": "d.published IS NULL, d.published DESC, d.id",
    "oldest": "d.published IS NULL, d.published, d.id",
    "title": "d.title IS NULL, d.title COLLATE NOCASE, d.id",
}


@dataclass(frozen=True)
class DocumentFilter:
    """Every field narrows: ``q`` (words one sentence must all hold), ``source`` (the
    outlet), ``since``/``until`` (ISO prefixes of the publication date)."""

    q: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "newest"
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class DocumentPage:
    total: int
    items: tuple[DocumentSummary, ...]
    sources: tuple[tuple[str, int], ...]  # every outlet of the filtered articles, with counts


def document_page(conn: sqlite3.Connection, where: DocumentFilter) -> DocumentPage:
    if where.sort not in DOCUMENT_SORTS:
        known = ", ".join(DOCUMENT_SORTS)
        raise UsageError(f"sort must be one of {known}, not {where.sort!r}")
    clauses: list[str] = []
    params: list[Any] = []
    if where.q:
        clauses.append(
            "d.id IN (SELECT s.doc_id FROM sentence_fts JOIN sentences s"
            " ON s.id = sentence_fts.sentence_id WHERE sentence_fts MATCH ?)"
        )
        params.append(fts_query(where.q))
    if where.source:
        clauses.append("d.source = ?")
        params.append(where.source)
    if where.since:
        clauses.append("d.published >= ?")
        params.append(where.since)
    if where.until:
        clauses.append("substr(d.published, 1, length(?)) <= ?")
        params += [where.until, where.until]
    sql_where = " WHERE " + " AND ".join(clauses) if clauses else ""
    total = int(conn.execute("SELECT count(*) FROM documents d" + sql_where, params).fetchone()[0])
    rows = conn.execute(
        "SELECT d.id, d.title, d.published, d.source, d.dateline,"
        " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),"
        " (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id)"
        f" FROM documents d{sql_where} ORDER BY {DOCUMENT_SORTS[where.sort]} LIMIT ? OFFSET ?",
        [*params, where.limit, where.offset],
    ).fetchall()
    sources = conn.execute(
        f"SELECT d.source, count(*) FROM documents d{sql_where}"
        + (" AND" if clauses else " WHERE") + " d.source IS NOT NULL"
        " GROUP BY d.source ORDER BY 2 DESC, 1 LIMIT 50",
        params,
    ).fetchall()
    return DocumentPage(total, tuple(DocumentSummary(*r) for r in rows),
                        tuple((str(s), int(n)) for s, n in sources))  # fmt: skip


def count_search(conn: sqlite3.Connection, text: str, raw: bool = False) -> int:
    """How many sentences hold every word of ``text`` (what search pages through);
    ``raw``: ``text`` is already an FTS5 query (as ``search(raw=True)`` takes)."""
    try:
        return int(conn.execute("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
                                (text if raw else fts_query(text),)).fetchone()[0])  # fmt: skip
    except sqlite3.OperationalError as exc:
        raise ValueError(f"bad search query {text!r}: {exc}") from exc
