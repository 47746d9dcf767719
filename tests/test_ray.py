"""`ingest --engine ray`: pipeline actors on a real local Ray cluster, the driver the writer.

The tests share one Ray instance with two CPUs (``ray_cluster`` in conftest: starting
Ray takes seconds), stopped at the end. Ray is a dev dependency: when it is missing
these tests fail and say how to install it; they are never skipped.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.ingest.process import PipelineSpec
from frontlines.ingest.ray_runner import RayRunner
from tests.conftest import EXAMPLES

cli = CliRunner()
BATCH = 3  # five batches of the 15 example articles: work for both actors


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    """The export of the example corpus ingested in this process, as the reference."""
    db = tmp_path_factory.mktemp("one") / "one.db"
    frontlines.ingest([EXAMPLES], db, nlp=nlp, batch_size=BATCH)
    return _export(db)


def _export(db: Path | str) -> str:
    result = cli.invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ray_actors_store_what_one_process_stores(
    ray_cluster: None, one_process: str, tmp_path: Path
) -> None:
    options = ["--engine", "ray", "--workers", "2", "--batch-size", str(BATCH)]
    result = cli.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "ray.db"), *options])
    assert result.exit_code == 0, result.output
    assert "15 ingested, 0 skipped as duplicate, 0 failed" in result.output
    assert _export(tmp_path / "ray.db") == one_process


def test_a_killed_actor_is_retried_and_every_article_stored_once(
    ray_cluster: None, one_process: str, store_url: str
) -> None:
    """On either store (``store_url``: a SQLite file, then a PostgreSQL database)."""
    killed: list[int] = []
    with RayRunner(PipelineSpec(), workers=2) as runner:
        pids = runner.worker_pids()

        def kill_one(outcome: str, origin: str, detail: str) -> None:
            if not killed:  # the first batch is stored; the actors hold the next ones
                os.kill(pids[1], signal.SIGKILL)
                killed.append(pids[1])

        report = frontlines.ingest(
            [EXAMPLES], store_url, runner=runner, batch_size=BATCH, on_event=kill_one
        )
        assert killed and runner.worker_pids()[1] != killed[0]  # Ray restarted that actor
        assert all(0 < mb < 1024 for mb in runner.peak_rss_mb().values())
    assert report.ok and len(report.ingested) == 15 == len(set(report.ingested))
    assert _export(store_url) == one_process


def test_without_ray_the_error_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if it were not installed
    result = cli.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "db"),
                              "--engine", "ray"])  # fmt: skip
    assert result.exit_code == 2
    assert "pip install 'frontlines[cluster]'" in result.output
