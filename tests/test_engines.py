"""Same records whichever engine processes the example corpus and whichever store keeps it.

The reference is an ingest in this process into SQLite; against it, every export (JSON
Lines, CSV, ACLED CSV, GeoJSON: documents, mentions, merged events, their ids) must be
byte for byte the same from: this process into PostgreSQL, ``--workers 2`` (worker
processes) into PostgreSQL, and ``--engine ray`` (actors on the session's local Ray
instance) into PostgreSQL. Everything is real: the pipeline, the server, the processes.

Every run uses the same batch size, so each reconciles after the same articles; small
batches give the two workers (and the two actors) several each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.ingest.process import PipelineSpec
from frontlines.ingest.ray_runner import RayRunner
from tests.conftest import EXAMPLES, exports

cli = CliRunner()
BATCH = 3  # five batches of the 15 example articles
SUMMARY = "15 ingested, 0 skipped as duplicate, 0 failed"


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> dict[str, str]:
    """The example corpus ingested in this process into SQLite: what every other engine and
    store must give."""
    db = tmp_path_factory.mktemp("engines") / "sqlite.db"
    report = frontlines.ingest([EXAMPLES], db, nlp=nlp, batch_size=BATCH)
    assert report.ok and len(report.ingested) == 15
    found = exports(db)
    assert found["jsonl"].count("\n") == 15 and found["csv"].count("\n") > 15
    assert found["acled"].count("\n") > 1 and '"Feature"' in found["geojson"]
    return found


def _same(reference: dict[str, str], url: str) -> None:
    found = exports(url)
    for kind, expected in reference.items():
        assert found[kind] == expected, f"the {kind} export differs from SQLite in one process"


def _ingest_cli(url: str, *options: str) -> None:
    args = ["ingest", str(EXAMPLES), "--db", url, "--batch-size", str(BATCH), *options]
    result = cli.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert SUMMARY in result.output


def test_postgresql_in_process(reference: dict[str, str], nlp: Language, pg_url: str) -> None:
    report = frontlines.ingest([EXAMPLES], pg_url, nlp=nlp, batch_size=BATCH)
    assert report.ok and len(report.ingested) == 15
    _same(reference, pg_url)


def test_two_workers_into_postgresql(reference: dict[str, str], pg_url: str) -> None:
    _ingest_cli(pg_url, "--workers", "2")
    _same(reference, pg_url)


def test_ray_into_postgresql(reference: dict[str, str], ray_cluster: None, pg_url: str) -> None:
    _ingest_cli(pg_url, "--engine", "ray", "--workers", "2")
    _same(reference, pg_url)
    # the same corpus again through Ray: every article a duplicate, no actor started
    with RayRunner(PipelineSpec(), workers=2) as runner:
        again = frontlines.ingest([EXAMPLES], pg_url, runner=runner, batch_size=BATCH)
        assert runner.worker_pids() == []
    assert (len(again.ingested), len(again.duplicates), again.ok) == (0, 15, True)
