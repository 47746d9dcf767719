"""Storage: every read and write goes through one handle (``open_db``), a ``Store``.
SQLite by default, schema by numbered migrations; all SQL lives in this package."""

from frontlines.store.db import Database, open_db
from frontlines.store.protocol import Store
from frontlines.store.records import DocumentNotFound, EventNotFound, SearchHit, StoredDocument

__all__ = [
    "Database", "DocumentNotFound", "EventNotFound", "SearchHit", "Store", "StoredDocument",
    "open_db",
]  # fmt: skip
