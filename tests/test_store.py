import sqlite3

import pytest

from frontlines.model import Article, Extractor, Mention, ProcessedArticle, Sentence
from frontlines.store import DocumentNotFound, open_db
from frontlines.store.migrations import MIGRATIONS

EXTRACTOR = Extractor("test", "1")


def _processed(doc_id="ab12cd34ef56ab78", text="Raqqa fell. Fighters fled east.", bad=False):
    sentences = (Sentence(0, 0, 11, "Raqqa fell."), Sentence(1, 12, 31, "Fighters fled east."))
    mentions = (
        Mention(0, 5, "Raqqa", "GPE", 0, EXTRACTOR),
        Mention(12, 20, "Fighters", "NORP", 7 if bad else 1, EXTRACTOR),
    )
    return ProcessedArticle(
        Article(doc_id, text, title="T", published="2017-10-17"), sentences, mentions
    )


def test_migrations_recorded_and_reopen_is_noop(db_path):
    with open_db(db_path) as db:
        versions = [r[0] for r in db.conn.execute("SELECT version FROM schema_migrations")]
        assert versions == sorted(MIGRATIONS)
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with open_db(db_path) as db:
        assert db.count("documents") == 0


def test_write_is_idempotent(db_path):
    with open_db(db_path) as db:
        assert db.write(_processed()) is True
        assert db.write(_processed()) is False
        assert (db.count("documents"), db.count("sentences"), db.count("mentions")) == (1, 2, 2)


def test_failed_write_leaves_nothing_half_stored(db_path):
    with open_db(db_path) as db:
        db.write(_processed())
        with pytest.raises(sqlite3.IntegrityError):
            # mention points at a sentence that does not exist: FK violation mid-article
            db.write(_processed(doc_id="ffff000011112222", bad=True))
        assert db.count("documents") == 1
        assert db.count("sentences") == 2
        assert not db.has_document("ffff000011112222")


def test_document_lookup_by_prefix(db_path):
    with open_db(db_path) as db:
        db.write(_processed())
        assert db.document("ab12").id == "ab12cd34ef56ab78"
        with pytest.raises(DocumentNotFound):
            db.document("0000")
        with pytest.raises(DocumentNotFound):
            db.document("'; DROP TABLE documents; --")


def test_search_quotes_user_input_and_reports_offsets(db_path):
    with open_db(db_path) as db:
        db.write(_processed())
        hits = db.search("fighter fled")  # porter stemming: fighter ~ Fighters
        assert len(hits) == 1
        hit = hits[0]
        assert (hit.start, hit.end, hit.text) == (12, 31, "Fighters fled east.")
        assert [hit.text[a:b] for a, b in hit.highlights] == ["Fighters", "fled"]
        assert db.search('al-Baghdadi OR "') == []  # FTS syntax characters are inert
        with pytest.raises(ValueError):
            db.search("!!!")
