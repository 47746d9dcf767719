"""How long reconciliation takes when one article arrives in a large database.

The bundled examples go through the real pipeline once; their processed
records are then written N times (new ids, day-precise dates shifted by a
week per copy, so copies are distinct points and events rather than one
giant merge) through the real store. After reconciling all of it, single new
articles are written and ``reconcile.update`` is timed for each: the step an
ingest adds per article.
"""

from __future__ import annotations

import hashlib
import re
import statistics
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from frontlines import reconcile
from frontlines.ingest.acquire import read_articles
from frontlines.model import Article, ProcessedArticle
from frontlines.nlp.pipeline import build_pipeline, process_articles
from frontlines.store.db import Database, open_db
from frontlines.vocab.actors import ActorDictionary

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def _shift(value: str | None, days: int) -> str | None:
    """Move a day-precise TIMEX value by ``days``; coarser values stay."""
    if not value or not _DAY.match(value):
        return value
    try:
        moved = date.fromisoformat(value[:10]) + timedelta(days=days)
    except ValueError:
        return value
    return moved.isoformat() + value[10:]


def _copy(processed: ProcessedArticle, k: int) -> ProcessedArticle:
    days = 7 * k
    article = processed.article
    new_id = hashlib.sha256(f"{article.id}|{k}".encode()).hexdigest()[:16]
    claims = tuple(
        replace(c, as_of=_shift(c.as_of, days), reported=_shift(c.reported, days))
        for c in processed.claims
    )
    events = tuple(replace(e, date=_shift(e.date, days)) for e in processed.events)
    return replace(
        processed,
        article=replace(article, id=new_id, published=_shift(article.published, days)),
        claims=claims,
        events=events,
    )


def bench_corpus(examples: Path) -> tuple[list[ProcessedArticle], ActorDictionary]:
    """The examples through the real pipeline once: what the large databases copy."""
    articles = [a for a in read_articles([str(examples)]) if isinstance(a, Article)]
    if not articles:
        raise ValueError(f"no usable example articles in {examples}")
    actors = ActorDictionary.load()
    return list(process_articles(build_pipeline(actors_dict=actors), articles)), actors


def fill_database(
    db: Database,
    processed: list[ProcessedArticle],
    actors: ActorDictionary,
    n_docs: int,
    first: int = 0,
) -> float:
    """Write ``n_docs`` distinct copies through the real store (copies ``first`` ..
    ``first + n_docs - 1``, so a later run adds new ones); the seconds it took."""
    start = time.perf_counter()
    for i in range(first, first + n_docs):
        db.write(_copy(processed[i % len(processed)], i // len(processed)), actors)
    return time.perf_counter() - start


def run_reconcile_bench(examples: Path, n_docs: int = 10_000, trials: int = 20) -> dict[str, Any]:
    processed, actors = bench_corpus(examples)
    with tempfile.TemporaryDirectory() as tmp, open_db(Path(tmp) / "bench.db") as db:
        write_seconds = fill_database(db, processed, actors, n_docs)
        full = reconcile.update(db)
        per_article = []
        for t in range(trials):
            db.write(_copy(processed[t % len(processed)], 10_000 + t), actors)
            per_article.append(reconcile.update(db))
        claims = db.count("claims")
        events = db.count("events")
    times = sorted(r.seconds * 1000 for r in per_article)
    return {
        "documents": n_docs,
        "claims": claims,
        "events": events,
        "write_seconds": round(write_seconds, 1),
        "full_reconcile_seconds": round(full.seconds, 2),
        "one_article_ms_median": round(statistics.median(times), 2),
        "one_article_ms_max": round(times[-1], 2),
        "one_article_claims_mean": round(statistics.mean(r.claims for r in per_article), 1),
        "one_article_events_mean": round(statistics.mean(r.events for r in per_article), 1),
        "trials": trials,
    }


__all__ = ["bench_corpus", "fill_database", "run_reconcile_bench"]
