"""``PgDatabase``: the Frontlines handle on a PostgreSQL database.

Everything a ``Database`` does, through the same query modules (``frontlines.store.pg``
translates their SQL); only opening, transactions and the read-only check differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from frontlines.errors import StoreError
from frontlines.store.db import Database
from frontlines.store.migrations import applied_versions, apply_migrations, check_schema_version
from frontlines.store.pg import RECONCILE_LOCK, PgConnection, borrow, connect, give_back
from frontlines.store.sql import safe_url

__all__ = ["PgDatabase"]


class PgDatabase(Database):
    """A Frontlines database on a PostgreSQL server (``postgresql://user@host/dbname``).

    ``create=False`` and ``readonly`` need the Frontlines tables to be there already (the
    database itself is the server administrator's to create); a writable handle creates
    or upgrades them. Several processes may hold writable handles at once."""

    backend = "postgresql"
    conn: PgConnection

    def __init__(self, url: str, *, readonly: bool = False, create: bool = True) -> None:
        self.url = url
        self.label = safe_url(url)
        self.readonly = readonly
        self.conn = self._open_pg(create)

    def _open_pg(self, create: bool) -> PgConnection:
        if self.readonly:
            while (pooled := borrow(self.url)) is not None:
                try:  # the one query a read-only open makes anyway proves it alive
                    if check_schema_version(pooled):
                        return pooled
                except StoreError:
                    pooled.close()
                    continue  # the server dropped it: the next, or a new one
                pooled.close()  # the schema moved on: open anew, which upgrades
                break
        conn = connect(self.url, readonly=self.readonly)
        try:
            if (self.readonly or not create) and applied_versions(conn) is None:
                raise StoreError(
                    f"{self.label}: no Frontlines tables in this database (ingest creates them)"
                )
            if not self.readonly:
                apply_migrations(conn)
            elif not check_schema_version(conn):  # older: upgrade it, then read
                conn.close()
                PgDatabase(self.url).close()
                conn = connect(self.url, readonly=True)
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        """A read-only handle's connection goes back to the pool for the next one."""
        if self.readonly:
            give_back(self.url, self.conn)
        else:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, one at a time across every process (an advisory lock):
        reconciliation reads one snapshot, so pending articles another process stores
        meanwhile are neither seen nor cleared, and wait for the next run."""
        with self.conn.locked(RECONCILE_LOCK):
            self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def __enter__(self) -> PgDatabase:
        return self
