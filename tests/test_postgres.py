"""The PostgreSQL store against SQLite on the example corpus: the same records, exports,
CLI output and HTTP answers; writers in two processes at once; errors on one line."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app as cli
from frontlines.errors import StoreError
from frontlines.store import open_db
from frontlines.store.merged import MergedEventFilter
from frontlines.store.pg import create_database, drop_database, translate
from frontlines.store.records import EventFilter
from frontlines.store.timeline import TimelineFilter
from frontlines.web.app import ServeSettings, create_app
from tests.conftest import EXAMPLES, ROOT, exports

runner = CliRunner()


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory, pg_server: str, nlp
) -> Iterator[tuple[str, str]]:
    """The example corpus ingested into a SQLite file and a PostgreSQL database."""
    sqlite_path = str(tmp_path_factory.mktemp("both") / "examples.db")
    name = f"frontlines_test_{uuid.uuid4().hex[:12]}"
    pg_url = create_database(pg_server, name)
    try:
        reports = [frontlines.ingest([EXAMPLES], url, nlp=nlp) for url in (sqlite_path, pg_url)]
        assert reports[0] == reports[1] and len(reports[0].ingested) >= 15
        yield sqlite_path, pg_url
    finally:
        drop_database(pg_server, name)


def test_example_corpus_exports_identical(both):
    lite, pg = (exports(url) for url in both)
    for kind in lite:
        assert lite[kind] == pg[kind], f"{kind} export differs between SQLite and PostgreSQL"
    assert lite["jsonl"].count("\n") >= 15


def test_example_corpus_reads_identical(both):
    """Every read the CLI and the pages make gives the same records on both backends."""
    answers = []
    for url in both:
        with open_db(url, readonly=True) as db:
            answers.append({
                "documents": db.documents(),
                "claims": db.claims(),
                "claims_page": db.claims(measure="territory_held_share", limit=3, offset=1),
                "count_claims": db.count_claims(subject="islamic_state"),
                "events": db.events(),
                "events_near": db.events(EventFilter(near="Mosul", within_km=80)),
                "events_type": db.events(EventFilter(type="Battles", actor="ISIS", limit=4)),
                "places": db.places(role=None),
                "places_named": db.places(name="mosul"),
                "series": db.series_points(),
                "timeline": db.timeline(TimelineFilter()),
                "timeline_place": db.timeline(TimelineFilter(place="Mosul", limit=5)),
                "count_timeline": db.count_timeline(TimelineFilter(actor="islamic_state")),
                "merged": db.merged_events(MergedEventFilter(limit=50)),
                "merged_box": db.merged_events(MergedEventFilter(bbox=(35, 30, 45, 40))),
                "actors": db.actor_mentions(),
                "undated": db.count_undated_events(),
                "busiest": db.busiest_ids(),
                "counts": {t: db.count(t) for t in ("documents", "sentences", "mentions",
                                                    "claims", "events", "event_groups",
                                                    "claim_groups", "series")},  # fmt: skip
            })  # fmt: skip
            event_id = answers[-1]["busiest"][1]
            answers[-1]["event"] = db.event(event_id) if event_id else None
    lite, pg = answers
    for key in lite:
        assert lite[key] == pg[key], f"{key} differs between SQLite and PostgreSQL"
    assert lite["claims"] and lite["events"] and lite["series"] and lite["merged"].items


def test_search_finds_the_same_sentences(both):
    """Both stem English ("fighters" ~ "fighter") and highlight the words matched; each
    ranks by its own measure, so the hits are compared as a set."""
    found = []
    for url in both:
        with open_db(url, readonly=True) as db:
            found.append({(h.sentence_id, h.text, h.highlights)
                          for q in ("Raqqa fighters", "killed", "Mosul")
                          for h in db.search(q, limit=100)})  # fmt: skip
    assert found[0] and found[0] == found[1]


CLI_READS = [
    ["docs", "--json"], ["claims", "--json"], ["events", "--json"], ["places", "--json"],
    ["series", "--json"], ["conflicts", "--json"], ["timeline", "--json"],
    ["events", "--near", "Mosul", "--within-km", "60", "--json"],
    ["search", "Mosul fighters", "--json"], ["export", "--format", "acled-csv"],
    ["series", "--csv", "--subject", "Islamic State"], ["timeline", "--place", "Mosul", "--wide"],
]  # fmt: skip


@pytest.mark.parametrize("args", CLI_READS, ids=lambda a: " ".join(a))
def test_cli_reads_identical(both, args):
    lite, pg = (runner.invoke(cli, [*args, "--db", url]) for url in both)
    assert lite.exit_code == pg.exit_code == 0, pg.output
    assert lite.stdout.strip()
    if args[0] == "search":  # each engine ranks by its own measure
        assert sorted(lite.stdout.splitlines()) == sorted(pg.stdout.splitlines())
    else:
        assert lite.stdout == pg.stdout


def test_cli_show_reconcile_and_unknown_document(both):
    _, pg = both
    doc_id = json.loads(runner.invoke(cli, ["docs", "--json", "--db", pg]).stdout.split("\n")[0])
    shown = runner.invoke(cli, ["show", doc_id["id"][:6], "--db", pg])
    assert shown.exit_code == 0 and doc_id["title"] in shown.stdout
    assert runner.invoke(cli, ["show", "deadbeef", "--db", pg]).exit_code == 1
    rebuilt = runner.invoke(cli, ["reconcile", "--rebuild", "--db", pg])
    assert rebuilt.exit_code == 0 and "reconciled" in rebuilt.stderr
    lite_series = runner.invoke(cli, ["series", "--json", "--db", both[0]]).stdout
    assert runner.invoke(cli, ["series", "--json", "--db", pg]).stdout == lite_series


WEB_READS = [
    "/api/documents?limit=5", "/api/claims?measure=territory_held_share", "/api/series",
    "/api/conflicts", "/api/events?limit=20", "/api/merged-events", "/api/places",
    "/api/actors", "/api/timeline", "/api/search?q=Mosul%20fighters",
    "/api/documents?q=Mosul", "/api/events?format=csv", "/api/merged-events?format=geojson",
]  # fmt: skip


def test_web_app_answers_identically(both):
    hosts = frozenset({"testserver"})
    lite, pg = (TestClient(create_app(ServeSettings(url, allowed_hosts=hosts))) for url in both)
    for path in WEB_READS:
        a, b = lite.get(path), pg.get(path)
        assert a.status_code == b.status_code == 200, (path, b.text[:200])
        assert a.content == b.content, f"{path} differs between SQLite and PostgreSQL"
    series = pg.get("/api/series").json()
    first = series["items"][0]["id"] if isinstance(series, dict) else series[0]["id"]
    for page in ("/", "/map", "/timeline", "/series", f"/series/{first}", "/search?q=Mosul"):
        assert pg.get(page).status_code == 200, page


#: The analyst pages (issue 23) and their data: the same bytes from both stores.
PAGE_READS = [
    "/events", "/events.json", "/events.json?limit=3&offset=2", "/events.csv", "/events.geojson",
    "/events?background=false&located=true", "/events.json?bucket=week",
    "/events.json?actor=ISIS&country=iq&min_confidence=0.2&sort=oldest",
    "/events.json?place=MOSUL", "/events.json?min_fatalities=3&sort=fatalities",
    "/api/merged-events?since=2016&until=2017-12", "/claims",
    "/claims?subject=ISIS&measure=territory%20held%20share", "/places", "/places?role=all",
    "/places?country=SY&role=all", "/?limit=5&offset=3", "/?q=Mosul", "/?q=Mosul&sort=title",
    "/?sort=oldest&since=2015&until=2017-06", "/api/documents?q=fighters&sort=title",
    "/api/basemap/labels?bbox=35,29,49,38&zoom=6",
]  # fmt: skip


def _both_clients(both: tuple[str, str]) -> tuple[TestClient, TestClient]:
    hosts = frozenset({"testserver"})
    lite, pg = (TestClient(create_app(ServeSettings(url, allowed_hosts=hosts))) for url in both)
    return lite, pg


def _same(lite: TestClient, pg: TestClient, path: str) -> bytes:
    a, b = lite.get(path), pg.get(path)
    assert a.status_code == b.status_code == 200, (path, b.text[:300])
    assert a.content == b.content, f"{path} differs between SQLite and PostgreSQL"
    return a.content


def test_analyst_pages_answer_identically(both):
    """The events page with every sort, each facet's first value and each chart bucket,
    an event page, the listings with their filters: identical on both stores."""
    from frontlines.store.facets import BUCKETS
    from frontlines.store.merged import SORTS

    lite, pg = _both_clients(both)
    answers = {path: _same(lite, pg, path) for path in PAGE_READS}
    for path in ("/events.json?place=MOSUL", "/events.json?bucket=week",
                 "/events.json?actor=ISIS&country=iq&min_confidence=0.2&sort=oldest"):
        assert json.loads(answers[path])["total"] > 0, path  # fmt: skip
    assert json.loads(answers["/api/documents?q=fighters&sort=title"])["total"] > 1
    assert b"Mosul" in answers["/?q=Mosul&sort=title"].split(b"<table", 1)[1]
    data = json.loads(_same(lite, pg, "/events.json?limit=500"))
    assert data["total"] > 5 and sum(b["events"] for b in data["histogram"]) == data["total"]
    for sort in SORTS:
        _same(lite, pg, f"/events.json?sort={sort}&limit=500")
        _same(lite, pg, f"/events?sort={sort}")
    for bucket in BUCKETS:  # each bucket read through the store (the page picks one)
        answers = []
        for url in both:
            with open_db(url, readonly=True) as db:
                answers.append(db.merged_event_histogram(MergedEventFilter(), bucket))
        assert answers[0] == answers[1] and answers[0], bucket
        if bucket == "week":  # each week named by its Monday
            assert all(date.fromisoformat(b.period).weekday() == 0 for b in answers[0])
    for facet, values in data["facets"].items():
        assert values, facet
        key = "type" if facet == "acled_event" else facet
        asked = urlencode({key: values[0]["value"]})
        narrowed = json.loads(_same(lite, pg, f"/events.json?{asked}"))
        assert narrowed["total"] == values[0]["count"], facet
    busiest = max(data["items"], key=lambda e: e["reports"])
    _same(lite, pg, f"/events/{busiest['id']}")
    _same(lite, pg, f"/api/events/{busiest['id']}")
    source = json.loads(_same(lite, pg, "/api/documents?limit=1"))["items"][0]["source"]
    _same(lite, pg, f"/?{urlencode({'source': source})}")


def test_search_pages_and_names_identically(both):
    """Search pages through the same sentences with the same total on both stores (each
    ranks by its own measure, so the pages are compared as a whole); an actor's name
    finds its other names on both; words never read as query syntax. Without stop words
    in the query, the same words are marked."""
    lite, pg = _both_clients(both)
    for q in ("Mosul", "ISIS", "Islamic State", "Raqqa fighters", 'Mosul & !Raqqa*'):
        found = []
        for client in (lite, pg):
            first = client.get("/api/search", params={"q": q, "limit": 1000}).json()
            pages, offset = set(), 0
            while offset < first["total"]:
                page = client.get("/api/search", params={"q": q, "limit": 4, "offset": offset})
                assert page.json()["total"] == first["total"]
                pages |= {(h["sentence_id"], tuple(map(tuple, h["highlights"])))
                          for h in page.json()["items"]}  # fmt: skip
                offset += 4
            whole = {(h["sentence_id"], tuple(map(tuple, h["highlights"])))
                     for h in first["items"]}  # fmt: skip
            assert pages == whole and len(whole) == first["total"]
            found.append((first["total"], whole))
        if q in ("ISIS", "Islamic State"):  # the other names' stop words ("of", "the"):
            # FTS5 marks them, PostgreSQL drops them, so compare the sentences found
            found = [(n, {sentence for sentence, _ in hits}) for n, hits in found]
        assert found[0] == found[1], q
        if q == "ISIS":
            named = found[0][0]
    state = pg.get("/api/search", params={"q": "Islamic State"}).json()["total"]
    assert named == state > pg.get("/api/search", params={"q": "ISIS Raqqa"}).json()["total"]
    for client in (lite, pg):
        assert client.get("/api/search", params={"q": "!!"}).status_code == 400
        assert client.get("/search", params={"q": "Mosul", "limit": 2}).status_code == 200


@pytest.mark.parametrize("workers", ["1", "2"])
def test_two_processes_ingest_overlapping_inputs(pg_url, tmp_path, nlp, workers):
    """Two writers at once, two thirds of the corpus each, overlapping: every distinct
    article stored once, each whole, and one reconciled state at the end. Each writer
    processes in itself (``--workers 1``) or hands batches of three to two worker
    processes of its own (``--workers 2``: four pipelines, two writers, one database)."""
    files = sorted(EXAMPLES.iterdir())
    third = len(files) // 3
    halves = [files[: 2 * third + 1], files[third:]]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    options = ["--db", pg_url, "--workers", workers, "--batch-size", "3"]
    runs = [
        subprocess.Popen([sys.executable, "-m", "frontlines", "ingest", *map(str, part),
                          *options], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for part in halves
    ]  # fmt: skip
    outcomes = [run.communicate(timeout=900) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err[-500:] for _, err in outcomes]
    stored = [int(re.search(r"(\d+) ingested", err).group(1)) for _, err in outcomes]
    single = tmp_path / "single.db"
    assert not frontlines.ingest([EXAMPLES], single, nlp=nlp).failed
    with open_db(pg_url, readonly=True) as db, open_db(single, readonly=True) as one:
        assert db.count("documents") == one.count("documents") == sum(stored) >= 15
        for table in ("sentences", "mentions", "claims", "events", "places"):
            assert db.count(table) == one.count(table), table
        assert db.pending_count() == 0
    assert exports(pg_url)["jsonl"] == exports(str(single))["jsonl"]


def test_connection_problems_are_one_line_store_errors(pg_server):
    base = pg_server.rsplit("/", 1)[0]
    with pytest.raises(StoreError, match='database "no_such_db" does not exist'):
        open_db(base + "/no_such_db")
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_db("postgresql://nobody:secret@127.0.0.1:1/db")
    assert "secret" not in caught.value.message and "\n" not in caught.value.message
    result = runner.invoke(cli, ["docs", "--db", "postgresql://nobody:secret@127.0.0.1:1/db"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and "cannot connect" in result.stderr


def test_reading_an_empty_database_says_ingest_creates_it(pg_url):
    for readonly in (True, False):
        with pytest.raises(StoreError, match="no Frontlines tables"):
            open_db(pg_url, readonly=readonly, create=False)
    result = runner.invoke(cli, ["claims", "--db", pg_url])
    assert result.exit_code != 0 and "no Frontlines tables" in result.stderr


def test_schema_matches_sqlite_column_for_column(pg_url, tmp_path):
    """The same migrations give the same tables and columns on both backends (PostgreSQL
    adds only its search vector)."""
    with open_db(pg_url) as pg, open_db(tmp_path / "s.db") as lite:
        tables = [r[0] for r in lite.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sentence_fts%' AND name NOT LIKE 'sqlite_%'")]  # fmt: skip
        for table in tables:
            lite_cols = [r[1] for r in lite.conn.execute(f"PRAGMA table_info({table})")]
            pg_cols = [r[0] for r in pg.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                " AND column_name <> 'search' ORDER BY ordinal_position", (table,))]  # fmt: skip
            assert pg_cols == lite_cols, table


def test_translation_keeps_literals_and_rewrites_functions():
    sql = ("SELECT group_concat(DISTINCT coalesce(a, b)), min(x, ?), max(y), char(31),"
           " 'what?%' FROM t CROSS JOIN u ON u.id = t.id WHERE t.s LIKE ?")  # fmt: skip
    assert translate(sql) == (
        "SELECT string_agg(DISTINCT coalesce(a, b), ','), LEAST(x, %s), max(y), chr(31),"
        " 'what?%%' FROM t JOIN u ON u.id = t.id WHERE t.s ILIKE %s"
    )


def test_server_gone_mid_session_is_a_store_error(pg_url):
    """A session the server ends (restart, admin, network) fails the next call with a
    StoreError, as the CLI and the web app report on one line."""
    with open_db(pg_url) as db, open_db(pg_url) as admin:
        pid = db.conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        admin.conn.execute("SELECT pg_terminate_backend(?)", (pid,))
        with pytest.raises(StoreError, match="server failed the query"):
            db.count("documents")


def test_store_bench_writes_checks_and_times_pages(pg_url):
    """`bench --store URL --ingest N`: N new articles, counted, then every page served;
    a second run adds N more (new copies, never the same ids again)."""
    args = ["bench", "--examples", str(EXAMPLES), "--store", pg_url, "--ingest", "30", "--json"]
    first = runner.invoke(cli, args)
    assert first.exit_code in (0, 1), first.output  # 1: a page over budget on a busy machine
    measured = json.loads(first.stdout)
    assert (measured["backend"], measured["documents_before"], measured["documents_after"],
            measured["lost_or_duplicated"]) == ("postgresql", 0, 30, 0)  # fmt: skip
    assert measured["pages"]["article"]["server_ms"] > 0
    again = json.loads(runner.invoke(cli, args).stdout)
    assert (again["documents_before"], again["documents_after"]) == (30, 60)


def test_first_opens_racing_migrate_once(pg_url):
    """Several processes opening a new database at once: one migrates (advisory lock),
    the others find it done; every migration is recorded once."""
    from concurrent.futures import ThreadPoolExecutor

    from frontlines.store.migrations import MIGRATIONS

    def opened(_: int) -> int:
        with open_db(pg_url) as db:
            return db.count("documents")

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(opened, range(4))) == [0, 0, 0, 0]
    with open_db(pg_url) as db:
        versions = [r[0] for r in db.conn.execute("SELECT version FROM schema_migrations")]
    assert sorted(versions) == sorted(MIGRATIONS)


def test_missing_server_binaries_say_how_to_install(tmp_path, monkeypatch):
    """No PostgreSQL on the machine: the tests fail saying what to install, never skip."""
    from frontlines.lab.pgcluster import PgClusterError, find_bindir

    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PgClusterError, match=r"apt-get install postgresql"):
        find_bindir(str(tmp_path / "*" / "bin" / "initdb"))


def test_ddl_types_and_shown_urls():
    from frontlines.store.sql import postgres_ddl, safe_url

    assert postgres_ddl(
        'CREATE TABLE t (text TEXT NOT NULL, lat REAL, n INTEGER, "end" INTEGER)'
    ) == (
        'CREATE TABLE t (text TEXT COLLATE "C" NOT NULL, lat DOUBLE PRECISION, n BIGINT,'
        ' "end" BIGINT)'
    )
    assert safe_url("postgresql://ana:s3cret@db.example.org:5433/news?sslmode=require") == (
        "postgresql://ana@db.example.org:5433/news?sslmode=require"
    )
    assert safe_url("postgresql://ana@db/news") == "postgresql://ana@db/news"
