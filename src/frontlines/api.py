"""The Python API that the CLI (and later HTTP) are thin shells over."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from spacy.language import Language

from frontlines.ingest.acquire import IngestLimits, read_articles
from frontlines.model import Article, IngestReport, InputProblem, ProcessedArticle
from frontlines.nlp.pipeline import build_pipeline, process_articles
from frontlines.reconcile import ReconcileSettings
from frontlines.reconcile import update as reconcile_update
from frontlines.store.db import Database, open_db
from frontlines.vocab.actors import ActorDictionary

__all__ = [
    "BATCH_SIZE",
    "EventHook",
    "ingest",
]

#: Called as ``on_event(outcome, origin, detail)`` with outcome one of
#: "ingested", "duplicate", "failed"; lets a UI show progress.
EventHook = Callable[[str, str, str], None]
BATCH_SIZE = 32


def ingest(
    paths: Iterable[str | Path],
    db: Database | str | Path = "frontlines.db",
    *,
    nlp: Language | None = None,
    actors: ActorDictionary | None = None,
    limits: IngestLimits | None = None,
    stdin: BinaryIO | None = None,
    on_event: EventHook | None = None,
    reconcile: ReconcileSettings | None = None,
) -> IngestReport:
    """Ingest files, folders (recursively) or '-' (stdin) into a database.

    Already-stored documents (same normalised body) are skipped, every bad
    input is reported with its reason, and each article is written in its
    own transaction, so nothing already stored is ever lost. After each batch
    the new claims and events are reconciled with the stored ones (series,
    repeated reports, merged events) incrementally, with ``reconcile`` settings.
    """
    database = open_db(db) if isinstance(db, str | Path) else db
    actors = actors or ActorDictionary.load()
    emit = on_event or (lambda outcome, origin, detail: None)
    ingested: list[str] = []
    duplicates: list[str] = []
    failed: list[InputProblem] = []
    pending: list[Article] = []
    seen: set[str] = set()
    pipeline: list[Language] = [nlp] if nlp is not None else []

    def fail(origin: str, reason: str) -> None:
        failed.append(InputProblem(origin, reason))
        emit("failed", origin, reason)

    def flush() -> None:
        if not pending:
            return
        if not pipeline:
            pipeline.append(build_pipeline(actors_dict=actors))
        for batch in _isolating_failures(pipeline[0], pending, fail):
            if database.write(batch, actors):
                ingested.append(batch.article.id)
                emit("ingested", batch.article.origin, batch.article.id)
            else:
                duplicates.append(batch.article.origin)
                emit("duplicate", batch.article.origin, batch.article.id)
        pending.clear()
        reconcile_update(database, reconcile)

    try:
        for item in read_articles([str(p) for p in paths], limits, stdin):
            if isinstance(item, InputProblem):
                fail(item.origin, item.reason)
            elif item.id in seen or database.has_document(item.id):
                duplicates.append(item.origin)
                emit("duplicate", item.origin, item.id)
            else:
                seen.add(item.id)
                pending.append(item)
                if len(pending) >= BATCH_SIZE:
                    flush()
        flush()
    finally:
        if database is not db:
            database.close()
    return IngestReport(tuple(ingested), tuple(duplicates), tuple(failed))


def _isolating_failures(
    nlp: Language, articles: list[Article], fail: Callable[[str, str], None]
) -> Iterator[ProcessedArticle]:
    """Process a batch; if it raises, retry one by one so one bad article fails alone."""
    try:
        yield from list(process_articles(nlp, articles))
        return
    except Exception:  # noqa: BLE001 - isolate below, then report per article
        pass
    for article in articles:
        try:
            yield from list(process_articles(nlp, [article]))
        except Exception as exc:  # noqa: BLE001
            fail(article.origin, f"could not process: {type(exc).__name__}: {exc}")
