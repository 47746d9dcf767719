"""How the store keys and finds a publisher's stories (review 19, findings 6-8): one key
per site however its address is written, old stores keyed again by a migration, and the
home vote's read of a publisher's newest stories straight off an index."""

from __future__ import annotations

from pathlib import Path

import frontlines
from frontlines.model import Article, ProcessedArticle
from frontlines.model.text import publisher_key
from frontlines.store.protocol import Store
from frontlines.web.highlight import marks_of

NEWEST = ("SELECT id, ingested_at FROM documents WHERE publisher = ?"
          " ORDER BY ingested_at DESC, id LIMIT ?")  # fmt: skip


def test_the_newest_stories_of_a_publisher_need_no_sort(tmp_path: Path) -> None:
    with frontlines.open_db(tmp_path / "plan.db") as store:
        rows = store.conn.execute("EXPLAIN QUERY PLAN " + NEWEST, ("ap", 200)).fetchall()
    plan = " ".join(str(row[-1]) for row in rows)
    assert "documents_publisher" in plan and "TEMP B-TREE" not in plan


def test_one_site_is_one_key_however_its_address_is_written() -> None:
    forms = ["https://www.hillgazette.example/a/1", "hillgazette.example/a/2",
             "www.hillgazette.example/b", "http://hillgazette.example./c",
             "HTTPS://HillGazette.example:8443/d"]  # fmt: skip
    assert {publisher_key("AP", url) for url in forms} == {"hillgazette.example"}
    assert publisher_key("AP", "https://bücher.example/x") == publisher_key(
        "AP", "https://xn--bcher-kva.example/y") == "xn--bcher-kva.example"  # fmt: skip
    assert publisher_key("AP", "/news/only-a-path") == "ap"  # no host: the credit
    assert publisher_key(None, "http://[bad") is None


def test_an_id_path_or_drive_written_as_the_address_names_no_host() -> None:
    """Only a dotted host name stands for a site when the scheme is left out: an id, a
    relative path, a URN or a Windows path falls back to the source credit."""
    for not_a_site in ("story-1234", "news/2024/a.html", "urn:uuid:1234", "C:\\feeds\\a.xml",
                       "localhost:8000/a"):  # fmt: skip
        assert publisher_key("AP", not_a_site) == "ap", not_a_site
    assert publisher_key("AP", "paper.example/x") == "paper.example"


def _doc(n: int, url: str) -> ProcessedArticle:
    article = Article(id=f"beef{n:04d}", text=f"Story {n}.", url=url, source="AP")
    return ProcessedArticle(article=article, sentences=(), mentions=(), places=())


def test_a_store_keyed_before_gets_its_scheme_less_addresses_keyed_again(
    store_url: str,
) -> None:
    """Migration 17: documents keyed by the old rule (a scheme-less address fell back to
    the credit) get their host on reopening, on either backend; others stay as they are."""
    with frontlines.open_db(store_url) as store:
        store.write(_doc(1, "hillgazette.example/a/1"))
        store.write(_doc(2, "https://hillgazette.example/a/2"))
        store.conn.execute("UPDATE documents SET publisher = 'ap' WHERE id = 'beef0001'")
        store.conn.execute("DELETE FROM schema_migrations WHERE version = 17")
    with frontlines.open_db(store_url) as store:
        keys = store.conn.execute("SELECT publisher FROM documents ORDER BY id").fetchall()
        assert store.publisher_home("ap") is None
    assert [k[0] for k in keys] == ["hillgazette.example", "hillgazette.example"]


def test_the_document_page_shows_why_a_place_was_read_so(store: Store) -> None:
    """Finding 9: a place the home moved says so on hover in the web page too."""
    from tests.test_publisher_home import OHIO_TOWN, _story

    store.write(_story(1, [OHIO_TOWN], reason="publisher home: Ohio"))
    store.write(_story(2, [OHIO_TOWN]))
    notes = [m.note for n in (1, 2) for m in marks_of(store.document(f"abcd000{n}"))
             if m.kind == "place"]  # fmt: skip
    assert notes[0].endswith("; publisher home: Ohio") and "publisher home" not in notes[1]
