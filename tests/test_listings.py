"""The CLI listings at 80 columns: each record at most a few lines, every column named."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def example_db(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("listings") / "examples.db"
    frontlines.ingest([EXAMPLES], path, nlp=nlp)
    return path


@pytest.mark.parametrize(
    ("command", "count_word"),
    [(["events"], "events"), (["claims"], "claims"), (["places"], "places"),
     (["docs"], "documents"), (["timeline", "--place", "Mosul"], "entries")],
)  # fmt: skip
def test_each_record_fits_in_a_few_lines_at_80_columns(example_db, command, count_word):
    result = CliRunner().invoke(app, [*command, "--db", str(example_db)],
                                env={"COLUMNS": "80"}, terminal_width=80)  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if not line.startswith("*")]
    title, header, body = lines[0], lines[1], lines[2:]
    records = int(title.split()[0])
    assert title.split()[1] == count_word and records > 0
    assert all(len(line) <= 80 for line in lines)
    assert len(body) <= 4 * records  # at most 4 lines each
    names = [n for n in header.replace("…", " ").split("  ") if n.strip()]
    assert names and all(n.strip() for n in names)  # no empty-headed column


def test_wide_prints_the_full_table(example_db):
    result = CliRunner().invoke(app, ["events", "--db", str(example_db), "--wide"],
                                env={"COLUMNS": "80"}, terminal_width=80)  # fmt: skip
    assert result.exit_code == 0 and "┃" in result.output  # a table with every column


def test_the_paged_listing_and_the_plain_list_summarise_a_document_alike(example_db):
    """Both select one row shape (store/queries.DOCUMENT_SUMMARY): the same documents,
    with the same counts of sentences and mentions."""
    from frontlines.store import open_db
    from frontlines.store.listing import DocumentFilter

    with open_db(example_db, readonly=True) as db:
        listed = db.documents()
        page = db.document_page(DocumentFilter(limit=len(listed)))
    assert listed and all(d.sentences > 0 and d.mentions > 0 for d in listed)
    assert page.total == len(listed)
    assert sorted(page.items, key=lambda d: d.id) == sorted(listed, key=lambda d: d.id)
