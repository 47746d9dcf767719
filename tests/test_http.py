"""The HTTP API and pages through an in-process client, on a real SQLite database."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import frontlines
from frontlines.web.app import ServeSettings, create_app
from tests.conftest import EXAMPLES

#: The in-process client's Host header, besides the local names a server answers for.
TEST_HOSTS = frozenset({"testserver", "localhost", "127.0.0.1"})

HOSTILE = (
    "Gunmen attack checkpoint\n\nTest Wire\n\ndate 2020-05-04\n\n"
    "KIRKUK - Gunmen <script>alert(1)</script> attacked a checkpoint near Kirkuk on Monday,"
    ' killing 3 police officers <img src=x onerror="alert(2)">, officials said.\n'
)


@pytest.fixture(scope="module")
def served(tmp_path_factory, nlp) -> tuple[TestClient, Path]:
    folder = tmp_path_factory.mktemp("served")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = folder / "served.db"
    frontlines.ingest([EXAMPLES, hostile], db, nlp=nlp)
    app = create_app(ServeSettings(db, ingest_token="s3cret", max_upload_bytes=5_000,
                                   allowed_hosts=TEST_HOSTS))  # fmt: skip
    app.state.nlp = nlp
    return TestClient(app), db


def test_documents_list_get_search_and_404(served):
    client, _ = served
    listed = client.get("/api/documents", params={"limit": 5}).json()
    assert listed["total"] >= 15 and len(listed["items"]) == 5
    second = client.get("/api/documents", params={"limit": 5, "offset": 5}).json()
    assert {d["id"] for d in listed["items"]}.isdisjoint(d["id"] for d in second["items"])
    doc = client.get(f"/api/documents/{listed['items'][0]['id']}").json()
    assert doc["id"] == listed["items"][0]["id"] and "claims" in doc and "events" in doc
    mosul = client.get("/api/documents", params={"q": "Mosul"}).json()
    assert 0 < mosul["total"] < listed["total"]
    assert client.get("/api/documents/ffffffff").status_code == 404
    hits = client.get("/api/search", params={"q": "Mosul fighters"}).json()["items"]
    assert hits and all("mosul" in h["text"].lower() for h in hits)
    assert client.get("/api/search", params={"q": "!!"}).status_code == 400


def test_claims_series_conflicts_and_downloads(served):
    client, _ = served
    claims = client.get("/api/claims", params={"measure": "territory_held_share"}).json()
    assert claims["total"] >= 4
    csv_text = client.get("/api/claims", params={"format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("doc_id,")
    wanted = {"subject": "islamic_state", "measure": "territory_held_share"}
    series = client.get("/api/series", params=wanted).json()
    (one,) = series["items"]
    assert client.get(f"/api/series/{one['id']}").json()["id"] == one["id"]
    assert client.get("/api/series/nope").status_code == 404
    flags = client.get("/api/conflicts").json()
    assert flags["total"] >= 1 and flags["items"][0]["kind"] in {
        "conflict",
        "revision",
        "direction",
    }


def test_events_filters_bbox_geojson_and_merged_event(served):
    client, _ = served
    every = client.get("/api/events", params={"limit": 1000}).json()
    near = client.get("/api/events", params={"near": "Mosul", "within_km": 30}).json()
    assert 0 < near["total"] < every["total"]
    box = client.get("/api/events", params={"bbox": "42.5,35.5,44.0,37.0"}).json()  # Mosul area
    assert box["total"] and all(42.5 <= e["place"]["lon"] <= 44.0 for e in box["items"])
    geo = client.get("/api/events", params={"format": "geojson"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    first = every["items"][0]
    merged = client.get(f"/api/events/{first['id']}").json()
    assert merged["merged"]["id"] == first["group_id"]
    assert any(r["id"] == first["id"] for r in merged["reports"])
    since = client.get("/api/events", params={"since": "2019-01-01"}).json()["items"]
    assert since and all(e["date"] >= "2019-01-01" for e in since)
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/events", params={"near": "Atlantis"}).status_code == 404


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/events", {"since": "2017-13"}),
        ("/api/events", {"until": "yesterday"}),
        ("/api/claims", {"since": "2017-02-30x"}),
        ("/api/events", {"bbox": "1,2,3"}),
        ("/api/places", {"bbox": "10,10,5,5"}),
        ("/api/places", {"bbox": "0,0,200,10"}),
        ("/api/timeline", {"since": "March"}),
    ],
)
def test_bad_dates_and_bboxes_are_400(served, path, params):
    client, _ = served
    response = client.get(path, params=params)
    assert response.status_code == 400, response.text
    assert response.json()["detail"]


def test_places_actors_timeline_outlines_and_validation(served):
    client, _ = served
    places = client.get("/api/places", params={"country": "IQ"}).json()
    assert places["total"] and all(p["country"] == "IQ" for p in places["items"])
    geo = client.get("/api/places", params={"format": "geojson"}).json()
    assert geo["features"][0]["geometry"]["type"] == "Point"
    actors = client.get("/api/actors").json()["items"]
    assert next(a for a in actors if a["id"] == "islamic_state")["mentions"] > 0
    timeline = client.get("/api/timeline", params={"place": "Mosul"}).json()["items"]
    assert timeline and [e["first_day"] for e in timeline] == sorted(
        e["first_day"] for e in timeline
    )
    every = client.get("/api/timeline", params={"min_confidence": 0, "limit": 1000}).json()
    events = [e for e in every["items"] if e["kind"] == "event"]
    assert any(e["history"] for e in events) and not all(e["history"] for e in events)
    news = client.get("/api/timeline", params={"min_confidence": 0, "limit": 1000,
                                               "background": "false"}).json()  # fmt: skip
    assert not any(e["history"] for e in news["items"]) and news["total"] < every["total"]
    sure = client.get("/api/timeline", params={"min_confidence": 0.9, "limit": 1000}).json()
    assert sure["total"] < every["total"]
    outlines = client.get("/api/outlines.geojson").json()
    assert len(outlines["features"]) > 150
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422
    assert client.get("/api/events", params={"format": "xml"}).status_code == 422
    assert client.get("/openapi.json").json()["info"]["title"] == "Frontlines"


def test_ingest_needs_the_token_and_respects_the_size_limit(served):
    client, db = served
    story = {
        "text": "BAGHDAD - A car bomb exploded in a market in Baghdad on Sunday, killing"
        " 9 people, police said.",
        "title": "Car bomb in Baghdad",
        "published": "2020-06-07",
    }
    assert client.post("/api/ingest", json=story).status_code == 401
    wrong = client.post("/api/ingest", json=story, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    big = dict(story, text="word " * 2000)
    too_big = client.post("/api/ingest", json=big, headers={"Authorization": "Bearer s3cret"})
    assert too_big.status_code == 413
    ok = client.post("/api/ingest", json=story, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201, ok.text
    (doc_id,) = ok.json()["ingested"]
    assert client.get(f"/api/documents/{doc_id}").json()["title"] == "Car bomb in Baghdad"
    again = client.post("/api/ingest", json=story, headers={"Authorization": "Bearer s3cret"})
    assert again.json() == {"ingested": [], "duplicates": 1}
    closed = TestClient(create_app(ServeSettings(db, allowed_hosts=TEST_HOSTS)))
    assert closed.post("/api/ingest", json=story).status_code == 403


def test_pages_render_and_article_text_is_inert(served):
    client, _ = served
    for path in ("/", "/map", "/timeline", "/series", "/search?q=Mosul", "/docs"):
        assert client.get(path).status_code == 200, path
    hostile_id = client.get("/api/documents", params={"q": "checkpoint Kirkuk"}).json()
    doc_id = hostile_id["items"][0]["id"]
    page = client.get(f"/documents/{doc_id}").text
    assert (
        "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    )
    assert "<img src=x" not in page and "&lt;img src=x onerror=" in page
    search = client.get("/search", params={"q": "checkpoint"}).text
    assert "<script>alert(1)" not in search
    series_id = client.get("/api/series", params={"measure": "territory_held_share"}).json()[
        "items"][0]["id"]  # fmt: skip
    chart = client.get(f"/series/{series_id}").text
    assert "<svg" in chart and "/documents/" in chart
    assert client.get("/documents/ffffffff").status_code == 404


def test_article_view_marks_extractions_with_their_values(served):
    client, _ = served
    doc = client.get("/api/documents", params={"q": "65 percent territory"}).json()["items"][0]
    page = client.get(f"/documents/{doc['id']}").text
    full = client.get(f"/api/documents/{doc['id']}").json()
    claim = next(c for c in full["claims"] if c["measure"] == "territory_lost_share")
    assert f'id="at{claim["start"]}"' in page and "k-claim" in page
    assert "claim: territory_lost_share" in page and "k-place" in page and "k-time" in page
    event_id = client.get("/api/events").json()["items"][0]["group_id"]
    event_page = client.get(f"/events/{event_id}").text
    assert "/documents/" in event_page and "#at" in event_page
    assert json.loads(json.dumps(full))["id"] == doc["id"]


def test_merged_events_filter_in_sql_and_page(served):
    client, _ = served
    every = client.get("/api/merged-events").json()
    reports = client.get("/api/events", params={"limit": 1000}).json()["total"]
    assert 0 < every["total"] <= reports  # merged: never more events than reports
    days = [e["first_day"] for e in every["items"]]
    assert days == sorted(days, reverse=True)  # newest first
    box = client.get("/api/merged-events", params={"bbox": "42.5,35.5,44.0,37.0"}).json()
    assert 0 < box["total"] < every["total"]
    assert all(35.5 <= e["lat"] <= 37.0 and 42.5 <= e["lon"] <= 44.0 for e in box["items"])
    one = client.get("/api/merged-events", params={"limit": 1, "offset": 1}).json()
    assert one["total"] == every["total"] and one["items"] == every["items"][1:2]
    kind = every["items"][-1]["type"]  # the bundled examples' strike tallies are no events
    kept = client.get("/api/merged-events", params={"type": kind}).json()["items"]
    assert kept and {e["type"] for e in kept} == {kind}
    geo = client.get("/api/merged-events", params={"format": "geojson", "located": True}).json()
    assert geo["features"] and all(f["properties"]["doc_id"] for f in geo["features"])
    assert client.get("/api/merged-events", params={"limit": 20_000}).status_code == 422


def test_lists_report_totals_and_page_in_sql(served):
    client, _ = served
    for path in ("/api/events", "/api/claims", "/api/timeline"):
        whole = client.get(path, params={"limit": 1000}).json()
        first = client.get(path, params={"limit": 3}).json()
        later = client.get(path, params={"limit": 3, "offset": 3}).json()
        assert first["total"] == whole["total"] == later["total"] > 6, path
        assert first["items"] + later["items"] == whole["items"][:6], path
    near = client.get("/api/events", params={"near": "Mosul", "limit": 1}).json()
    assert near["total"] > 1 and len(near["items"]) == 1
    download = client.get("/api/events", params={"format": "csv"}).text  # all rows by default
    rows = list(csv.DictReader(io.StringIO(download)))
    assert len(rows) == client.get("/api/events").json()["total"]


def test_timeline_page_and_series_window(served):
    client, _ = served
    total = client.get("/api/timeline").json()["total"]
    page = client.get("/timeline").text
    assert f"1–{min(total, 200)} of {total}" in page
    second = client.get("/timeline", params={"offset": 2, "place": "Mosul"}).text
    assert 'rel="prev"' in second and "place=Mosul" in second
    series_id = client.get("/api/series", params={"measure": "territory_held_share"}).json()[
        "items"][0]["id"]  # fmt: skip
    whole = client.get(f"/series/{series_id}").text
    assert "<svg" in whole and "<title>" in whole and 'class="point"' in whole
    narrowed = client.get(f"/series/{series_id}", params={"since": "2019"}).text
    assert whole.count('class="point"') > narrowed.count('class="point"') > 0
    empty = client.get(f"/series/{series_id}", params={"until": "1990"}).text
    assert "No points in this window" in empty
    assert client.get(f"/series/{series_id}", params={"since": "soon"}).status_code == 400


def test_responses_carry_server_timing(served):
    client, _ = served
    timing = client.get("/api/documents").headers["server-timing"]
    assert timing.startswith("app;dur=") and float(timing.split("=")[1]) >= 0


@pytest.mark.parametrize("name", ["Islamic State", "ISIS", "Daesh", "islamic_state"])
def test_one_name_gives_the_same_records_in_cli_api_and_pages(served, name):
    """Names resolve once (frontlines.vocab.names): the CLI, /api/series, /api/timeline
    and the timeline page agree for every spelling of the same actor."""
    from typer.testing import CliRunner

    from frontlines.cli.main import app as cli

    client, db = served
    runner = CliRunner()
    measure = "territory-held-share"
    cli_series = runner.invoke(cli, ["series", "--db", str(db), "--subject", name,
                                     "--measure", measure, "--json"])  # fmt: skip
    assert cli_series.exit_code == 0, cli_series.output
    cli_ids = {json.loads(line)["id"] for line in cli_series.output.splitlines() if line}
    api_series = client.get("/api/series", params={"subject": name, "measure": measure}).json()
    assert cli_ids and {s["id"] for s in api_series["items"]} == cli_ids

    cli_timeline = runner.invoke(cli, ["timeline", "--db", str(db), "--actor", name, "--json"])
    assert cli_timeline.exit_code == 0, cli_timeline.output
    cli_entries = [json.loads(line) for line in cli_timeline.output.splitlines() if line]
    api_timeline = client.get("/api/timeline", params={"actor": name, "limit": 1000}).json()
    assert cli_entries and api_timeline["total"] == len(cli_entries)
    assert [e["summary"] for e in api_timeline["items"]] == [e["summary"] for e in cli_entries]
    page = client.get("/timeline", params={"actor": name}).text
    assert f"1–{len(cli_entries)} of {len(cli_entries)}</span>" in page


def test_uploads_are_refused_before_their_body_is_read(served):
    client, _ = served
    article = {"text": "Gunmen attacked a checkpoint near Kirkuk on Monday."}
    assert client.post("/api/ingest", json=article).status_code == 401
    no_bearer = client.post("/api/ingest", json=article, headers={"Authorization": "s3cret"})
    assert no_bearer.status_code == 401  # the scheme is required, not just the token
    huge = client.post("/api/ingest", content=b"x" * 200_000,
                       headers={"Authorization": "Bearer s3cret",
                                "Content-Type": "application/json"})  # fmt: skip
    assert huge.status_code == 413
    surrogate = b'{"text": "bad \\ud800 text"}'
    lone = client.post("/api/ingest", content=surrogate,
                       headers={"Authorization": "Bearer s3cret",
                                "Content-Type": "application/json"})  # fmt: skip
    assert lone.status_code == 422


def test_foreign_host_names_search_bombs_and_huge_offsets_are_refused(served):
    client, _ = served
    assert client.get("/api/documents", headers={"Host": "evil.example"}).status_code == 421
    bomb = client.get("/api/search", params={"q": " ".join(f"w{i}" for i in range(40))})
    assert bomb.status_code == 400 and "at most" in bomb.json()["detail"]
    repeated = client.get("/api/search", params={"q": "Mosul " * 80})
    assert repeated.status_code == 200  # one word asked for once
    assert client.get("/api/search", params={"q": "x" * 600}).status_code == 422
    assert client.get("/api/events", params={"offset": 2**63}).status_code == 422


def test_csv_cells_that_open_like_formulas_are_neutralised():
    import csv as csv_module

    from frontlines.store.csvsafe import SafeDictWriter

    buffer = io.StringIO()
    writer = SafeDictWriter(buffer, fieldnames=["a", "b", "c"])
    writer.writerow({"a": "=HYPERLINK(\"x\")", "b": "@SUM(A1)", "c": -3})
    row = next(csv_module.DictReader(io.StringIO(buffer.getvalue()), fieldnames=["a", "b", "c"]))
    assert row == {"a": "'=HYPERLINK(\"x\")", "b": "'@SUM(A1)", "c": "-3"}


def test_page_errors_are_pages_and_api_errors_stay_json(served):
    client, _ = served
    page = client.get("/documents/ffffffff")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "404 Not Found" in page.text and 'href="/"' in page.text  # a way back
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "<nav>" in missing.text
    api = client.get("/api/documents/ffffffff")
    assert api.status_code == 404 and api.json()["detail"]
    assert client.get("/api/no-such-route").headers["content-type"] == "application/json"
