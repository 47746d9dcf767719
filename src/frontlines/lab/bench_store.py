"""A large ingest into one store (SQLite or PostgreSQL), then the page timings on it.

``frontlines bench --store postgresql://... --ingest 100000``: the examples go through
the real pipeline once; N distinct synthetic articles are then written through the
store as the reconcile benchmark builds them (new ids, dates shifted a week per copy),
one transaction each, reconciled after every 1,000 (as an ingest after each batch); the
counts are checked (every article stored once: none lost, none twice) and every page
of ``bench --pages`` is timed on the result by a real server. A second run on the same
database adds N more.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from frontlines import reconcile
from frontlines.lab.bench_pages import run_pages_bench
from frontlines.lab.bench_reconcile import bench_corpus, fill_database
from frontlines.store.db import open_db
from frontlines.store.sql import safe_url

__all__ = ["RECONCILE_EVERY", "run_store_bench"]

#: Articles written between reconciliations, as an ingest reconciles after each batch:
#: one transaction over 100,000 articles' merges would measure MVCC bloat, not the store.
RECONCILE_EVERY = 1000


def run_store_bench(
    examples: Path,
    store: str | Path,
    n_docs: int,
    serve: Callable[[str | Path], AbstractContextManager[str]],
    repeats: int = 5,
) -> dict[str, Any]:
    processed, actors = bench_corpus(examples)
    write_seconds = reconcile_seconds = 0.0
    claims = events = 0
    with open_db(store) as db:
        before = db.count("documents")
        for first in range(before, before + n_docs, RECONCILE_EVERY):
            size = min(RECONCILE_EVERY, before + n_docs - first)
            write_seconds += fill_database(db, processed, actors, size, first=first)
            started = time.perf_counter()
            reconciled = reconcile.update(db)
            reconcile_seconds += time.perf_counter() - started
            claims, events = claims + reconciled.claims, events + reconciled.events
        after = db.count("documents")
        backend = db.backend
    pages = run_pages_bench(examples, serve, db=store, repeats=repeats)
    return {
        "store": safe_url(str(store)), "backend": backend, "documents_before": before,
        "written": n_docs, "documents_after": after,
        "lost_or_duplicated": before + n_docs - after,
        "write_seconds": round(write_seconds, 1),
        "articles_per_s": round(n_docs / write_seconds, 1) if write_seconds else None,
        "reconcile_seconds": round(reconcile_seconds, 1),
        "reconcile_every": RECONCILE_EVERY,
        "reconciled_claims": claims, "reconciled_events": events,
        **{k: pages[k] for k in ("counts", "repeats", "budget_ms", "pages", "over_budget")},
    }  # fmt: skip
