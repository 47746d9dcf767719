"""The bad-input corpus mixed with good articles in one `frontlines ingest` (issue 22).

One real run of the command in a subprocess (as an unprivileged user when the
tests run as root, so unreadable files and folders are unreadable): no crash, no
hang, every good article stored, every bad input reported on one line with its
documented message and its name shown safely, exit status 1, and a second run
stores nothing new. The long mode (`make fault`) makes the oversized inputs
hundreds of megabytes and checks they are refused without being read into memory.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontlines.ingest.acquire import (
    READERS,
    Acquired,
    IngestLimits,
    Reader,
    read_articles,
    register,
)
from frontlines.lab.badinput import KINDS, Corpus, build_corpus, good_text, readable_by_others
from frontlines.model import Article, InputProblem
from frontlines.resolve.place.gazetteer import default_path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
NOBODY = 65534
AS_ROOT = os.geteuid() == 0


@pytest.fixture
def workdir() -> Iterator[Path]:
    """A folder an unprivileged user can use, with the gazetteer beside it."""
    path = Path(tempfile.mkdtemp(prefix="frontlines-fault-"))
    path.chmod(0o755)
    cache = path / "cache"
    cache.mkdir()
    gazetteer = default_path()
    if gazetteer.is_file():
        try:
            os.link(gazetteer, cache / gazetteer.name)
        except OSError:
            shutil.copy(gazetteer, cache / gazetteer.name)
    yield path
    for sub in path.rglob("*"):
        if not sub.is_symlink() and sub.is_dir():
            sub.chmod(0o755)
    shutil.rmtree(path, ignore_errors=True)


def _command(args: list[str], db: Path) -> list[str]:
    # /usr/bin/time reports the run's own peak (a forked child's RSS counts the parent's pages)
    # One process: this suite is about what each input gets; the worker pool's own faults
    # are tests/test_pool.py's (and a spawned worker re-executes Python, which an
    # unprivileged user may not reach when the interpreter lives under /root).
    command = [sys.executable, "-m", "frontlines", "ingest", *args, "--workers", "1",
               "--db", str(db)]  # fmt: skip
    if AS_ROOT:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]  # fmt: skip
    return ["/usr/bin/time", "-f", "%M", "-o", str(db.parent / "peak-kb"), *command]


def _run(corpus: Corpus, workdir: Path, db: Path, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "HOME": str(workdir),
           "FRONTLINES_CACHE": str(workdir / "cache"), "COLUMNS": "400",
           "PYTHONDONTWRITEBYTECODE": "1"}  # fmt: skip
    stdin = corpus.stdin.open("rb") if corpus.stdin else subprocess.DEVNULL
    try:
        return subprocess.run(
            _command([str(corpus.folder), *corpus.extra_args], db),
            stdin=stdin, capture_output=True, env=env, timeout=timeout, cwd=workdir,
        )  # fmt: skip
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()


def _corpus(workdir: Path, huge: int) -> tuple[Corpus, set[str]]:
    corpus = build_corpus(workdir / "in", huge=huge)
    good = corpus.folder / "good"
    shutil.copytree(EXAMPLES, good)
    stored = {a.origin for a in read_articles([str(good)]) if isinstance(a, Article)}
    if AS_ROOT:
        readable_by_others(workdir)
        db_folder = workdir / "db"
        db_folder.mkdir()
        os.chown(db_folder, NOBODY, NOBODY)
        os.chown(workdir / "cache", NOBODY, NOBODY)
    else:
        (workdir / "db").mkdir()
    return corpus, stored


def _split(line: str, origins: set[str]) -> tuple[str, str] | None:
    body = line[4:]
    for origin in origins:
        if body.startswith(origin + ": "):
            return origin, body[len(origin) + 2 :]
    return None


def check_batch(workdir: Path, huge: int, timeout: float) -> float:
    """Run the corpus twice; the first run's peak memory in MiB."""
    corpus, good = _corpus(workdir, huge)
    db = workdir / "db" / "fault.db"
    first = _run(corpus, workdir, db, timeout)
    stderr = first.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr[-3000:]
    assert first.returncode == 1, stderr[-3000:]  # documented: 1 when any input failed
    peak_mib = int((db.parent / "peak-kb").read_text().split()[-1]) / 1024
    assert peak_mib < 1024, f"peak {peak_mib:.0f} MiB"  # nothing oversized was read whole
    assert "\x1b" not in stderr  # no name or message drives the terminal
    kinds = {k.name: k for k in KINDS}
    failed = {e.origin: e for e in corpus.expected if e.outcome == "failed"}
    reported: dict[str, str] = {}
    for line in stderr.splitlines():
        if line.startswith("  x "):
            split = _split(line, set(failed))
            assert split, f"a failure nobody expected: {line!r}"
            reported[split[0]] = split[1]
    problems = []
    for origin, expected in failed.items():
        reason = reported.get(origin)
        if reason is None or not kinds[expected.kind].pattern.fullmatch(reason):
            problems.append(f"{expected.kind}: {origin!r} got {reason!r}")
    assert not problems, "\n".join(problems)
    stored_expected = good | {e.origin for e in corpus.expected if e.outcome == "stored"}
    with sqlite3.connect(db) as conn:
        origins = {row[0] for row in conn.execute("SELECT origin FROM documents")}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert origins == stored_expected
    again = _run(corpus, workdir, db, timeout)
    said = again.stderr.decode("utf-8", "replace")
    assert again.returncode == 1 and "0 ingested" in said, said[-2000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(origins)
    return peak_mib


@pytest.mark.skipif(not default_path().is_file(), reason="the gazetteer is not built here")
def test_the_corpus_mixed_with_good_articles_in_one_batch(workdir):
    check_batch(workdir, huge=11 * 1024 * 1024, timeout=300)


@pytest.mark.fault
@pytest.mark.skipif(not default_path().is_file(), reason="the gazetteer is not built here")
def test_the_corpus_with_huge_inputs_is_refused_unread(workdir):
    check_batch(workdir, huge=300 * 1024 * 1024, timeout=600)


def _encoded(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_an_encoding_that_would_garble_the_text_is_refused(tmp_path):
    text = "Fighters attacked a café near Homs on Monday, officials said.\n"
    utf8 = _encoded(tmp_path, "utf8.txt", text.encode())
    latin = _encoded(tmp_path, "latin.txt", text.encode("latin-1"))
    wide = _encoded(tmp_path, "wide.txt", text.encode("utf-16-le"))

    def outcome(path: str, encoding: str) -> str:
        (item,) = read_articles([path], IngestLimits(encoding=encoding))
        return item.reason if isinstance(item, InputProblem) else "stored"

    assert outcome(utf8, "utf-16").startswith("not utf-16: no NUL bytes")
    assert outcome(utf8, "latin-1").startswith("looks like UTF-8, not latin-1")
    assert outcome(latin, "latin-1") == "stored"
    assert outcome(latin, "utf-16-le").startswith("not utf-16-le: no NUL bytes")
    assert outcome(wide, "utf-16-le") == "stored"
    assert outcome(wide, "utf-8").startswith("looks like UTF-16-LE without a byte-order mark")
    assert outcome(utf8, "utf-8") == "stored"


def test_an_unknown_encoding_fails_the_run_once(tmp_path):
    from typer.testing import CliRunner

    from frontlines.cli.main import app

    result = CliRunner().invoke(
        app, ["ingest", str(tmp_path), "--encoding", "klingon", "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.output


def test_an_error_no_check_foresaw_fails_that_input_alone(tmp_path):
    def explode(origin: str, data: bytes, limits: IngestLimits) -> Iterator[Acquired]:
        raise RecursionError("deep inside a parser")
        yield  # a generator, as readers are

    register(Reader("boom", explode, frozenset({".boom"})))
    try:
        (tmp_path / "a.boom").write_text("anything", encoding="utf-8")
        (tmp_path / "b.txt").write_text(good_text(1), encoding="utf-8")
        first, second = read_articles([str(tmp_path)])
    finally:
        READERS.pop("boom")
    assert isinstance(first, InputProblem) and first.origin.endswith("a.boom")
    assert first.reason == "could not read: RecursionError: deep inside a parser"
    assert isinstance(second, Article)
