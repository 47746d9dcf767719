"""Scaling benchmark: articles/s of a whole ingest per engine and worker count.

``frontlines bench --engine pool,ray --workers 1,2 --n 2000``. One synthetic
corpus (as ``frontlines.lab.bench`` builds it) is ingested end to end (read,
process, store, reconcile: the writer's work included) into a fresh database
once per engine and worker count, side by side in one run. Each runner is
started and warmed up first (every worker has built its pipeline and processed
an article), so the timing is steady throughput, not start-up; start-up is
reported on its own. ``local`` is this process alone (one count: 1). Speed-up
is against the same engine with one worker; the scaling efficiency is
speed-up / workers.

The machine's load average is recorded before and after: on a shared machine
other people's work takes cores away, and wall-clock rates are only as good as
that. Processor time is not distorted by it, so each run also reports the
workers' processor seconds (articles per processor-second: what one worker on a
core of its own does), their utilisation (processor time / wall time: below 1
when the machine or the writer starves them) and the writer's processor seconds
(reading, storing, reconciling, moving results: the one-writer ceiling).
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from frontlines.api import ingest
from frontlines.errors import EngineError, UsageError
from frontlines.ingest.acquire import read_articles
from frontlines.ingest.pool import PoolRunner, peak_rss_mb
from frontlines.ingest.process import PipelineSpec
from frontlines.ingest.runner import LocalRunner, Runner
from frontlines.lab.bench import synthetic_corpus
from frontlines.model import Article

__all__ = ["ENGINES", "run_scale_bench"]

ENGINES = ("local", "pool", "ray")


def _runner(engine: str, workers: int, spec: PipelineSpec) -> Runner:
    if engine == "local":
        if workers != 1:
            raise UsageError("--engine local runs in this process: --workers 1 only")
        return LocalRunner(spec)
    if engine == "pool":
        return PoolRunner(spec, workers)
    if engine == "ray":
        from frontlines.ingest.ray_runner import RayRunner

        return RayRunner(spec, workers)
    raise UsageError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")


def _warm_up(runner: Runner, article: Article) -> None:
    """Fill every worker's slots with one-article batches and wait for them all."""
    for _ in range(runner.capacity):
        runner.submit([article])
    while runner.pending:
        runner.next_done(block=True)


def _cpu() -> float:
    """Processor seconds this process has used (the writer's, for a pool or Ray)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _workers_peak_mb(runner: Runner) -> dict[int, float]:
    peaks: Callable[[], dict[int, float]] | None = getattr(runner, "peak_rss_mb", None)
    if peaks is not None:
        return peaks()
    return {os.getpid(): peak_rss_mb()}


def run_scale_bench(
    examples: Path, n: int, engines: Sequence[str], workers: Sequence[int]
) -> dict[str, Any]:
    """Time an ingest of ``n`` synthetic articles for every engine and worker count."""
    runs: list[dict[str, Any]] = []
    load_before = os.getloadavg()
    ray = _start_ray(max(workers)) if "ray" in engines else None
    try:
        _measure(examples, n, engines, workers, runs)
    finally:
        if ray is not None:
            ray.shutdown()
    return {
        "runs": runs,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "writer_peak_rss_mb": peak_rss_mb(),
    }


def _start_ray(cpus: int) -> Any:
    """One local Ray instance for every Ray run (starting one takes seconds)."""
    from frontlines.ingest.ray_runner import import_ray

    ray = import_ray()
    ray.init(num_cpus=max(cpus, os.cpu_count() or 1), include_dashboard=False,
             log_to_driver=False)  # fmt: skip
    return ray


def _measure(
    examples: Path, n: int, engines: Sequence[str], workers: Sequence[int], runs: list[Any]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        synthetic_corpus(examples, n, corpus)
        (first,) = [a for a in read_articles([str(examples)]) if isinstance(a, Article)][:1]
        spec = PipelineSpec()
        for engine in engines:
            base: float | None = None
            for count in [1] if engine == "local" else workers:  # local: this process alone
                start = time.perf_counter()
                runner = _runner(engine, count, spec)
                try:
                    _warm_up(runner, first)
                    startup = time.perf_counter() - start
                    start, writer_cpu = time.perf_counter(), _cpu()
                    report = ingest([corpus], Path(tmp) / f"{engine}-{count}.db", runner=runner)
                    seconds = time.perf_counter() - start
                    writer_cpu = _cpu() - writer_cpu
                    peaks = _workers_peak_mb(runner)
                    worker_cpu = getattr(runner, "cpu_seconds", writer_cpu)
                finally:
                    runner.close()
                if len(report.ingested) != n:
                    raise EngineError(f"{engine} x{count}: {len(report.ingested)} of {n} stored")
                rate = n / seconds
                base = base or (rate if count == 1 else None)
                speedup = rate / base if base else None
                runs.append({
                    "engine": engine, "workers": count, "articles": n,
                    "seconds": round(seconds, 2), "articles_per_s": round(rate, 1),
                    "articles_per_s_per_worker": round(rate / count, 1),
                    "speedup": round(speedup, 2) if speedup else None,
                    "efficiency": round(speedup / count, 2) if speedup else None,
                    "startup_seconds": round(startup, 1),
                    # processor time: what the machine's load cannot distort
                    "worker_cpu_seconds": round(worker_cpu, 1),
                    "cpu_articles_per_s_per_worker": round(n / worker_cpu, 1),
                    "worker_utilisation": round(worker_cpu / (seconds * count), 2),
                    "writer_cpu_seconds": round(writer_cpu, 1),
                    "peak_rss_mb_per_worker": sorted(peaks.values()),
                })  # fmt: skip
