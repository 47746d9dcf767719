"""Every core of one machine: the process step in N worker processes.

Each worker is a spawned process (nothing inherited, everything by pickle) that
builds the pipeline once and then processes the batches it is sent, one after
another. The parent stays the one writer: it hands batches out, at most
``depth`` per worker, and takes the results back in submission order, so what
gets stored is what ``--workers 1`` stores.

Each worker has its own pair of pipes, so the parent always knows which
batches a worker was holding. A worker that dies (killed, out of memory, a
crash in native code) is replaced and its batches are handed out again: the
one it was working on counts an attempt, those merely queued behind it do not.
A batch that killed a worker twice is split into single articles; an article
that kills a worker twice on its own becomes a failed input with the reason,
and the run goes on. Nothing is stored twice because only the parent stores,
once per article, when the article's result comes back.

Pipes are read by threads that do nothing else (one per worker in the parent,
one in each worker for its tasks), so a parent busy writing never stalls a
worker, nor a busy worker the parent.
"""

from __future__ import annotations

import contextlib
import os
import queue
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from frontlines.errors import EngineError, UsageError
from frontlines.ingest.process import PipelineSpec, Processed, pipeline_for, process
from frontlines.model import Article, InputProblem

__all__ = ["DEPTH", "MAX_ATTEMPTS", "PoolRunner", "peak_rss_mb"]

#: Batches handed to one worker at a time: one being processed, one waiting, so a
#: worker never idles while the parent is busy writing.
DEPTH = 2
#: Worker deaths a task may cause before it is split (a batch) or given up (an article).
MAX_ATTEMPTS = 2


@dataclass
class _Task:
    """Part of a submitted batch: all of it, or one article after the batch kept failing."""

    seq: int
    start: int
    articles: tuple[Article, ...]
    attempts: int = 0


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    tasks: Connection
    results: Connection
    pid: int | None = None
    assigned: deque[_Task] = field(default_factory=deque)
    peak_rss_mb: float = 0.0
    listener: threading.Thread | None = None
    broken: bool = False


