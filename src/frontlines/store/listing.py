"""Pages of stored articles and of search hits, with their totals, filtered in SQL.

The home page and ``/api/documents`` list articles a page at a time (newest or
oldest first, by outlet, by publication dates, by words a sentence holds; the
words through ``frontlines.store.search``, FTS5 or PostgreSQL's tsvector). A page
costs its rows plus one count, whatever the size of the database, on either store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.errors import UsageError
from frontlines.store.queries import DOCUMENT_SUMMARY
from frontlines.store.records import DocumentSummary
from frontlines.store.search import documents_matching
from frontlines.store.sql import Connection

__all__ = ["DOCUMENT_SORTS", "DocumentFilter", "DocumentPage", "document_page"]

DOCUMENT_SORTS = {
    "newest": "d.published IS NULL, d.published DESC, d.id",
    "oldest": "d.published IS NULL, d.published, d.id",
    "title": "d.title IS NULL, lower(d.title), d.id",  # lower(): SQLite's and PostgreSQL's
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


def document_page(conn: Connection, where: DocumentFilter) -> DocumentPage:
    if where.sort not in DOCUMENT_SORTS:
        known = ", ".join(DOCUMENT_SORTS)
        raise UsageError(f"sort must be one of {known}, not {where.sort!r}")
    clauses: list[str] = []
    params: list[Any] = []
    if where.q:
        condition, values = documents_matching(conn, where.q)
        clauses.append(condition)
        params += values
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
        DOCUMENT_SUMMARY
        + f" FROM documents d{sql_where} ORDER BY {DOCUMENT_SORTS[where.sort]} LIMIT ? OFFSET ?",
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
