"""The Python API that the CLI and the HTTP API are thin shells over.

Ingesting is four steps, each usable on its own: acquire (files, folders or
stdin to ``Article``s, ``frontlines.ingest.acquire``), process (Articles to
``ProcessedArticle``s, ``frontlines.ingest.process``: pure, so it can run
elsewhere), store (one transaction per article) and reconcile (new claims and
events merged with the stored ones). ``ingest`` composes all four from paths;
``ingest_articles`` starts from Articles a caller already has (an upload).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from spacy.language import Language

from frontlines.ingest.acquire import Acquired, IngestLimits, read_articles
from frontlines.ingest.process import Processed, process
from frontlines.model import Article, IngestReport, InputProblem
from frontlines.nlp.pipeline import build_pipeline
from frontlines.reconcile import ReconcileSettings
from frontlines.reconcile import update as reconcile_update
from frontlines.store.db import Database, open_db
from frontlines.vocab.actors import ActorDictionary

__all__ = ["BATCH_SIZE", "EventHook", "ingest", "ingest_articles"]

#: Called as ``on_event(outcome, origin, detail)`` with outcome one of
#: "ingested", "duplicate", "failed"; lets a UI show progress.
EventHook = Callable[[str, str, str], None]
#: Articles processed, stored and reconciled together.
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
    articles = read_articles([str(p) for p in paths], limits, stdin)
    return ingest_articles(
        articles, db, nlp=nlp, actors=actors, on_event=on_event, reconcile=reconcile
    )


def ingest_articles(
    articles: Iterable[Acquired],
    db: Database | str | Path = "frontlines.db",
    *,
    nlp: Language | None = None,
    actors: ActorDictionary | None = None,
    on_event: EventHook | None = None,
    reconcile: ReconcileSettings | None = None,
) -> IngestReport:
    """Ingest Articles a caller already has, as ``ingest`` does after acquiring.

    ``InputProblem``s among them are reported as failed, so the output of
    ``read_articles`` can be passed as it is. The pipeline is built on the
    first article that needs it unless ``nlp`` is given.
    """
    database = open_db(db) if isinstance(db, str | Path) else db
    run = _Run(database, actors or ActorDictionary.load(), on_event or _ignore, nlp, reconcile)
    try:
        if database.pending_count():  # a run that died before reconciling: catch up first
            reconcile_update(database, reconcile)
        for item in articles:
            run.take(item)
        run.flush()
    finally:
        if database is not db:
            database.close()
    return run.report()


def _ignore(outcome: str, origin: str, detail: str) -> None:
    """The default event hook."""


@dataclass
class _Run:
    """One ingest run: what it has seen, what waits for processing, what happened."""

    database: Database
    actors: ActorDictionary
    emit: EventHook
    nlp: Language | None
    reconcile: ReconcileSettings | None
    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[InputProblem] = field(default_factory=list)
    pending: list[Article] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def take(self, item: Acquired) -> None:
        """Report a problem or a duplicate at once; queue a new article for its batch."""
        if isinstance(item, InputProblem):
            self.fail(item)
        elif item.id in self.seen or self.database.has_document(item.id):
            self.duplicate(item.origin, item.id)
        else:
            self.seen.add(item.id)
            self.pending.append(item)
            if len(self.pending) >= BATCH_SIZE:
                self.flush()

    def flush(self) -> None:
        """Process, store and reconcile the queued articles."""
        if not self.pending:
            return
        if self.nlp is None:
            self.nlp = build_pipeline(actors_dict=self.actors)
        for result in process(self.nlp, self.pending):
            self.store(result)
        self.pending.clear()
        reconcile_update(self.database, self.reconcile)

    def store(self, result: Processed) -> None:
        if isinstance(result, InputProblem):
            self.fail(result)
        elif self.database.write(result, self.actors):
            self.ingested.append(result.article.id)
            self.emit("ingested", result.article.origin, result.article.id)
        else:
            self.duplicate(result.article.origin, result.article.id)

    def fail(self, problem: InputProblem) -> None:
        self.failed.append(problem)
        self.emit("failed", problem.origin, problem.reason)

    def duplicate(self, origin: str, doc_id: str) -> None:
        self.duplicates.append(origin)
        self.emit("duplicate", origin, doc_id)

    def report(self) -> IngestReport:
        return IngestReport(tuple(self.ingested), tuple(self.duplicates), tuple(self.failed))
