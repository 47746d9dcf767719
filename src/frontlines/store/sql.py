"""The dialect seam: one body of SQL for SQLite and PostgreSQL.

The query modules write SQL once, in a portable subset with SQLite's spelling
(``?`` placeholders, ``group_concat``, two-argument ``min``/``max``, ``LIKE``
case-blind, ``CROSS JOIN ... ON``); a PostgreSQL connection rewrites those few
spellings on the way out (``frontlines.store.pg.translate``). What cannot be
spelled portably (full-text search, DDL types, locks) asks ``dialect(conn)``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol, TypeAlias
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "Connection",
    "Cursor",
    "Row",
    "dialect",
    "limit_sql",
    "named_rows",
    "postgres_ddl",
    "safe_url",
    "ServerConnection",
]


class Cursor(Protocol):
    """What a query returns on either backend (the DB-API cursor's common part)."""

    @property
    def description(self) -> Any: ...
    @property
    def rowcount(self) -> int: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Row(Protocol):
    """A result row readable by position and by column name (``sqlite3.Row``'s API)."""

    def __getitem__(self, key: int | str, /) -> Any: ...
    def keys(self) -> list[str]: ...
    def __iter__(self) -> Iterator[Any]: ...
    def __len__(self) -> int: ...


class ServerConnection(Protocol):
    """A server database's connection as the query modules use it
    (``frontlines.store.pg.PgConnection``)."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Cursor: ...
    def named_rows(self, sql: str, params: Sequence[Any] = ..., /) -> list[Row]: ...
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]], /) -> Any: ...
    def close(self) -> None: ...


#: What every query function takes: SQLite's own connection or the PostgreSQL adapter.
Connection: TypeAlias = sqlite3.Connection | ServerConnection


def dialect(conn: Connection) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    return "sqlite" if isinstance(conn, sqlite3.Connection) else "postgresql"


def named_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Every row of a query, each readable by column name (first column of a name wins)."""
    if isinstance(conn, sqlite3.Connection):
        cursor = conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, params).fetchall()
    return conn.named_rows(sql, params)


_NO_LIMIT = 2**63 - 1  # the largest LIMIT both engines accept: "every row"


def limit_sql(limit: int | None, offset: int, params: list[Any]) -> str:
    """`` LIMIT ? OFFSET ?`` for a page, nothing for "all" (SQLite's ``LIMIT -1`` is not
    PostgreSQL's, and neither takes ``LIMIT NULL`` the same way); adds the values."""
    if limit is None and not offset:
        return ""
    if limit is None:
        params.append(offset)
        return f" LIMIT {_NO_LIMIT} OFFSET ?"
    params += [limit, offset]
    return " LIMIT ? OFFSET ?"


_DDL_TYPES = {"REAL": "DOUBLE PRECISION", "INTEGER": "BIGINT", "TEXT": 'TEXT COLLATE "C"'}


def postgres_ddl(statement: str) -> str:
    """A migration statement in SQLite's types -> PostgreSQL's: SQLite's REAL is 8 bytes
    (PostgreSQL's ``real`` is 4), its INTEGER 8 bytes, and its TEXT compares byte by byte
    (PostgreSQL's would sort by the server's locale, and ids, dates and names would
    order differently on the two backends). Type names are upper case, column names
    lower case, so only types change."""
    return re.sub(r"\b(REAL|INTEGER|TEXT)\b", lambda m: _DDL_TYPES[m.group(1)], statement)


def safe_url(url: str) -> str:
    """The URL as it may be shown: without a password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
