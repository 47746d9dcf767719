"""Runners: where the process step runs, behind one small interface.

Ingest hands batches of articles to a runner and takes the results back in the
order it handed them over, so the one writer (the ingesting process) stores
the same documents in the same order whichever runner did the work: this
process (``LocalRunner``), worker processes on this machine
(``frontlines.ingest.pool.PoolRunner``) or actors on a Ray cluster
(``frontlines.ingest.ray_runner.RayRunner``).

A runner bounds the work in flight (``capacity`` batches handed over and not
yet taken back): the writer stops reading input while it is full, so memory
stays bounded however large the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.language import Language

from frontlines.ingest.process import PipelineSpec, Processed, process
from frontlines.model import Article

__all__ = ["LocalRunner", "Runner"]


class Runner(Protocol):
    """Processes batches somewhere and hands the results back in submission order."""

    @property
    def capacity(self) -> int:
        """Most batches handed over and not yet taken back before ``submit`` must wait."""
        ...

    @property
    def pending(self) -> int:
        """Batches handed over whose results have not been taken back."""
        ...

    def submit(self, articles: Sequence[Article]) -> None:
        """Hand over one batch (the caller keeps ``pending`` below ``capacity``)."""
        ...

    def next_done(self, block: bool) -> list[Processed] | None:
        """The results of the oldest batch not yet taken back, one per article in order;
        ``None`` when it is not done yet and ``block`` is false."""
        ...

    def close(self) -> None:
        """Stop whatever the runner started (processes, actors); safe to call twice."""
        ...


class LocalRunner:
    """The process step in this process, one batch at a time (``--workers 1``)."""

    def __init__(self, spec: PipelineSpec | None = None, nlp: Language | None = None) -> None:
        self.spec = spec or PipelineSpec()
        self.nlp = nlp
        self._done: list[list[Processed]] = []

    @property
    def capacity(self) -> int:
        return 1

    @property
    def pending(self) -> int:
        return len(self._done)

    def submit(self, articles: Sequence[Article]) -> None:
        if self.nlp is None:  # built on the first batch: a run of duplicates never loads it
            self.nlp = self.spec.build()
        self._done.append(process(self.nlp, articles))

    def next_done(self, block: bool) -> list[Processed] | None:
        return self._done.pop(0) if self._done else None

    def close(self) -> None:
        self._done.clear()
