"""Across articles: claim series, repeated reports, disagreements, merged events, timeline.

``update`` is incremental: it reads only the articles stored since the last run
(``pending_documents``, filled by the store in each article's own transaction),
so it can follow every ingest at a cost that does not grow with the database.
``rebuild`` forgets the reconciled state and redoes it (after changing
``ReconcileSettings``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from frontlines.reconcile.claims import ClaimReconciler
from frontlines.reconcile.events import EventReconciler
from frontlines.reconcile.series import load_series
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store.protocol import Store

__all__ = ["ReconcileReport", "ReconcileSettings", "load_series", "rebuild", "update"]


@dataclass(frozen=True)
class ReconcileReport:
    claims: int  # claims looked at in this run
    events: int
    seconds: float


def update(db: Store, settings: ReconcileSettings | None = None) -> ReconcileReport:
    """Reconcile what is new, in one transaction: all of it or none of it."""
    started = time.perf_counter()
    with db.transaction():
        claims = ClaimReconciler(db, settings).run()
        events = EventReconciler(db, settings).run()
        db.clear_pending()
    return ReconcileReport(claims, events, time.perf_counter() - started)


def rebuild(db: Store, settings: ReconcileSettings | None = None) -> ReconcileReport:
    """Forget the reconciled state and redo it (after changing the settings)."""
    with db.transaction():
        db.forget_reconciled()
    return update(db, settings)
