"""Storage: SQLite by default, schema by numbered migrations."""

from frontlines.store.db import Database, open_db
from frontlines.store.records import DocumentNotFound, SearchHit, StoredDocument

__all__ = ["Database", "DocumentNotFound", "SearchHit", "StoredDocument", "open_db"]
