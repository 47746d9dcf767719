"""The PostgreSQL store: the same handle, queries and migrations as SQLite, through
psycopg 3 and a small SQL translation.

``--db postgresql://user@host/dbname`` (any libpq URL; a password is never printed).
What differs from SQLite and how:

- SQL: the query modules' portable SQLite spelling is rewritten once per statement
  (``translate``: placeholders, ``group_concat``, two-argument ``min``/``max``, ``LIKE``).
- Full-text search: a generated ``tsvector`` column on ``sentences`` with a GIN index
  (English stemming), queried with ``plainto_tsquery`` and highlighted by ``ts_headline``.
- Concurrency: several processes may write at once. A document's id is its content hash
  and its row goes in with ``ON CONFLICT DO NOTHING``, so two writers of one article store
  it once; each article is one transaction. Migrations and reconciliation each take an
  advisory lock, so one runs at a time; reconciliation reads one snapshot (repeatable
  read) and clears only the pending articles it saw.
- Read-only handles (a web request) connect with ``default_transaction_read_only``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql as pgsql

from frontlines.errors import StoreError
from frontlines.store.sql import Cursor, Row, safe_url

__all__ = [
    "POOL_SIZE",
    "RECONCILE_LOCK",
    "PgConnection",
    "borrow",
    "connect",
    "create_database",
    "drop_database",
    "give_back",
    "translate",
]

#: Advisory lock keys (any fixed 64-bit numbers, the same in every process).
RECONCILE_LOCK = 0x46524F4E544C01  # "FRONTL" 1: one reconciler at a time


def _reason(exc: Exception) -> str:
    """libpq's message on one line: the FATAL part when there is one."""
    text = " ".join(str(exc).split())
    fatal = text.rfind("FATAL:")
    return text[fatal + len("FATAL:") :].strip() if fatal >= 0 else text


#: Idle read-only connections kept per URL: a web request borrows one instead of paying
#: for a new session (a TCP handshake, authentication, a backend process) each time.
POOL_SIZE = 8
_idle: dict[str, list[PgConnection]] = {}
_idle_lock = threading.Lock()


def borrow(url: str) -> PgConnection | None:
    """An idle read-only connection to ``url`` from the pool, if one is there."""
    with _idle_lock:
        pool = _idle.get(url, [])
        while pool:
            conn = pool.pop()
            if not conn.raw.closed:
                return conn
    return None


def give_back(url: str, conn: PgConnection) -> None:
    """Return a read-only connection to the pool (closed instead when it is full or not
    idle: a connection mid-transaction or broken is never handed out again)."""
    status = conn.raw.info.transaction_status
    with _idle_lock:
        pool = _idle.setdefault(url, [])
        idle = not conn.raw.closed and status == psycopg.pq.TransactionStatus.IDLE
        if idle and len(pool) < POOL_SIZE:
            pool.append(conn)
            return
    conn.close()


def connect(url: str, *, readonly: bool = False) -> PgConnection:
    """A connection in autocommit (transactions are begun explicitly); StoreError with
    one line saying why when the server, the user or the database is not there."""
    # No JIT: our statements are short page queries, where compiling costs more than it
    # saves (PostgreSQL turns it on for any plan it guesses expensive).
    options = "-c jit=off" + (" -c default_transaction_read_only=on" if readonly else "")
    try:
        raw = psycopg.connect(
            url, autocommit=True, connect_timeout=10, application_name="frontlines",
            options=options,
        )  # fmt: skip
    except psycopg.Error as exc:
        raise StoreError(f"{safe_url(url)}: cannot connect: {_reason(exc)}") from None
    return PgConnection(raw)


class _NamedRow:
    """A row readable by position or column name, like ``sqlite3.Row``."""

    __slots__ = ("_values", "_index", "_names")

    def __init__(self, values: Sequence[Any], index: dict[str, int], names: list[str]):
        self._values, self._index, self._names = values, index, names

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key] if isinstance(key, str) else key]

    def keys(self) -> list[str]:
        return list(self._names)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _named(cursor: Any) -> Any:
    names = [c.name for c in cursor.description or ()]
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name, i)  # the first column of a name wins, as in sqlite3.Row
    return lambda values: _NamedRow(values, index, names)


@contextmanager
def _lost_connection() -> Iterator[None]:
    """A server gone mid-run (restarted, network down, session killed) is a StoreError
    with libpq's reason on one line, not a traceback; constraint errors stay as they are."""
    try:
        yield
    except psycopg.OperationalError as exc:
        raise StoreError(f"the PostgreSQL server failed the query: {_reason(exc)}") from exc