class PoolRunner:
    """``workers`` spawned processes, each building the pipeline ``spec`` names once.

    Workers start as work arrives (a one-batch input starts one), up to ``workers``.
    ``restarts`` counts the workers that died and were replaced, ``retried`` the
    batches (or articles) a death sent back to be processed again, ``cpu_seconds``
    the processor time the workers spent processing the batches handed back.
    """

    def __init__(self, spec: PipelineSpec, workers: int, *, depth: int = DEPTH) -> None:
        if workers < 1 or depth < 1:
            raise UsageError(f"workers and depth must be at least 1, not {workers}, {depth}")
        self.spec = spec
        self.workers = workers
        self.depth = depth
        self.restarts = 0
        self.retried = 0
        self.cpu_seconds = 0.0
        self._context = get_context("spawn")
        self._live: list[_Worker] = []
        self._queue: deque[_Task] = deque()
        self._parts: dict[int, dict[int, list[Processed]]] = {}
        self._sizes: dict[int, int] = {}
        self._submitted = 0
        self._head = 0
        self._deaths_in_a_row = 0
        self._peaks: dict[int, float] = {}
        self._heard: queue.SimpleQueue[tuple[_Worker, tuple[Any, ...] | None]] = queue.SimpleQueue()

    @property
    def capacity(self) -> int:
        return self.workers * self.depth

    @property
    def pending(self) -> int:
        return self._submitted - self._head

    def worker_pids(self, busy: bool = False) -> list[int]:
        """Process ids of the running workers that have started (tests kill one);
        ``busy``: only those holding batches."""
        return [w.pid for w in self._live if w.pid is not None and (w.assigned or not busy)]

    def peak_rss_mb(self) -> dict[int, float]:
        """Peak resident memory of every worker so far, by process id, in MB."""
        return {**self._peaks, **{w.pid: w.peak_rss_mb for w in self._live if w.pid}}

    def submit(self, articles: Sequence[Article]) -> None:
        seq = self._submitted
        self._submitted += 1
        self._sizes[seq] = len(articles)
        self._parts[seq] = {}
        self._queue.append(_Task(seq, 0, tuple(articles)))
        self._dispatch()

    def next_done(self, block: bool) -> list[Processed] | None:
        while not self._complete(self._head):
            if not self.pending:
                return None
            self._pump(None if block else 0)
            if not block and not self._complete(self._head):
                return None
        parts = self._parts.pop(self._head)
        del self._sizes[self._head]
        self._head += 1
        return [result for start in sorted(parts) for result in parts[start]]

    def close(self) -> None:
        """Stop the workers: politely when all work came back, at once when a run is
        abandoned (an error, Ctrl-C) with batches still out."""
        abandoned = self.pending > 0
        for worker in self._live:
            if abandoned:
                worker.process.terminate()
                continue
            with contextlib.suppress(OSError):
                worker.tasks.send(None)
        for worker in self._live:
            worker.process.join(timeout=10)
            if worker.process.is_alive():
                worker.process.terminate()
                worker.process.join(timeout=5)
            if worker.listener is not None:
                worker.listener.join(timeout=5)
            _close(worker)
        self._live.clear()

    def __enter__(self) -> PoolRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the parent's side -------------------------------------------------

    def _complete(self, seq: int) -> bool:
        if seq not in self._sizes:
            return False
        return sum(len(p) for p in self._parts[seq].values()) == self._sizes[seq]

    def _room(self) -> int:
        return sum(self.depth - len(w.assigned) for w in self._live if not w.broken)

    def _dispatch(self) -> None:
        while self._queue and len(self._live) < self.workers and len(self._queue) > self._room():
            self._spawn()
        while self._queue:
            free = [w for w in self._live if self._takes_work(w)]
            if not free:
                return
            worker = min(free, key=lambda w: len(w.assigned))
            task = self._queue.popleft()
            try:
                worker.tasks.send((task.seq, task.start, task.articles))
            except OSError:  # dying: its end-of-pipe will bury it; the task goes back
                self._queue.appendleft(task)
                worker.broken = True
                continue
            worker.assigned.append(task)

    def _takes_work(self, worker: _Worker) -> bool:
        return worker.pid is not None and not worker.broken and len(worker.assigned) < self.depth

    def _spawn(self) -> None:
        task_out, task_in = self._context.Pipe(duplex=False)
        result_out, result_in = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_work, args=(self.spec, task_out, result_in), daemon=True,
            name=f"frontlines-worker-{self.restarts + len(self._live)}",
        )  # fmt: skip
        process.start()
        task_out.close()  # the child's ends: closed here so a dead child reads as EOF
        result_in.close()
        worker = _Worker(process, task_in, result_out)
        worker.listener = threading.Thread(target=self._listen, args=(worker,), daemon=True)
        worker.listener.start()
        self._live.append(worker)

    def _listen(self, worker: _Worker) -> None:
        """Take a worker's messages off its pipe as they come; ``None`` once it is gone.

        The worker sends each result from its main thread before it starts the next
        batch, and this thread reads it at once: so when a worker dies, every result it
        finished has been heard, and the first batch it still holds is the one it died on.
        """
        try:
            while True:
                self._heard.put((worker, worker.results.recv()))
        except (EOFError, OSError):
            self._heard.put((worker, None))

    def _pump(self, timeout: float | None) -> None:
        """Wait (up to ``timeout``) for messages or deaths, then act on all that came."""
        self._dispatch()
        try:
            got = [self._heard.get(timeout=timeout) if timeout != 0 else self._heard.get_nowait()]
        except queue.Empty:
            return
        with contextlib.suppress(queue.Empty):
            while True:
                got.append(self._heard.get_nowait())
        for worker, message in got:
            if worker not in self._live:
                continue
            if message is None:
                self._bury(worker)
            else:
                self._take(worker, message)
        self._dispatch()

    def _take(self, worker: _Worker, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "hello":
            worker.pid = message[1]
        elif kind == "done":
            _, seq, start, results, rss_mb, cpu = message
            self.cpu_seconds += cpu
            worker.assigned = deque(t for t in worker.assigned if (t.seq, t.start) != (seq, start))
            worker.peak_rss_mb = rss_mb
            self._parts[seq][start] = results
            self._deaths_in_a_row = 0
        elif kind == "error":
            self.close()
            raise EngineError(f"a worker process could not start: {message[1]}")

    def _bury(self, worker: _Worker) -> None:
        """A worker died (its pipe reached its end, after everything it sent was taken):
        replace it later, hand its batches out again."""
        worker.process.join(timeout=5)
        if worker.process.is_alive():  # its pipe closed but it lives on: end it
            worker.process.kill()
            worker.process.join(timeout=5)
        self._live.remove(worker)
        if worker.listener is not None:
            worker.listener.join(timeout=5)
        if worker.pid is not None:
            self._peaks[worker.pid] = worker.peak_rss_mb
        _close(worker)
        self.restarts += 1
        self._deaths_in_a_row += 1
        cause = _cause(worker.process.exitcode)
        if self._deaths_in_a_row > 2 * self.workers + 2:
            self.close()
            raise EngineError(f"worker processes keep dying ({cause}); giving up")
        if not worker.assigned:
            return
        first, *waiting = worker.assigned
        first.attempts += 1
        again: list[_Task] = [first]
        if first.attempts >= MAX_ATTEMPTS and len(first.articles) > 1:
            again = [_Task(first.seq, first.start + i, (a,)) for i, a in enumerate(first.articles)]
        elif first.attempts >= MAX_ATTEMPTS:
            (article,) = first.articles
            reason = (f"could not process: the worker process died on it {first.attempts} "
                      f"times ({cause}); not stored")  # fmt: skip
            self._parts[first.seq][first.start] = [InputProblem(article.origin, reason)]
            again = []
        self.retried += len(again)
        self._queue.extendleft(reversed(again + waiting))


def _close(worker: _Worker) -> None:
    worker.tasks.close()
    worker.results.close()


def _cause(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit code {exitcode}"


# -- the worker's side -----------------------------------------------------


def _work(spec: PipelineSpec, tasks: Connection, results: Connection) -> None:
    """A worker's main: say hello, build the pipeline once, process until told to stop.

    A thread reads tasks into an inbox (so the parent never waits to hand one over);
    results go out from this thread, each before the next batch starts.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def read() -> None:
        try:
            while True:
                inbox.put(tasks.recv())
        except (EOFError, OSError):  # the parent is gone
            inbox.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        results.send(("hello", os.getpid()))
        try:
            nlp = pipeline_for(spec)
        except Exception as exc:  # noqa: BLE001 - the parent reports it and stops
            results.send(("error", f"{type(exc).__name__}: {exc}"))
            return
        while (task := inbox.get()) is not None:
            seq, start, articles = task
            cpu = time.process_time()
            done = process(nlp, articles)
            results.send(("done", seq, start, done, peak_rss_mb(), time.process_time() - cpu))
    except OSError:  # the parent is gone
        pass


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    From /proc (VmHWM): a spawned process starts as a fork of its parent, and
    ``getrusage`` keeps the parent's peak across the exec that follows.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
