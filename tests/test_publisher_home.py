"""A publisher's home area at ingest (issue 21): the store's stories of one publisher vote
for a home, and a new story of that publisher is read there, with the reason recorded.

The store half runs on both backends (``store``: SQLite and a throw-away PostgreSQL); the
end-to-end half ingests short local-news stories written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import frontlines
from frontlines.model import Article, Extractor, PlaceMention, ProcessedArticle, Sentence
from frontlines.store.protocol import Store

X = Extractor("test", "0")
SITE = "https://www.valleyledger.example/news/"


def _story(n: int, divisions: list[tuple[str, str, str]], url: str | None = SITE,
           source: str | None = None, reason: str | None = None) -> ProcessedArticle:
    """A stored story whose places lie in ``divisions`` ((name, country, admin1) each)."""
    text = f"Story {n}: " + ", ".join(name for name, _, _ in divisions) + "."
    places = []
    at = len(f"Story {n}: ")
    for name, country, admin1 in divisions:
        code = "PCLI" if not admin1 else "PPL"
        places.append(PlaceMention(
            start=at, end=at + len(name), text=name, role="location", geonames_id=None,
            name=name, lat=None, lon=None, country=country, admin1=admin1 or None,
            feature_code=code, acled_precision=1, ucdp_precision=1, extractor=X,
            sentence_index=0, reason=reason,
        ))  # fmt: skip
        at += len(name) + 2
    article = Article(id=f"abcd{n:04d}", text=text, url=url and f"{url}{n}", source=source)
    return ProcessedArticle(article=article, sentences=(Sentence(0, 0, len(text), text),),
                            mentions=(), places=tuple(places))  # fmt: skip


OHIO_TOWN = ("Zanesville", "US", "OH")
OHIO_CITY = ("Akron", "US", "OH")
INDIANA_TOWN = ("Muncie", "US", "IN")


def test_publisher_is_the_url_host_else_the_source_credit() -> None:
    assert Article(id="a", text="x", url="https://www.valleyledger.example/a/1",
                   source="AP").publisher == "valleyledger.example"  # fmt: skip
    assert Article(id="a", text="x", source="  The Valley  Ledger ").publisher == (
        "the valley ledger"
    )
    assert Article(id="a", text="x").publisher is None
    assert Article(id="a", text="x", url="http://[bad", source="Ledger").publisher == "ledger"


def test_home_forms_from_three_stories_mostly_in_one_state(store: Store) -> None:
    for n, places in enumerate([[OHIO_TOWN], [OHIO_CITY, INDIANA_TOWN], [OHIO_TOWN], []]):
        assert store.write(_story(n, places))
    assert store.publisher_home("valleyledger.example") == ("US", "OH")
    assert store.publisher_home("another.example") is None


def test_no_home_from_too_few_or_spread_or_country_only_stories(store: Store) -> None:
    store.write(_story(1, [OHIO_TOWN]))
    store.write(_story(2, [OHIO_TOWN]))
    assert store.publisher_home("valleyledger.example") is None  # two stories: too few
    other = "https://news.example/"
    for n, places in enumerate([[OHIO_TOWN], [INDIANA_TOWN], [("Erie", "US", "PA")]], 10):
        store.write(_story(n, places, url=other))
    assert store.publisher_home("news.example") is None  # one each: no home
    national = "https://world.example/"
    for n in range(20, 24):
        store.write(_story(n, [("France", "FR", "")], url=national))
    assert store.publisher_home("world.example") is None  # a country is no division


def test_places_a_home_moved_do_not_vote_for_it(store: Store) -> None:
    store.write(_story(1, [OHIO_TOWN]))
    store.write(_story(2, [INDIANA_TOWN]))
    store.write(_story(3, [OHIO_TOWN], reason="publisher home: Ohio"))
    assert store.publisher_home("valleyledger.example") is None  # Ohio by one story alone
    credit_only = [_story(n, [INDIANA_TOWN], url=None, source="Hoosier Herald")
                   for n in range(5, 8)]  # fmt: skip
    for story in credit_only:
        store.write(story)
    assert store.publisher_home("hoosier herald") == ("US", "IN")


def test_the_reason_is_stored_and_read_back(store: Store) -> None:
    store.write(_story(1, [OHIO_TOWN], reason="publisher home: Ohio"))
    (place,) = store.document("abcd0001").places
    assert place.reason == "publisher home: Ohio"
    assert place.to_json()["reason"] == "publisher home: Ohio"


# -- end to end: ingest a local paper's stories, then one that names Dublin alone --------

LOCAL = [
    "Crews repaved Main Street in Zanesville this week, the city engineer said on Tuesday.",
    "The school board in Chillicothe voted to hire twelve new teachers for the autumn.",
    "A new bakery opened in Wapakoneta on Saturday and sold out of bread by noon.",
]
DUBLIN = "The Dublin city council met on Monday and approved a plan for a new park."


def _articles(texts: list[str], site: str, first: int = 0) -> list[Article]:
    return [Article(id=f"feed{first + i:04d}", text=t, url=f"{site}story/{first + i}")
            for i, t in enumerate(texts)]  # fmt: skip


def _dublin(db: Path, doc_id: str) -> PlaceMention:
    with frontlines.open_db(db) as store:
        return next(p for p in store.document(doc_id).places if p.text == "Dublin")


def test_a_local_paper_s_dublin_is_read_in_its_home_state(nlp, tmp_path: Path) -> None:
    db = tmp_path / "home.db"
    site = "https://www.countycourier.example/"
    frontlines.ingest_articles(_articles(LOCAL, site), db, nlp=nlp)
    with frontlines.open_db(db) as store:
        assert store.publisher_home("countycourier.example") == ("US", "OH")
        assert all(p.reason is None for d in ("feed0000", "feed0001", "feed0002")
                   for p in store.document(d).places)  # fmt: skip
    report = frontlines.ingest_articles(_articles([DUBLIN], site, 3), db, nlp=nlp)
    assert report.ingested == ("feed0003",)
    dublin = _dublin(db, "feed0003")
    assert (dublin.country, dublin.admin1) == ("US", "OH")
    assert dublin.reason == "publisher home: Ohio"
    # ingesting the same files again changes nothing already stored
    again = frontlines.ingest_articles(_articles(LOCAL + [DUBLIN], site), db, nlp=nlp)
    assert again.ingested == () and len(again.duplicates) == 4


def test_no_home_forms_for_a_paper_whose_stories_spread(nlp, tmp_path: Path) -> None:
    db = tmp_path / "spread.db"
    site = "https://www.nationwire.example/"
    spread = [
        "Crews repaved a road in Zanesville this week, the city engineer said.",
        "Flood water closed two bridges in Tuscaloosa on Sunday.",
        "A wildfire burned near Flagstaff for a third day on Friday.",
    ]
    frontlines.ingest_articles(_articles(spread, site), db, nlp=nlp)
    frontlines.ingest_articles(_articles([DUBLIN], site, 3), db, nlp=nlp)
    dublin = _dublin(db, "feed0003")
    assert dublin.country == "IE" and dublin.reason is None


def test_the_home_can_be_turned_off_and_a_run_never_votes_for_itself(
    nlp, tmp_path: Path
) -> None:
    site = "https://www.countycourier.example/"
    off = tmp_path / "off.db"
    frontlines.ingest_articles(_articles(LOCAL, site), off, nlp=nlp)
    frontlines.ingest_articles(_articles([DUBLIN], site, 3), off, nlp=nlp, publisher_home=False)
    assert _dublin(off, "feed0003").reason is None
    one_run = tmp_path / "one.db"  # the three and Dublin in one run: no home yet
    frontlines.ingest_articles(_articles(LOCAL + [DUBLIN], site), one_run, nlp=nlp,
                               batch_size=1)  # fmt: skip
    assert _dublin(one_run, "feed0003").reason is None


def test_an_older_store_gets_each_document_s_publisher_on_upgrade(tmp_path: Path) -> None:
    """Migration 14 reads the publisher of the documents stored before it from their URL
    or source credit, so their stories vote at once."""
    import sqlite3

    path = tmp_path / "old.db"
    with frontlines.open_db(path) as store:
        for n in range(3):
            store.write(_story(n, [OHIO_TOWN]))
        store.write(_story(9, [INDIANA_TOWN], url=None, source="Prairie Post"))
    conn = sqlite3.connect(path)  # back to the layout before migration 14
    conn.executescript(
        "DROP INDEX documents_publisher; ALTER TABLE documents DROP COLUMN publisher;"
        " ALTER TABLE places DROP COLUMN reason;"
        " DELETE FROM schema_migrations WHERE version = 14;"
    )
    conn.close()
    with frontlines.open_db(path) as store:
        assert store.publisher_home("valleyledger.example") == ("US", "OH")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT publisher FROM documents WHERE source = 'Prairie Post'"
                        ).fetchone() == ("prairie post",)  # fmt: skip
    conn.close()
