"""A Ray cluster as the runner: pipelines as Ray actors, this process the one writer.

``frontlines ingest --engine ray [--address auto|ray://host:10001]``. Each actor
builds the pipeline once (in its constructor, again after a restart) and
processes the batches it is sent. Batches go to the actors in turn, at most
``depth`` per actor in flight, and come back in submission order, so what is
stored is what one process stores, in the same order, through the same store.

A killed actor is Ray's to bring back: actors restart (``max_restarts``) and the
calls they held are run again (``max_task_retries``). The driver stores a batch
only when its one result arrives, so a retried batch is still stored once. A
batch whose retries all fail is reported article by article as failed, with
Ray's reason, and the run goes on with a fresh actor.

Ray is an optional extra (``pip install 'frontlines[cluster]'``): it is imported
only here, only when asked for, with a clear error when it is missing.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from frontlines.errors import EngineError, UsageError
from frontlines.ingest.pool import peak_rss_mb
from frontlines.ingest.process import PipelineSpec, Processed, pipeline_for, process
from frontlines.model import Article, InputProblem

__all__ = ["DEPTH", "INSTALL_HINT", "MAX_RESTARTS", "RayRunner", "import_ray"]

#: Batches in flight per actor: one being processed, one waiting behind it.
DEPTH = 2
#: How often Ray restarts a dead actor, and reruns a call it held, before giving up.
MAX_RESTARTS = 4
INSTALL_HINT = "pip install 'frontlines[cluster]' (Ray 2.60.0)"


def import_ray() -> Any:
    """The ``ray`` module, with Ray's usage reporting off (these machines stay offline)."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError as exc:
        raise EngineError(
            f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}"
        ) from exc
    return ray


class PipelineActor:
    """One pipeline on a Ray worker (wrapped by ``ray.remote`` when the runner starts)."""

    def __init__(self, spec: PipelineSpec) -> None:
        self.nlp = pipeline_for(spec)

    def hello(self) -> int:
        return os.getpid()

    def process(self, articles: tuple[Article, ...]) -> tuple[list[Processed], int, float, float]:
        """Results; this process's id, peak memory in MB and processor seconds spent."""
        cpu = time.process_time()
        done = process(self.nlp, articles)
        return done, os.getpid(), peak_rss_mb(), time.process_time() - cpu


@dataclass
class _Call:
    articles: tuple[Article, ...]
    actor: int
    ref: Any


class RayRunner:
    """``workers`` pipeline actors on the Ray cluster at ``address``.

    ``address`` None starts a local Ray instance (or uses the one this process
    already started, as tests do); "auto" joins the cluster started on this machine
    with ``ray start --head``; ``ray://host:10001`` reaches a remote cluster through
    Ray Client. ``workers`` None takes one actor per CPU of the cluster.
    """

    def __init__(
        self,
        spec: PipelineSpec,
        workers: int | None = None,
        *,
        address: str | None = None,
        depth: int = DEPTH,
        max_restarts: int = MAX_RESTARTS,
    ) -> None:
        if (workers is not None and workers < 1) or depth < 1:
            raise UsageError(f"workers and depth must be at least 1, not {workers}, {depth}")
        self._ray = ray = import_ray()
        self._started = not ray.is_initialized()
        if self._started:
            local_cpus = max(workers or 1, os.cpu_count() or 1)  # a new local instance only
            try:
                ray.init(
                    address=address,
                    num_cpus=None if address or os.environ.get("RAY_ADDRESS") else local_cpus,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.WARNING,  # the progress bar, not Ray's INFO lines
                )
            except Exception as exc:  # noqa: BLE001 - ConnectionError, RuntimeError, ...
                raise EngineError(f"cannot start or reach Ray at {address or 'a local instance'}:"
                                  f" {type(exc).__name__}: {exc}") from exc  # fmt: skip
        cpus = int(ray.cluster_resources().get("CPU", 0))
        self.workers = workers or max(cpus, 1)
        if self.workers > cpus:
            self.close()
            raise EngineError(f"the Ray cluster has {cpus} CPUs, fewer than the {self.workers} "
                              "workers asked for (one CPU per pipeline actor)")  # fmt: skip
        self.depth = depth
        self._remote = ray.remote(num_cpus=1, max_restarts=max_restarts,
                                  max_task_retries=max_restarts)(PipelineActor)  # fmt: skip
        self._spec = spec
        self._actors: list[Any] = []  # started by the first batch, as a pool's workers are
        self._pids: list[int] = []
        self._calls: deque[_Call] = deque()
        self._turn = 0
        self.peaks: dict[int, float] = {}
        self.cpu_seconds = 0.0  # processor time the actors spent on batches handed back

    @property
    def capacity(self) -> int:
        return self.workers * self.depth

    @property
    def pending(self) -> int:
        return len(self._calls)

    def worker_pids(self) -> list[int]:
        """The process id of each actor, as last heard (tests kill one); none before
        the first batch."""
        return list(self._pids)

    def peak_rss_mb(self) -> dict[int, float]:
        """Peak resident memory of every actor process heard from, by process id, in MB."""
        return dict(self.peaks)

    def submit(self, articles: Sequence[Article]) -> None:
        if not self._actors:
            self._start()
        batch = tuple(articles)
        actor = self._turn % self.workers
        self._turn += 1
        self._calls.append(_Call(batch, actor, self._actors[actor].process.remote(batch)))

    def next_done(self, block: bool) -> list[Processed] | None:
        if not self._calls:
            return None
        call = self._calls[0]
        if not block:
            ready, _ = self._ray.wait([call.ref], timeout=0)
            if not ready:
                return None
        self._calls.popleft()
        try:
            results, pid, rss_mb, cpu = self._ray.get(call.ref)
        except self._ray.exceptions.RayError as exc:  # retries spent: say so, go on
            reason = f"could not process: Ray gave up on it ({type(exc).__name__}: {exc})"
            reason = reason.splitlines()[0]
            self._replace(call.actor)
            return [InputProblem(a.origin, reason) for a in call.articles]
        self._pids[call.actor] = pid
        self.peaks[pid] = rss_mb
        self.cpu_seconds += cpu
        return list(results)

    def _start(self) -> None:
        """The actors, each loading the pipeline, on the first batch: a run whose
        articles are all stored already (or all bad) never loads one."""
        self._actors = [self._remote.remote(self._spec) for _ in range(self.workers)]
        self._pids = self._hello(self._actors)

    def _hello(self, actors: list[Any]) -> list[int]:
        """Each actor's process id, once its pipeline is loaded; a pipeline that cannot
        load (a missing model, ...) stops the run with the reason, as a pool's does."""
        try:
            pids: list[int] = self._ray.get([a.hello.remote() for a in actors])
        except self._ray.exceptions.RayError as exc:
            self.close()
            lines = [line for line in str(exc).splitlines() if line.strip()]
            raise EngineError(f"a pipeline actor could not start: {lines[-1].strip()}") from exc
        return pids

    def _replace(self, index: int) -> None:
        self._ray.kill(self._actors[index], no_restart=True)
        self._actors[index] = self._remote.remote(self._spec)
        (self._pids[index],) = self._hello([self._actors[index]])

    def close(self) -> None:
        ray = self._ray
        for actor in getattr(self, "_actors", []):
            ray.kill(actor, no_restart=True)
        self._actors = []
        self._pids = []
        self._calls = deque()
        if self._started and ray.is_initialized():
            ray.shutdown()
            self._started = False

    def __enter__(self) -> RayRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
