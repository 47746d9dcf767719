"""The home vote's read of a publisher's newest stories comes straight off an index
(review 19, finding 8): no sort of all a wire service's stories on every run."""

from __future__ import annotations

from pathlib import Path

import frontlines

NEWEST = ("SELECT id, ingested_at FROM documents WHERE publisher = ?"
          " ORDER BY ingested_at DESC, id LIMIT ?")  # fmt: skip


def test_the_newest_stories_of_a_publisher_need_no_sort(tmp_path: Path) -> None:
    with frontlines.open_db(tmp_path / "plan.db") as store:
        rows = store.conn.execute("EXPLAIN QUERY PLAN " + NEWEST, ("ap", 200)).fetchall()
    plan = " ".join(str(row[-1]) for row in rows)
    assert "documents_publisher" in plan and "TEMP B-TREE" not in plan