class PgConnection:
    """A psycopg connection that speaks the query modules' SQL (``translate``)."""

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        with _lost_connection():
            return self.raw.execute(translate(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """One statement for many rows, pipelined (no round trip per row)."""
        if rows:
            with _lost_connection(), self.raw.cursor() as cursor:
                cursor.executemany(translate(sql), rows)

    def named_rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with _lost_connection():
            cursor = self.raw.cursor(row_factory=_named)
            cursor.execute(translate(sql), tuple(params))
            return list(cursor.fetchall())

    def close(self) -> None:
        self.raw.close()

    @contextmanager
    def locked(self, key: int) -> Iterator[None]:
        """Hold a session advisory lock for the block: taken before any transaction
        begins, so the transaction's snapshot sees what the previous holder committed."""
        self.raw.execute("SELECT pg_advisory_lock(%s)", (key,))
        try:
            yield
        finally:
            if not self.raw.closed:
                self.raw.execute("SELECT pg_advisory_unlock(%s)", (key,))


# -- the SQL translation -------------------------------------------------------

_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_CALL = re.compile(r"\b(group_concat|min|max|char)\s*\(", re.IGNORECASE)


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite's spelling of a portable statement -> PostgreSQL's, for psycopg:
    ``?`` -> ``%s`` (and a literal ``%`` doubled), ``group_concat(x[, sep])`` ->
    ``string_agg(x, sep)``, two-argument ``min``/``max`` -> ``LEAST``/``GREATEST``,
    ``char(n)`` -> ``chr(n)``, ``LIKE`` -> ``ILIKE`` (SQLite's is case-blind),
    ``CROSS JOIN ... ON`` (SQLite's join-order hint) -> ``JOIN``, ``BEGIN IMMEDIATE`` ->
    ``BEGIN``. String literals and quoted names are left as they are."""
    literals: list[str] = []

    def hide(match: re.Match[str]) -> str:
        literals.append(match.group(0).replace("%", "%%"))
        return f"\x00{len(literals) - 1}\x00"

    code = _QUOTED.sub(hide, sql)
    code = code.replace("%", "%%").replace("?", "%s")
    code = _rewrite_calls(code)
    code = re.sub(r"\bCROSS JOIN\b", "JOIN", code)
    code = re.sub(r"\bLIKE\b", "ILIKE", code)
    code = re.sub(r"^\s*BEGIN IMMEDIATE\b", "BEGIN", code)
    return re.sub("\x00(\\d+)\x00", lambda m: literals[int(m.group(1))], code)


def _split_args(text: str) -> list[str]:
    args, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[start:i].strip())
            start = i + 1
    args.append(text[start:].strip())
    return args


def _rewrite_calls(code: str) -> str:
    out, pos = [], 0
    while (match := _CALL.search(code, pos)) is not None:
        depth, close = 0, -1
        for i in range(match.end() - 1, len(code)):
            depth += {"(": 1, ")": -1}.get(code[i], 0)
            if depth == 0:
                close = i
                break
        if close < 0:
            raise ValueError(f"unbalanced parentheses in SQL: {code[:80]}")
        args = [_rewrite_calls(a) for a in _split_args(code[match.end() : close])]
        name = match.group(1).lower()
        if name == "group_concat":
            call = f"string_agg({args[0]}, {args[1] if len(args) > 1 else chr(39) + ',' + chr(39)})"
        elif name in ("min", "max") and len(args) == 2:
            call = f"{'LEAST' if name == 'min' else 'GREATEST'}({args[0]}, {args[1]})"
        elif name == "char":
            call = f"chr({', '.join(args)})"
        else:
            call = f"{match.group(1)}({', '.join(args)})"
        out.append(code[pos : match.start()] + call)
        pos = close + 1
    out.append(code[pos:])
    return "".join(out)


# -- databases on a server (tests, benchmarks) ------------------------------------


def _with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


def create_database(server_url: str, name: str) -> str:
    """Create an empty database on the server ``server_url`` points at (a URL of any of
    its databases, for a role that may create databases); return its URL."""
    conn = connect(server_url)
    try:
        conn.raw.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))
    except psycopg.Error as exc:
        raise StoreError(f"cannot create database {name}: {_reason(exc)}") from None
    finally:
        conn.close()
    return _with_database(server_url, name)


def drop_database(server_url: str, name: str) -> None:
    """Drop a database (and any session still on it)."""
    conn = connect(server_url)
    try:
        conn.raw.execute(
            pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name))
        )
    finally:
        conn.close()
