"""The Python API that the CLI and the HTTP API are thin shells over.

Ingesting is four steps, each usable on its own: acquire (files, folders or
stdin to ``Article``s, ``frontlines.ingest.acquire``), process (Articles to
``ProcessedArticle``s, ``frontlines.ingest.process``: pure, so it can run
elsewhere), store (one transaction per article) and reconcile (new claims and
events merged with the stored ones). ``ingest`` composes all four from paths;
``ingest_articles`` starts from Articles a caller already has (an upload).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from spacy.language import Language

from frontlines.errors import UsageError
from frontlines.ingest.acquire import Acquired, IngestLimits, read_articles
from frontlines.ingest.collections import with_collection_reference
from frontlines.ingest.pool import PoolRunner
from frontlines.ingest.process import PipelineSpec, Processed
from frontlines.ingest.runner import LocalRunner, Runner
from frontlines.model import Article, IngestReport, InputProblem
from frontlines.reconcile import ReconcileSettings
from frontlines.reconcile import update as reconcile_update
from frontlines.store.db import open_db
from frontlines.store.protocol import Store
from frontlines.vocab.actors import ActorDictionary

__all__ = ["BATCH_SIZE", "EventHook", "ingest", "ingest_articles"]

#: Called as ``on_event(outcome, origin, detail)`` with outcome one of
#: "ingested", "duplicate", "failed"; lets a UI show progress.
EventHook = Callable[[str, str, str], None]
#: Articles processed, stored and reconciled together (``batch_size`` by default).
BATCH_SIZE = 32


def ingest(
    paths: Iterable[str | Path],
    db: Store | str | Path = "frontlines.db",
    *,
    nlp: Language | None = None,
    actors: ActorDictionary | None = None,
    limits: IngestLimits | None = None,
    stdin: BinaryIO | None = None,
    on_event: EventHook | None = None,
    reconcile: ReconcileSettings | None = None,
    workers: int | None = 1,
    runner: Runner | None = None,
    batch_size: int = BATCH_SIZE,
    engine: str = "local",
    address: str | None = None,
    reference_date: str | None = None,
    publisher_home: bool = True,
) -> IngestReport:
    """Ingest files, folders (recursively) or '-' (stdin) into a database: an open
    ``Store``, a SQLite path or a ``postgresql://`` URL (opened here, in the one writer:
    workers and Ray actors never touch the store, so no connection crosses processes).

    Already-stored documents (same normalised body) are skipped, every bad
    input is reported with its reason, and each article is written in its
    own transaction, so nothing already stored is ever lost. After each batch
    the new claims and events are reconciled with the stored ones (series,
    repeated reports, merged events) incrementally, with ``reconcile`` settings.
    ``workers`` > 1 processes in that many worker processes (``PoolRunner``, None:
    one per core); ``engine="ray"`` on Ray actors at ``address`` (``RayRunner``, None
    workers: one per cluster CPU); ``runner`` hands processing to one the caller made
    and keeps (tests, a long-lived Ray connection).
    Either way this process alone writes, in input order: the same database.
    Documents with no publication date take their collection's reference date
    (``frontlines.ingest.collections``: the latest date the JSON Lines file or folder
    they came in gives), or ``reference_date`` (ISO day, not after today) when given,
    for the year of what they date without one; they are stored after the dated ones of
    their collection. Documents already stored keep the dates they were stored with.
    ``publisher_home``: read each story's bare place names in its publisher's home area
    when the publisher's stories already stored have one (``ingest_articles``).
    """
    if reference_date is not None:
        _check_day(reference_date)
    articles = with_collection_reference(read_articles([str(p) for p in paths], limits, stdin),
                                         reference_date)  # fmt: skip
    return ingest_articles(
        articles, db, nlp=nlp, actors=actors, on_event=on_event, reconcile=reconcile,
        workers=workers, runner=runner, batch_size=batch_size, engine=engine, address=address,
        publisher_home=publisher_home,
    )  # fmt: skip


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _check_day(text: str) -> None:
    """Raise ``UsageError`` unless ``text`` is a calendar day written YYYY-MM-DD, not
    after today: ``date.fromisoformat`` alone takes week dates ("2016-W01-1") and
    compact ones, and a reference in the future would date past events ahead of time."""
    try:
        day = date.fromisoformat(text) if _ISO_DAY.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None:
        raise UsageError(f"reference date must be a calendar day written YYYY-MM-DD, "
                         f"not {text!r}")  # fmt: skip
    if day > date.today():
        raise UsageError(f"reference date {text} is after today: it says when the "
                         "documents were written")  # fmt: skip


def ingest_articles(
    articles: Iterable[Acquired],
    db: Store | str | Path = "frontlines.db",
    *,
    nlp: Language | None = None,
    actors: ActorDictionary | None = None,
    on_event: EventHook | None = None,
    reconcile: ReconcileSettings | None = None,
    workers: int | None = 1,
    runner: Runner | None = None,
    batch_size: int = BATCH_SIZE,
    engine: str = "local",
    address: str | None = None,
    publisher_home: bool = True,
) -> IngestReport:
    """Ingest Articles a caller already has, as ``ingest`` does after acquiring.

    ``InputProblem``s among them are reported as failed, so the output of
    ``read_articles`` can be passed as it is. The pipeline is built on the
    first article that needs it unless ``nlp`` is given. No collection reference date
    is worked out here: an article is dated by its own ``reference`` if it carries one
    (pass them through ``frontlines.ingest.collections.with_collection_reference``
    first, as ``ingest`` does, to give undated ones their collection's).

    With ``publisher_home`` (the default) an article whose publisher (``Article.
    publisher``) has a home area among the stories already stored when this run first
    meets that publisher (``Store.publisher_home``) carries it (``Article.home``) to the
    place resolver, which reads its bare names there; a place the home moved says so in
    its ``reason``. The stories of one run never vote for each other's home, so what a
    run stores does not depend on its batch size or runner, and a stored document is
    never read again: ingesting the same files twice changes nothing.
    """
    if batch_size < 1:
        raise UsageError(f"batch_size must be 1 or more, not {batch_size}")
    actors = actors or ActorDictionary.load()
    own_runner = runner is None
    if runner is None:
        runner = _runner(PipelineSpec(actors=actors), nlp, workers, engine, address)
    database = open_db(db) if isinstance(db, str | Path) else db
    run = _Run(database, actors, on_event or _ignore, runner, reconcile, batch_size,
               {} if publisher_home else None)  # fmt: skip
    try:
        if database.pending_count():  # a run that died before reconciling: catch up first
            reconcile_update(database, reconcile)
        for item in articles:
            run.take(item)
        run.finish()
    finally:
        if own_runner:
            runner.close()
        if database is not db:
            database.close()
    return run.report()


def _runner(
    spec: PipelineSpec, nlp: Language | None, workers: int | None, engine: str, address: str | None
) -> Runner:
    if workers is not None and workers < 1:
        raise UsageError(f"workers must be 1 or more, not {workers}")
    if engine == "ray":
        from frontlines.ingest.ray_runner import RayRunner  # Ray is an optional extra

        return RayRunner(spec, workers, address=address)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r}: local or ray")
    if address is not None:
        raise UsageError("--address is for --engine ray")
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        return LocalRunner(spec, nlp)
    if nlp is not None:
        raise UsageError("a loaded pipeline (nlp=) cannot go to worker processes: use workers=1")
    return PoolRunner(spec, workers)


def _ignore(outcome: str, origin: str, detail: str) -> None:
    """The default event hook."""


@dataclass
class _Run:
    """One ingest run: what it has seen, what waits for processing, what happened.

    Outcomes known before processing (a failed read, a duplicate) are reported at
    once unless batches are out at a runner; then they wait (``held``) until the
    batches before them are stored, so events and the report come in the order a
    one-process run gives, whatever the runner.
    """

    database: Store
    actors: ActorDictionary
    emit: EventHook
    runner: Runner
    reconcile: ReconcileSettings | None
    batch_size: int
    #: Each publisher's home as the store gave it when the run first met the publisher;
    #: None: homes are not used.
    homes: dict[str, str | None] | None
    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[InputProblem] = field(default_factory=list)
    pending: list[Article] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    held: list[Callable[[], None]] = field(default_factory=list)
    out: deque[list[Callable[[], None]]] = field(default_factory=deque)

    def take(self, item: Acquired) -> None:
        """Report a problem or a duplicate; queue a new article for its batch."""
        if isinstance(item, InputProblem):
            self.note(partial(self.fail, item))
        elif item.id in self.seen or self.database.has_document(item.id):
            self.note(partial(self.duplicate, item.origin, item.id))
        else:
            self.seen.add(item.id)
            self.pending.append(self.at_home(item))
            if len(self.pending) >= self.batch_size:
                self.flush()

    def at_home(self, article: Article) -> Article:
        """``article`` carrying its publisher's home, when it has one and homes are used.
        The store is asked once per publisher and run, before any story of that
        publisher from this run is stored (one already carrying a home keeps it)."""
        if self.homes is None or article.home is not None or article.publisher is None:
            return article
        publisher = article.publisher
        if publisher not in self.homes:
            found = self.database.publisher_home(publisher)
            self.homes[publisher] = ".".join(found) if found is not None else None
        home = self.homes[publisher]
        return replace(article, home=home) if home is not None else article

    def note(self, outcome: Callable[[], None]) -> None:
        if self.runner.pending:
            self.collect(block=False)
        if self.runner.pending:
            self.held.append(outcome)
        else:
            self.release()
            outcome()

    def release(self) -> None:
        for outcome in self.held:
            outcome()
        self.held.clear()

    def flush(self) -> None:
        """Hand the queued articles to the runner; store what comes back, waiting if full."""
        if not self.pending:
            return
        self.runner.submit(self.pending)
        self.out.append(self.held)
        self.pending, self.held = [], []
        while self.runner.pending >= self.runner.capacity:
            self.collect(block=True)
        self.collect(block=False)

    def collect(self, block: bool) -> None:
        """Store and reconcile the batches done, in order (at least one if ``block``)."""
        while (results := self.runner.next_done(block)) is not None:
            for outcome in self.out.popleft():
                outcome()
            for result in results:
                self.store(result)
            reconcile_update(self.database, self.reconcile)
            block = False

    def finish(self) -> None:
        self.flush()
        while self.runner.pending:
            self.collect(block=True)
        self.release()

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
