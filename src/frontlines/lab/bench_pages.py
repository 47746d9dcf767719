"""Server time of every page and the API calls the pages make, on a large database.

The database is built like the reconcile benchmark's (the examples through the
real pipeline, then written N times as distinct articles, then reconciled); a
real uvicorn server is started on a free localhost port and each URL is asked
for over HTTP. The figure per URL is the median of the server's own
``Server-Timing`` header over a few requests after a warm-up one: the time the
server spends before the response starts, which is what the budget is about.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import urllib.request
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from frontlines import reconcile
from frontlines.lab.bench_reconcile import bench_corpus, fill_database
from frontlines.store.db import open_db

__all__ = ["page_urls", "run_pages_bench"]

BUDGET_MS = 300.0


def build_database(examples: Path, path: str | Path, n_docs: int) -> None:
    processed, actors = bench_corpus(examples)
    with open_db(path) as db:
        fill_database(db, processed, actors, n_docs)
        reconcile.update(db)


def page_urls(path: str | Path) -> dict[str, str]:
    """What a user opens, with real ids from the database at ``path``."""
    with open_db(path) as db:
        doc, event, series = db.busiest_ids()
    urls = {
        "home": "/",
        "map page": "/map",
        "map data (default view)": "/api/merged-events?bbox=20,25,61,44&limit=2000",
        "map labels (default view)": "/api/basemap/labels?bbox=20,25,61,44&zoom=5",
        "events page": "/events",
        "events page, filtered": "/events?type=Battles&country=IQ&sort=reports",
        "events page, later page": "/events?offset=2000",
        "events json": "/events.json?limit=100",
        "claims page": "/claims",
        "places page": "/places",
        "home, later page": "/?offset=5000",
        "timeline": "/timeline",
        "timeline, later page": "/timeline?offset=5000",
        "series list": "/series",
        "search": "/search?q=Raqqa",
        "api documents": "/api/documents?limit=100",
        "api claims": "/api/claims?limit=100",
        "api events": "/api/events?limit=100",
        "api timeline": "/api/timeline?limit=100",
        "api places": "/api/places?limit=100",
    }
    if doc:
        urls["article"] = f"/documents/{doc}"
        urls["api document"] = f"/api/documents/{doc}"
    if event:
        urls["event"] = f"/events/{event}"
    if series:
        urls["series chart"] = f"/series/{series}"
        urls["api series"] = f"/api/series/{series}"
    return urls


def _server_ms(response: Any) -> float:
    timing = response.headers.get("Server-Timing", "")
    for part in timing.split(";"):
        if part.startswith("dur="):
            return float(part[4:])
    raise RuntimeError(f"no Server-Timing header on {response.url}")


def time_url(base: str, url: str, repeats: int) -> dict[str, float]:
    server, wall = [], []
    for i in range(repeats + 1):
        started = time.perf_counter()
        with urllib.request.urlopen(base + url, timeout=60) as response:  # noqa: S310 - localhost
            body = response.read()
            ms = _server_ms(response)
        if i:  # the first request warms caches
            server.append(ms)
            wall.append((time.perf_counter() - started) * 1000)
    return {"server_ms": round(statistics.median(server), 1),
            "wall_ms": round(statistics.median(wall), 1), "bytes": len(body)}  # fmt: skip


def run_pages_bench(
    examples: Path,
    serve: Callable[[str | Path], AbstractContextManager[str]],
    n_docs: int = 10_000,
    db: str | Path | None = None,
    repeats: int = 5,
) -> dict[str, Any]:
    """Times every URL of ``page_urls``; builds a database of ``n_docs`` unless ``db`` is given."""
    with tempfile.TemporaryDirectory() as tmp:
        path: str | Path = db or Path(tmp) / "pages.db"
        build_seconds = 0.0
        if db is None:
            started = time.perf_counter()
            build_database(examples, path, n_docs)
            build_seconds = time.perf_counter() - started
        with open_db(path) as store:
            counts = {t: store.count(t) for t in ("documents", "claims", "events")}
            counts["merged_events"] = store.count("event_groups")
        urls = page_urls(path)
        with serve(path) as base:
            timings = {name: time_url(base, url, repeats) for name, url in urls.items()}
    over = [name for name, t in timings.items() if t["server_ms"] > BUDGET_MS]
    pages = {name: {"url": urls[name], **t} for name, t in timings.items()}
    return {"counts": counts, "build_seconds": round(build_seconds, 1), "repeats": repeats,
            "budget_ms": BUDGET_MS, "pages": pages, "over_budget": over}  # fmt: skip
