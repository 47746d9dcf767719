"""Reading while ingesting (issue 22): a real server on loopback answers every read while
another process writes articles into its database, none of them slowly.

Bounded: the reads run only while the ingest does (at most a few minutes), from one
client, on 127.0.0.1. Part of the long fault suite (`make fault`).
"""

from __future__ import annotations

import time
import urllib.request

import pytest

import frontlines
from frontlines.web.server import running_server
from tests.test_kill import EXAMPLES, _articles, _counts, _ingest

READS = ("/api/documents?limit=20", "/api/search?q=checkpoint", "/api/series",
         "/api/timeline", "/api/merged-events?limit=50", "/")  # fmt: skip
SLOWEST = 5.0  # seconds, on a shared two-core machine


@pytest.mark.fault
def test_reads_answer_while_another_process_ingests(tmp_path, nlp):
    db = tmp_path / "load.db"
    assert frontlines.ingest([EXAMPLES], db, nlp=nlp).ok  # the server starts with some
    folder = tmp_path / "articles"
    distinct = _articles(folder, 20)
    timings: list[tuple[str, int, float]] = []
    with running_server(db) as base:
        writer = _ingest(folder, db)
        deadline = time.monotonic() + 600
        while writer.poll() is None and time.monotonic() < deadline:
            for path in READS:
                started = time.monotonic()
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    response.read()
                    timings.append((path, response.status, time.monotonic() - started))
        _, stderr = writer.communicate(timeout=600)
    assert writer.returncode == 0, stderr.decode()[-2000:]
    assert _counts(db)["documents"] == distinct
    assert len(timings) >= len(READS)
    assert {status for _, status, _ in timings} == {200}
    worst = max(timings, key=lambda t: t[2])
    print(f"{len(timings)} reads during the ingest, slowest {worst[0]} {worst[2]:.2f} s")
    assert worst[2] < SLOWEST, worst
