"""`ingest --engine ray`: pipeline actors on a real local Ray cluster, the driver the writer.

The tests share one Ray instance with two CPUs (``ray_cluster`` in conftest: starting
Ray takes seconds), stopped at the end. Ray is a dev dependency: when it is missing
these tests fail and say how to install it; they are never skipped.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.errors import EngineError
from frontlines.ingest.acquire import read_articles
from frontlines.ingest.process import PipelineSpec
from frontlines.ingest.ray_runner import RayRunner
from frontlines.model import Article
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


class KillsTheSecondActor(RayRunner):
    """A real Ray runner that SIGKILLs its second actor's process just after handing it
    its first batch, so the actor dies holding a call Ray must run again."""

    killed: int | None = None
    submitted = 0

    def submit(self, articles: Sequence[Article]) -> None:
        super().submit(articles)
        self.submitted += 1
        if self.submitted == 2:  # the batches go to the actors in turn: this one is #2's
            self.killed = self.worker_pids()[1]
            os.kill(self.killed, signal.SIGKILL)


def test_a_killed_actor_is_retried_and_every_article_stored_once(
    ray_cluster: None, one_process: str, store_url: str
) -> None:
    """On either store (``store_url``: a SQLite file, then a PostgreSQL database)."""
    with KillsTheSecondActor(PipelineSpec(), workers=2) as runner:
        assert runner.worker_pids() == []  # the actors start with the first batch
        report = frontlines.ingest([EXAMPLES], store_url, runner=runner, batch_size=BATCH)
        assert runner.killed is not None
        assert runner.worker_pids()[1] != runner.killed  # its call ran again, restarted
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


def test_a_pipeline_that_cannot_load_stops_the_run_with_the_reason(
    ray_cluster: None, tmp_path: Path
) -> None:
    articles = [a for a in read_articles([str(EXAMPLES)]) if isinstance(a, Article)][:2]
    with RayRunner(PipelineSpec(model="no_such_model"), workers=2) as runner:
        with pytest.raises(EngineError, match="a pipeline actor could not start: .*no_such_model"):
            frontlines.ingest_articles(articles, tmp_path / "db", runner=runner)
        assert runner.worker_pids() == [] and runner.pending == 0  # stopped, none left behind
