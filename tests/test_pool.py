"""`ingest --workers N`: worker processes, one writer, the same database as one process.

Every test here spawns real worker processes that each load the real pipeline; the
crash tests kill them for real (SIGKILL), as the kernel's OOM killer would.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.errors import EngineError
from frontlines.ingest.acquire import read_articles
from frontlines.ingest.pool import PoolRunner
from frontlines.ingest.process import PipelineSpec
from frontlines.model import Article
from frontlines.vocab.docid import document_id
from tests.conftest import EXAMPLES

cli = CliRunner()
POISON = "This article kills the process that reads it."


def _export(db: Path, fmt: str = "jsonl") -> str:
    result = cli.invoke(app, ["export", "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _ingest_cli(db: Path, *options: str) -> None:
    result = cli.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), *options])
    assert result.exit_code == 0, result.output
    assert "15 ingested, 0 skipped as duplicate, 0 failed" in result.output


def test_two_workers_store_what_one_process_stores(tmp_path: Path) -> None:
    # batches of 3: five batches over two workers, reconciled after each as in one process
    _ingest_cli(tmp_path / "one.db", "--workers", "1", "--batch-size", "3")
    _ingest_cli(tmp_path / "two.db", "--workers", "2", "--batch-size", "3")
    one, two = _export(tmp_path / "one.db"), _export(tmp_path / "two.db")
    assert one.count("\n") == 15 and one == two  # same documents, records, ids, order
    assert _export(tmp_path / "one.db", "geojson") == _export(tmp_path / "two.db", "geojson")
    # the example corpus again: every article a duplicate, nothing processed
    again = cli.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "two.db")])
    assert "0 ingested, 15 skipped as duplicate, 0 failed" in again.output


def test_a_killed_worker_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    frontlines.ingest([EXAMPLES], tmp_path / "one.db", batch_size=2)
    killed: list[int] = []
    with PoolRunner(PipelineSpec(), workers=2) as runner:

        def kill_one(outcome: str, origin: str, detail: str) -> None:
            if not killed:  # the first article is stored: kill a worker that holds more
                pid = runner.worker_pids(busy=True)[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = frontlines.ingest(
            [EXAMPLES], tmp_path / "two.db", runner=runner, batch_size=2, on_event=kill_one
        )
        assert runner.restarts >= 1 and runner.retried >= 1  # its batch went out again
        assert killed[0] not in runner.worker_pids()
    assert len(report.ingested) == 15 == len(set(report.ingested)) and report.ok
    assert _export(tmp_path / "one.db") == _export(tmp_path / "two.db")


@Language.component("test_poison")
def _poison(doc: Doc) -> Doc:
    """Dies like a segfault in native code would, on one article only."""
    if POISON in doc.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


class PoisonSpec(PipelineSpec):
    """The real pipeline with the poison component first (the worker imports this module)."""

    def build(self) -> Language:
        nlp = super().build()
        nlp.add_pipe("test_poison", first=True)
        return nlp


def test_an_article_that_kills_its_worker_fails_alone(tmp_path: Path) -> None:
    good = [a for a in read_articles([str(EXAMPLES)]) if isinstance(a, Article)][:3]
    bad = Article(id=document_id(POISON), text=POISON, origin="poison.txt", format="text")
    with PoolRunner(PoisonSpec(), workers=2) as runner:
        report = frontlines.ingest_articles(
            [good[0], bad, good[1], good[2]], tmp_path / "db", runner=runner, batch_size=2
        )
    assert report.ingested == tuple(a.id for a in good)
    (failed,) = report.failed
    assert failed.origin == "poison.txt"
    assert failed.reason == ("could not process: the worker process died on it 2 times "
                             "(killed by SIGKILL); not stored")  # fmt: skip
    with frontlines.open_db(tmp_path / "db") as db:
        assert sorted(d.id for d in db.documents()) == sorted(a.id for a in good)


def test_workers_must_be_one_or_more(tmp_path: Path) -> None:
    result = cli.invoke(app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "db"),
                              "--workers", "0"])  # fmt: skip
    assert result.exit_code == 2 and "--workers" in result.output


def test_a_pipeline_that_cannot_load_stops_the_run_with_the_reason(tmp_path: Path) -> None:
    articles = [a for a in read_articles([str(EXAMPLES)]) if isinstance(a, Article)][:2]
    with PoolRunner(PipelineSpec(model="no_such_model"), workers=2) as runner:
        with pytest.raises(EngineError, match="a worker process could not start: .*no_such_model"):
            frontlines.ingest_articles(articles, tmp_path / "db", runner=runner)
        assert runner.worker_pids() == []  # stopped, none left behind
