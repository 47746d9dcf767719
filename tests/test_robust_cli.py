"""Hostile stored text, missing or newer databases and racing first opens (issue 22)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.errors import StoreError
from frontlines.store import open_db

HOSTILE_TITLE = "Raid [/bold] on [red]town\x1b]0;owned\x07"


def _hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "in [bold]put ["  # its files' paths hold "[/": rich's closing tag
    folder.mkdir()
    (folder / "story.txt").write_text(
        f"{HOSTILE_TITLE}\n\ndate 2020-05-05\n\nKIRKUK - Gunmen [/bold] attacked a police "
        "checkpoint near Kirkuk on Monday, killing three officers, officials said.\n",
        encoding="utf-8",
    )
    (folder / "empty [red].txt").write_text("   \n", encoding="utf-8")
    return folder


def test_markup_and_escapes_in_stored_text_and_names_are_shown_as_text(tmp_path, nlp):
    db = tmp_path / "h.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(_hostile(tmp_path)), "--db", str(db)])
    assert result.exit_code == 1  # the empty file failed; the story is stored
    assert "[/empty [red].txt" in result.output  # the failing path is printed as written
    for command in (["docs"], ["events"], ["claims"], ["places"], ["timeline"]):
        shown = runner.invoke(app, [*command, "--db", str(db)])
        assert shown.exit_code == 0, (command, shown.output)
        assert "\x1b" not in shown.output
    docs = runner.invoke(app, ["docs", "--db", str(db), "--json"])
    doc_id = docs.output.split('"id": "')[1][:16]
    show = runner.invoke(app, ["show", doc_id, "--db", str(db)])
    assert show.exit_code == 0 and "[/bold]" in show.output and "\x1b" not in show.output


def test_reading_a_missing_database_is_an_error_not_a_new_file(tmp_path):
    typo = tmp_path / "tpyo.db"
    for command in (["docs"], ["events"], ["series"], ["timeline"]):
        result = CliRunner().invoke(app, [*command, "--db", str(typo)])
        assert result.exit_code == 1 and "no such database" in result.output
    assert not typo.exists()
    missing_folder = tmp_path / "nowhere" / "f.db"
    with pytest.raises(StoreError, match="does not exist"):
        open_db(missing_folder)


def test_a_database_from_a_newer_frontlines_is_refused(tmp_path):
    path = tmp_path / "new.db"
    with open_db(path) as db:
        db.conn.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'then')")
    with pytest.raises(StoreError, match="newer than this Frontlines"):
        open_db(path)
    with pytest.raises(StoreError, match="newer"):
        open_db(path, readonly=True)


def _open(path: str) -> None:
    try:
        with open_db(path):
            pass
    except BaseException as exc:  # the parent's assertion says why this worker failed
        Path(f"{path}.{multiprocessing.current_process().pid}.err").write_text(repr(exc))
        raise


def test_two_processes_opening_a_new_database_at_once(tmp_path):
    context = multiprocessing.get_context("spawn")
    for trial in range(3):
        path = str(tmp_path / f"race-{trial}.db")
        workers = [context.Process(target=_open, args=(path,)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(120)
        errors = [p.read_text() for p in tmp_path.glob(f"race-{trial}.db.*.err")]
        assert [w.exitcode for w in workers] == [0, 0], errors
        with open_db(path) as db:
            assert db.count("documents") == 0


def test_series_catch_up_on_what_a_crashed_run_left_pending(tmp_path, nlp, seeds):
    db_path = tmp_path / "crash.db"
    frontlines.ingest([seeds], db_path, nlp=nlp)
    with open_db(db_path) as db:
        with db.transaction():
            db.forget_reconciled()  # as if the run died before reconciling
        assert db.pending_count() > 0
    result = CliRunner().invoke(app, ["series", "--db", str(db_path), "--json"])
    assert result.exit_code == 0 and result.output.strip()
    with open_db(db_path) as db:
        assert db.pending_count() == 0


def test_an_expected_failure_is_one_error_line_and_its_exit_code(tmp_path):
    """The commands share one way to end on a failure they expect: a bad settings file
    (exit 2), a document that is not there (exit 1); one ``error:`` line, no traceback."""
    bad = tmp_path / "settings.toml"
    bad.write_text("repeat_window_days = [", encoding="utf-8")
    db = str(tmp_path / "empty.db")
    open_db(db).close()
    result = CliRunner().invoke(app, ["series", "--db", db, "--settings", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["show", "nosuchdoc", "--db", db])
    assert result.exit_code == 1 and result.stderr.startswith("error: ")


def test_exits_on_lets_other_failures_through():
    import typer

    from frontlines.cli.app import exits_on

    with pytest.raises(typer.Exit) as stopped, exits_on(KeyError, ValueError, code=1):
        raise ValueError("no such thing")
    assert stopped.value.exit_code == 1
    with pytest.raises(RuntimeError), exits_on(KeyError):
        raise RuntimeError("not expected")
