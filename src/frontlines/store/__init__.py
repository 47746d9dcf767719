"""Storage: every read and write goes through one handle (``open_db``), a ``Store``.
SQLite by default, schema by numbered migrations; all SQL lives in this package."""

from collections.abc import Callable

from frontlines.store.db import Database, open_db
from frontlines.store.protocol import Store
from frontlines.store.records import DocumentNotFound, EventNotFound, SearchHit, StoredDocument

__all__ = [
    "Database", "DocumentNotFound", "EventNotFound", "SearchHit", "Store", "StoredDocument",
    "open_db",
]  # fmt: skip

#: mypy checks here that the SQLite handle is a complete ``Store``.
_SQLITE_IS_A_STORE: Callable[..., Store] = open_db
