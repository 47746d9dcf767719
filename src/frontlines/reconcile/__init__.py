"""Across articles: claim series, repeated reports, disagreements, merged events, timeline.

``update`` is incremental: it reads only the articles stored since the last run
(``pending_documents``, filled by the store in each article's own transaction),
so it can follow every ingest at a cost that does not grow with the database.
``rebuild`` forgets the reconciled state and redoes it (after changing
``ReconcileSettings``).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from frontlines.reconcile.claims import ClaimReconciler
from frontlines.reconcile.events import EventReconciler
from frontlines.reconcile.settings import ReconcileSettings

__all__ = ["ReconcileReport", "ReconcileSettings", "rebuild", "update"]

RECONCILED_TABLES = ("claim_reports", "claim_groups", "series", "event_reports", "event_groups")


@dataclass(frozen=True)
class ReconcileReport:
    claims: int  # claims looked at in this run
    events: int
    seconds: float


def update(conn: sqlite3.Connection, settings: ReconcileSettings | None = None) -> ReconcileReport:
    """Reconcile what is new, in one transaction: all of it or none of it."""
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    try:
        claims = ClaimReconciler(conn, settings).run()
        events = EventReconciler(conn, settings).run()
        conn.execute("DELETE FROM pending_documents")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return ReconcileReport(claims, events, time.perf_counter() - started)


def rebuild(conn: sqlite3.Connection, settings: ReconcileSettings | None = None) -> ReconcileReport:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in RECONCILED_TABLES:
            conn.execute(f"DELETE FROM {table}")
        conn.execute("INSERT OR IGNORE INTO pending_documents (doc_id) SELECT id FROM documents")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return update(conn, settings)
