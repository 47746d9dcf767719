"""kill -9 during `frontlines ingest`, then resume: nothing lost, doubled or corrupt (issue 22).

A real ingest in a subprocess is killed with SIGKILL at random points of its
writing (within 20 ms of a random number of newly stored articles, so inside the
burst of per-article transactions or just after it), several times, then run to completion without a
`frontlines reconcile` by hand. The database must hold every distinct input once,
pass SQLite's integrity check, have nothing left pending, and give the same
series, disagreements and timeline as one uninterrupted run.
`make test` kills 3 times; `make fault` kills 50 times over 300 articles.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.ingest.acquire import read_articles
from frontlines.lab.badinput import good_text
from frontlines.model import Article
from frontlines.store import open_db

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
MONTHS = ("January", "March", "May", "July", "September", "November")


def _articles(folder: Path, n: int) -> int:
    """The examples plus ``n`` dated synthetic stories; returns the distinct documents."""
    shutil.copytree(EXAMPLES, folder)
    for i in range(n):
        date = f"{MONTHS[i % len(MONTHS)]} {i % 27 + 1}, {2015 + i % 5}"
        share = 40 - i % 30
        (folder / f"synthetic-{i:03d}.txt").write_text(
            f"Report {i}\n\n{date}\n\n{good_text(i)}\nIslamic State holds {share} percent of the "
            f"territory it once held in Iraq, the coalition said on {date}.\n",
            encoding="utf-8",
        )
    return len({a.id for a in read_articles([str(folder)]) if isinstance(a, Article)})


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "frontlines", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


@contextmanager
def _watch(db: Path) -> Iterator[Callable[[], int]]:
    """A function reading how many documents ``db`` holds now, over one connection."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1, isolation_level=None)

    def stored() -> int:
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        except sqlite3.Error:  # not migrated yet, or busy for a moment
            return 0

    try:
        yield stored
    finally:
        conn.close()


def _kill_at_random(folder: Path, db: Path, total: int, step: int, rng: random.Random) -> bool:
    """One run killed within 3 ms of storing 1 to ``step`` more articles: inside the burst
    of per-article write transactions (about a millisecond each), or just after it
    (reconciling). False if it finished first."""
    target = min(total, _stored(db) + rng.randint(1, step))
    run = _ingest(folder, db)
    deadline = time.monotonic() + 300
    while run.poll() is None and not db.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    with _watch(db) as stored:  # one reader, polled every millisecond: a batch's 32 writes
        while run.poll() is None and stored() < target and time.monotonic() < deadline:
            time.sleep(0.001)
    time.sleep(rng.uniform(0, 0.003))
    if run.poll() is not None:
        _, stderr = run.communicate()
        assert run.returncode == 0, stderr.decode()[-2000:]  # it finished, and cleanly
        return False
    run.send_signal(signal.SIGKILL)
    run.wait()
    return True


def _readings(db: Path) -> dict[str, str]:
    runner = CliRunner()
    out = {}
    for command in (["series", "--json"], ["conflicts", "--json"], ["timeline", "--json"]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 0, result.output
        out[command[0]] = "\n".join(sorted(result.output.splitlines()))
    return out


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = ("documents", "sentences", "mentions", "claims", "events", "series",
                  "claim_groups", "claim_reports", "event_groups", "event_reports",
                  "pending_documents")  # fmt: skip
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        ids = conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0]
        assert ids == counts["documents"]
    return counts


def check_kills(tmp_path: Path, nlp: Language, synthetic: int, kills: int, seed: int) -> None:
    folder = tmp_path / "articles"
    distinct = _articles(folder, synthetic)
    reference, killed = tmp_path / "reference.db", tmp_path / "killed.db"
    assert frontlines.ingest([folder], reference, nlp=nlp).ok  # the uninterrupted run
    want = _counts(reference)
    rng = random.Random(seed)
    done, rounds, at = 0, 0, []
    while done < kills:
        left = distinct - _stored(killed)  # spread the kills over what is left to store
        step = max(1, 2 * left // (kills - done + 1))
        if not left or not _kill_at_random(folder, killed, distinct, step, rng):
            # all stored (or it finished first): check this database, then start a new one
            _resume_and_check(folder, killed, distinct, want)
            for leftover in (killed, Path(f"{killed}-wal"), Path(f"{killed}-shm")):
                leftover.unlink(missing_ok=True)
            rounds += 1
            continue
        at.append(_stored(killed))
        done += 1
    print(f"{kills} kills over {rounds + 1} databases; stored after each: {at}; of {distinct}")
    _resume_and_check(folder, killed, distinct, want)
    assert _readings(killed) == _readings(reference)


def _resume_and_check(folder: Path, db: Path, distinct: int, want: dict[str, int]) -> None:
    """Run to completion (no `reconcile` by hand), then compare with the uninterrupted run."""
    final = _ingest(folder, db)
    _, stderr = final.communicate(timeout=900)
    assert final.returncode == 0, stderr.decode()[-2000:]
    got = _counts(db)  # before any reading command could catch up for it
    assert got["documents"] == distinct and got["pending_documents"] == 0
    assert got == want


def test_kill_nine_three_times_then_resume(tmp_path, nlp):
    check_kills(tmp_path, nlp, synthetic=12, kills=3, seed=22)


@pytest.mark.fault
def test_kill_nine_fifty_times_during_a_300_article_ingest(tmp_path, nlp):
    check_kills(tmp_path, nlp, synthetic=290, kills=50, seed=2022)


def test_a_run_that_died_before_reconciling_is_caught_up_by_the_next_ingest(tmp_path, nlp):
    folder = tmp_path / "articles"
    _articles(folder, 0)
    db = tmp_path / "k.db"
    assert frontlines.ingest([folder], db, nlp=nlp).ok
    want = _counts(db)
    with open_db(db) as database:
        with database.transaction():
            database.forget_reconciled()  # as if killed between the last write and reconcile
        assert database.pending_count() > 0
    again = frontlines.ingest([folder], db, nlp=nlp)
    assert not again.ingested and again.duplicates  # nothing new, and yet:
    assert _counts(db) == want


@pytest.mark.fault
def test_two_ingests_at_once_on_a_new_database_and_again_on_it(tmp_path, nlp):
    folder = tmp_path / "articles"
    distinct = _articles(folder, 6)
    db = tmp_path / "both.db"
    for _ in range(2):  # a new database, then the same one with everything stored
        runs = [_ingest(folder, db) for _ in range(2)]
        for run in runs:
            _, stderr = run.communicate(timeout=900)
            assert run.returncode == 0, stderr.decode()[-2000:]
        counts = _counts(db)
        assert counts["documents"] == distinct and counts["pending_documents"] == 0
