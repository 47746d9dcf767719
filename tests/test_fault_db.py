"""Databases and caches the run may not write: one clear line, never a traceback (issue 22).

Permissions are real: when the tests run as root the commands run as an
unprivileged user (root may write anything). A full disk is SQLite's own
"database or disk is full", reached through ``PRAGMA max_page_count``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import frontlines
from frontlines.errors import StoreError
from frontlines.lab.badinput import good_text
from frontlines.store import open_db

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534
AS_ROOT = os.geteuid() == 0


@pytest.fixture
def place() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="frontlines-db-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


#: Runs several commands in one unprivileged interpreter (importing spaCy once), each
#: through the real command-line app; prints one JSON line per command.
_MANY = """
import json, sys, traceback
from typer.testing import CliRunner
from frontlines.cli.main import app
for args in json.loads(sys.argv[1]):
    if args[0] == "serve-app":  # the web app on that database, one request
        from pathlib import Path
        from fastapi.testclient import TestClient
        from frontlines.web.app import ServeSettings, create_app
        client = TestClient(create_app(ServeSettings(Path(args[1]))), base_url="http://localhost")
        response = client.get("/api/documents")
        print(json.dumps({"code": response.status_code, "stderr": response.text[:500]}))
        continue
    result = CliRunner().invoke(app, args)
    crash = "".join(traceback.format_exception(result.exc_info[1])) if (
        result.exception and not isinstance(result.exception, SystemExit)) else ""
    print(json.dumps({"code": result.exit_code, "stderr": result.output + crash}))
"""


def _frontlines(*commands: list[str], cache: Path) -> list[Run]:
    command = [sys.executable, "-c", _MANY, json.dumps(commands)]
    if AS_ROOT:
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                   *command]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "FRONTLINES_CACHE": str(cache),
           "HOME": str(cache)}  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return [Run(**json.loads(line)) for line in done.stdout.splitlines()]


@dataclass(frozen=True)
class Run:
    code: int
    stderr: str


def _story(place: Path) -> Path:
    path = place / "story.txt"
    path.write_text(good_text(1), encoding="utf-8")
    path.chmod(0o644)
    return path


def _one_error_line(result: Run, *, code: int, says: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.code == code, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and says in errors[0], result.stderr[-2000:]


def test_read_only_databases_and_folders(place):
    story = _story(place)
    folder = place / "ro"
    folder.mkdir()
    db = folder / "f.db"
    with open_db(db):
        pass
    db.chmod(0o444)
    folder.chmod(0o555)  # neither the file nor its folder: readers still read it
    new = folder / "new.db"
    readers = [[command, "--db", str(db)] for command in ("docs", "series", "conflicts",
                                                          "timeline")]  # fmt: skip
    into_ro, served, *shown, into_new, into_missing = _frontlines(
        ["ingest", str(story), "--db", str(db)],
        ["serve-app", str(db)],
        *readers,
        ["ingest", str(story), "--db", str(new)],
        ["ingest", str(story), "--db", str(place / "no" / "x.db")],
        cache=place / "missing-cache",  # nothing here needs the gazetteer
    )
    _one_error_line(into_ro, code=1, says="the database is read-only for this user")
    assert served.code == 200, served.stderr
    for reading in shown:
        assert "Traceback" not in reading.stderr and "error:" not in reading.stderr
        assert reading.code in (0, 1)  # 1: "no series match" in an empty database
    _one_error_line(into_new, code=1, says="is not writable, and a new database must be written")
    assert not new.exists()
    _one_error_line(into_missing, code=1, says="does not exist")


def test_an_unwritable_gazetteer_cache_stops_the_run_with_one_line(place):
    story = _story(place)
    writable = place / "db"
    writable.mkdir()
    writable.chmod(0o777)
    locked = place / "locked"
    locked.mkdir(mode=0o555)
    # one process: an unprivileged user may not re-execute an interpreter under /root
    (result,) = _frontlines(["ingest", str(story), "--workers", "1", "--db",
                             str(writable / "g.db")], cache=locked / "cache")  # fmt: skip
    _one_error_line(result, code=2, says="cannot build the gazetteer cache")
    assert "FRONTLINES_CACHE" in result.stderr


def test_a_full_disk_keeps_what_was_stored_and_says_so(tmp_path, nlp):
    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    rest.mkdir()
    (first / "a.txt").write_text(good_text(1), encoding="utf-8")
    for n in range(2, 6):
        (rest / f"{n}.txt").write_text(good_text(n) * 20, encoding="utf-8")
    with open_db(tmp_path / "full.db") as db:
        assert frontlines.ingest([first], db, nlp=nlp).ok
        pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
        db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(StoreError, match="the disk is full") as caught:
            frontlines.ingest([rest], db, nlp=nlp)
        assert "cannot rollback" not in str(caught.value)
        assert db.count("documents") == 1
    with sqlite3.connect(tmp_path / "full.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
