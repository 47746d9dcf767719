import pytest

from frontlines.model import Article, Extractor, Mention, ProcessedArticle, Sentence
from frontlines.store import DocumentNotFound, open_db
from frontlines.store.migrations import MIGRATIONS

EXTRACTOR = Extractor("test", "1")


def _processed(doc_id="ab12cd34ef56ab78", text="Raqqa fell. Fighters fled east.", bad=False):
    sentences = (Sentence(0, 0, 11, "Raqqa fell."), Sentence(1, 12, 31, "Fighters fled east."))
    mentions = (
        Mention(start=0, end=5, text="Raqqa", label="GPE", sentence_index=0, extractor=EXTRACTOR),
        Mention(start=12, end=20, text="Fighters", label="NORP",
                sentence_index=7 if bad else 1, extractor=EXTRACTOR),
    )  # fmt: skip
    return ProcessedArticle(
        article=Article(id=doc_id, text=text, title="T", published="2017-10-17"),
        sentences=sentences,
        mentions=mentions,
    )


def test_migrations_recorded_and_reopen_is_noop(db_path):
    with open_db(db_path) as db:
        versions = [r[0] for r in db.conn.execute("SELECT version FROM schema_migrations")]
        assert versions == sorted(MIGRATIONS)
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_db(db_path) as db:
        assert db.count("documents") == 0


def test_write_is_idempotent(store):
    assert store.write(_processed()) is True
    assert store.write(_processed()) is False
    assert (store.count("documents"), store.count("sentences"), store.count("mentions")) == (
        1, 2, 2,
    )  # fmt: skip


def test_failed_write_leaves_nothing_half_stored(store):
    store.write(_processed())
    with pytest.raises(Exception, match="(?i)foreign key"):
        # mention points at a sentence that does not exist: FK violation mid-article
        store.write(_processed(doc_id="ffff000011112222", bad=True))
    assert store.count("documents") == 1
    assert store.count("sentences") == 2
    assert not store.has_document("ffff000011112222")


def test_document_lookup_by_prefix(store):
    store.write(_processed())
    assert store.document("ab12").id == "ab12cd34ef56ab78"
    with pytest.raises(DocumentNotFound):
        store.document("0000")
    with pytest.raises(DocumentNotFound):
        store.document("'; DROP TABLE documents; --")


def test_search_quotes_user_input_and_reports_offsets(store):
    store.write(_processed())
    hits = store.search("fighter fled")  # porter stemming: fighter ~ Fighters
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.start, hit.end, hit.text) == (12, 31, "Fighters fled east.")
    assert [hit.text[a:b] for a, b in hit.highlights] == ["Fighters", "fled"]
    assert store.search('al-Baghdadi OR "') == []  # FTS syntax characters are inert
    with pytest.raises(ValueError):
        store.search("!!!")


def test_search_alternatives_pages_and_counts(store):
    """Any one alternative's words (an actor's other names), paged with a total that
    counts every match; alternatives are never query syntax, and raw queries take none."""
    store.write(_processed())
    text = "Daesh fighters left Raqqa. Nobody fled."
    store.write(ProcessedArticle(
        article=Article(id="cd34ef56ab78ab12", text=text, title="U", published="2017-10-18"),
        sentences=(Sentence(0, 0, 26, text[:26]), Sentence(1, 27, 39, text[27:])), mentions=(),
    ))  # fmt: skip
    assert store.count_search("Raqqa") == 2 and store.count_search("fled") == 2
    assert store.count_search("fighters") == 2 and store.search("Nobody")[0].start == 27
    both = store.search("Raqqa fled", alternatives=("Daesh fighters", 'x" OR "fell'))
    assert {h.text for h in both} == {"Daesh fighters left Raqqa."}  # "x" never occurs
    assert store.count_search("Raqqa fled", alternatives=("Daesh fighters",)) == 1
    assert store.count_search("fell", alternatives=("Nobody",)) == 2
    pages = [store.search("fell", limit=1, offset=n, alternatives=("Nobody",)) for n in (0, 1, 2)]
    assert [len(p) for p in pages] == [1, 1, 0]
    assert {pages[0][0].text, pages[1][0].text} == {"Raqqa fell.", "Nobody fled."}
    (hit,) = store.search("Raqqa fled", limit=5, alternatives=("left Daesh",))
    assert hit.sentence_id == both[0].sentence_id
    # the words of the alternative found are marked (PostgreSQL also marks any other
    # word asked for, FTS5 only those of the alternatives that matched)
    assert {"Daesh", "fighters"} <= {hit.text[a:b] for a, b in both[0].highlights}
    with pytest.raises(ValueError, match="raw"):
        store.search("fell", raw=True, alternatives=("Nobody",))
    with pytest.raises(ValueError):
        store.count_search("!!!", alternatives=("Raqqa",))


def test_readonly_handle_reads_and_refuses_writes(store_url):
    with open_db(store_url) as writer:
        writer.write(_processed())
    with open_db(store_url, readonly=True) as reader:
        assert reader.readonly and reader.count("documents") == 1
        assert reader.document("ab12").title == "T"
        with pytest.raises(Exception, match="(?i)read.?only"):
            reader.write(_processed(doc_id="ffff000011112222"))


def test_reconcile_state_round_trip(store):
    """What reconciliation reads and writes goes through the handle: pending articles
    are listed, reconciled, and cleared in one transaction."""
    from frontlines import reconcile

    store.write(_processed())
    assert store.pending_count() == 1
    report = reconcile.update(store)
    assert report.claims == 0 and store.pending_count() == 0
    with store.transaction():
        store.forget_reconciled()
    assert store.pending_count() == 1


def test_unknown_url_scheme_is_refused():
    with pytest.raises(ValueError, match="no store for"):
        open_db("mysql://nowhere/db")
