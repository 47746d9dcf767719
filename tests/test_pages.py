"""The analyst's pages (issue 23) through an in-process client on the example articles:
the events list with its facets, chart, pager and exports; filters read from the URL."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import frontlines
from frontlines.web.app import ServeSettings, create_app
from tests.conftest import EXAMPLES

HOSTS = frozenset({"testserver"})
#: Two outlets reporting one attack (merged into one event), one with a hostile URL.
WIRE = (
    '{"title": "Checkpoint attacked near Kirkuk", "published": "2020-05-05", "source":'
    ' "North Wire", "url": "https://north.example/kirkuk-1", "text": "Islamic State fighters'
    ' attacked a police checkpoint in Kirkuk on Monday, killing 3 police officers, officials'
    ' said."}\n'
    '{"title": "Three police killed in Kirkuk attack", "published": "2020-05-05", "source":'
    ' "River Post", "url": "javascript:alert(3)", "text": "Three police officers were killed'
    ' when Islamic State militants attacked a checkpoint in Kirkuk on Monday, a security'
    ' source said."}\n'
)


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp) -> TestClient:
    folder = Path(tmp_path_factory.mktemp("pages"))
    (folder / "wire.jsonl").write_text(WIRE, encoding="utf-8")
    db = folder / "pages.db"
    frontlines.ingest([EXAMPLES, folder / "wire.jsonl"], db, nlp=nlp)
    return TestClient(create_app(ServeSettings(db, allowed_hosts=HOSTS)))


def test_events_page_json_and_api_are_one_query(client):
    data = client.get("/events.json", params={"limit": 5}).json()
    api = client.get("/api/merged-events", params={"limit": 5}).json()
    assert data["total"] == api["total"] > 5 and data["items"] == api["items"]
    facets = data["facets"]
    # every facet counts the whole filtered set, not the page
    assert sum(f["count"] for f in facets["acled_event"]) == data["total"]
    assert sum(b["events"] for b in data["histogram"]) == data["total"]
    assert data["bucket"] in {"week", "month", "year"} and data["first_day"] <= data["last_day"]
    west, south, east, north = data["extent"]  # where the map of these events looks
    located = [e for e in api["items"] if e["lat"] is not None]
    assert all(south <= e["lat"] <= north and west <= e["lon"] <= east for e in located)
    html = client.get("/events", params={"limit": 5, "offset": 5}).text
    assert re.search(rf"6–10 of {data['total']} events", html)
    assert 'rel="prev" href="/events?offset=0&amp;limit=5"' in html
    assert html.count('href="/events/') >= 5 and 'class="counts-chart"' in html


@pytest.mark.parametrize("facet", ["acled_event", "type", "actor", "country", "place", "outlet"])
def test_each_facet_link_narrows_to_its_count(client, facet):
    everything = client.get("/events.json").json()
    value = everything["facets"][facet][0]
    key = "type" if facet == "acled_event" else facet
    narrowed = client.get("/events.json", params={key: value["value"]}).json()
    assert narrowed["total"] == value["count"], (facet, value)
    assert narrowed["total"] < everything["total"] or len(everything["facets"][facet]) == 1
    page = client.get("/events", params={key: value["value"]}).text
    assert 'class="on"' in page and "remove filter" in page  # the active value can be unset


def test_filters_combine_and_show_in_the_form(client):
    params = {"actor": "ISIS", "country": "iq", "sort": "oldest", "min_confidence": "0.2"}
    data = client.get("/events.json", params=params).json()
    assert 0 < data["total"] < client.get("/events.json").json()["total"]
    days = [e["first_day"] for e in data["items"]]
    assert days == sorted(days)
    for e in data["items"]:
        assert "islamic_state" in (e["actor1"], e["actor2"]) and e["country"] == "IQ"
        assert e["confidence"] >= 0.2
    page = client.get("/events", params=params).text
    assert 'name="actor" value="ISIS"' in page and 'name="country" value="iq"' in page
    assert "<option selected>oldest</option>" in page
    # empty fields of a submitted form mean "any"
    blank = client.get("/events.json?type=&actor=&country=&min_confidence=&since=").json()
    assert blank["total"] == client.get("/events.json").json()["total"]


def test_exports_hold_exactly_the_filtered_events(client):
    wanted = {"country": "SY"}
    data = client.get("/events.json", params=wanted | {"limit": 500}).json()
    page = client.get("/events", params=wanted).text
    links = dict(re.findall(r'data-format="(\w+)"(?: download)? href="([^"]+)"', page))
    assert set(links) == {"csv", "json", "geojson"}
    rows = list(csv.DictReader(io.StringIO(client.get(links["csv"].replace("&amp;", "&")).text)))
    assert {r["id"] for r in rows} == {e["id"] for e in data["items"]}
    assert all(r["country"] == "SY" and r["outlets"] for r in rows)  # with the outlets
    geo = client.get(links["geojson"].replace("&amp;", "&")).json()
    located = {e["id"] for e in data["items"] if e["lat"] is not None}
    assert {f["properties"]["id"] for f in geo["features"]} == located


def test_bad_filters_are_clear_errors(client):
    page = client.get("/events", params={"sort": "loudest"})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "sort" in page.text
    assert client.get("/events.json", params={"since": "June"}).status_code == 400
    assert client.get("/events.json", params={"min_confidence": "2"}).status_code == 422
    assert client.get("/events.xml").status_code == 422


def test_event_page_shows_who_what_where_when_and_every_report(client):
    (kirkuk,) = client.get("/events.json", params={"place": "Kirkuk"}).json()["items"]
    assert kirkuk["reports"] == 2 and kirkuk["outlets"] == ["North Wire", "River Post"]
    page = client.get(f"/events/{kirkuk['id']}").text
    detail = client.get(f"/api/events/{kirkuk['id']}").json()
    assert "2 merged duplicates" in page and "from North Wire, River Post" in page
    assert 'href="/events?actor=islamic_state">Islamic State</a>' in page  # a name, not an id
    assert "Battles" in page and "PLOVER" in page and "known to the town" in page
    assert 'id="eventmap"' in page and "3 killed" in page
    for report in detail["reports"]:
        assert report["source"] in {"North Wire", "River Post"}
        # the exact sentence, marked, linked to its place in the article, with its offsets
        assert f'href="/documents/{report["doc_id"]}#at{report["start"]}"' in page
        assert f"characters {report['start']}–{report['end']}" in page
        assert report["extractor"] in page
    assert 'class="original" href="https://north.example/kirkuk-1"' in page
    assert "javascript:" not in page  # a stored URL that is not a web address is no link
    doc = next(r for r in detail["reports"] if r["source"] == "North Wire")["doc_id"]
    assert 'href="https://north.example/kirkuk-1"' in client.get(f"/documents/{doc}").text
    assert client.get("/events/ffffffffffff").status_code == 404


def test_home_and_search_page_with_totals_and_filters_in_the_url(client):
    every = client.get("/api/documents", params={"limit": 1000}).json()
    page = client.get("/", params={"limit": 5, "offset": 5}).text
    assert f"6–10 of {every['total']} articles" in page and 'rel="next"' in page
    newest = client.get("/api/documents", params={"sort": "newest", "limit": 1}).json()
    assert newest["items"][0]["published"] == max(d["published"] or "" for d in every["items"])
    tigris = client.get("/", params={"source": "Tigris Wire", "sort": "oldest"}).text
    assert 'name="source" value="Tigris Wire"' in tigris
    assert "<option selected>oldest</option>" in tigris
    shown = int(re.search(r"of (\d+) articles", tigris).group(1))
    api = client.get("/api/documents", params={"source": "Tigris Wire"}).json()
    assert shown == api["total"] and all(d["source"] == "Tigris Wire" for d in api["items"])
    mosul = client.get("/api/search", params={"q": "Mosul", "limit": 1000}).json()["total"]
    first = client.get("/search", params={"q": "Mosul", "limit": 2}).text
    assert f"1–2 of {mosul} sentences" in first
    assert 'href="/search?q=Mosul&amp;offset=2&amp;limit=2"' in first
    assert client.get("/", params={"since": "soon"}).status_code == 400


def test_claims_and_places_pages_filter_by_name_in_the_url(client):
    wanted = {"subject": "ISIS", "measure": "territory held share"}
    page = client.get("/claims", params=wanted)
    assert page.status_code == 200 and 'name="subject" value="ISIS"' in page.text
    total = client.get("/api/claims", params=wanted).json()["total"]
    assert f"of {total} claims" in page.text and total >= 1
    table = page.text.split("<table")[1]
    assert "Islamic State" in table and ">territory_held_share<" not in table
    assert "format=csv" in page.text  # the export of the same filter
    assert client.get("/claims", params={"measure": "no such measure"}).status_code == 400
    syria = client.get("/places", params={"country": "SY", "role": "all"}).text
    assert "Syria" in syria and 'name="country" value="SY"' in syria
    assert "Mosul" not in syria.split("<table")[1]


def test_map_page_reads_its_filters_from_the_url_and_labels_are_offline(client):
    page = client.get("/map", params={"type": "Battles", "country": "IQ", "actor": "ISIS"}).text
    assert "<option selected>Battles</option>" in page and 'name="country" value="IQ"' in page
    assert 'id="legend"' in page and "country (centroid)" in page
    as_list = re.search(r'id="as-list" href="([^"]+)"', page).group(1)
    assert set(as_list.split("?")[1].split("&amp;")) == {"type=Battles", "actor=ISIS", "country=IQ"}
    labels = client.get("/api/basemap/labels", params={"bbox": "35,29,49,38", "zoom": 6}).json()
    kinds = {f["properties"]["kind"] for f in labels["features"]}
    names = {f["properties"]["name"] for f in labels["features"]}
    assert "country" in kinds and {"Iraq", "Syria"} <= names
    wide = client.get("/api/basemap/labels", params={"bbox": "-180,-90,180,90", "zoom": 1})
    assert all(f["properties"]["kind"] == "country" for f in wide.json()["features"])
    assert client.get("/api/basemap/labels", params={"bbox": "1,2,3"}).status_code == 400
    item = client.get("/api/merged-events", params={"place": "Kirkuk"}).json()["items"][0]
    assert item["actor1_name"] == "Islamic State" and item["precision"] == "town"
    assert item["country_name"] == "Iraq"


def test_series_list_filters_and_chart_axes_fit(client):
    displaced = client.get("/series", params={"measure": "displaced"}).text
    every = client.get("/series").text
    assert 'name="measure" value="displaced"' in displaced
    shown = int(re.search(r"(\d+) series", displaced).group(1))
    assert 0 < shown < int(re.search(r"(\d+) series", every).group(1))
    assert shown == client.get("/api/series", params={"measure": "displaced"}).json()["total"]
    big = next(s for s in client.get("/api/series", params={"measure": "displaced"}).json()["items"]
               if max((p["upper"] or p["value"] or 0) for p in s["points"]) >= 100_000)
    svg = client.get(f"/series/{big['id']}").text.split("<svg", 1)[1].split("</svg>")[0]
    ticks = re.findall(r'class="tick">([^<]+)<', svg)
    assert ticks and all(len(t) <= 6 for t in ticks), ticks  # "600k", not "600,000count"
    assert "count" not in " ".join(re.findall(r'class="point-label"[^>]*>([^<]+)<', svg))
    width, height = (float(v) for v in re.search(r'viewBox="0 0 (\S+) (\S+)"', svg).groups())
    for name in ("x", "y", "x1", "x2", "y1", "y2", "cx", "cy"):  # nothing drawn off the plot
        most = width if name.startswith(("x", "cx")) else height
        for value in re.findall(rf' {name}="(-?[\d.]+)"', svg):
            assert 0 <= float(value) <= most, (name, value)


def test_search_finds_an_actor_by_any_of_its_names(client):
    daesh = client.get("/api/search", params={"q": "Daesh", "limit": 100}).json()
    state = client.get("/api/search", params={"q": "Islamic State", "limit": 100}).json()
    plain = client.get("/api/search", params={"q": "Daesh Bali"}).json()  # no actor: words
    assert daesh["total"] == state["total"] > plain["total"]  # every name of the group
    said = [h["text"].lower() for h in daesh["items"]]
    assert sum("islamic state" in t for t in said) > sum("daesh" in t for t in said) > 0
    words = client.get("/api/search", params={"q": "Mosul fighters"}).json()
    assert all({"mosul", "fighters"} <= set(re.findall(r"\w+", h["text"].lower()))
               for h in words["items"])  # plain words are still all required  # fmt: skip
    page = client.get("/search", params={"q": "ISIS"}).text
    assert f"of {state['total']} sentences" in page and "<mark>" in page


def test_csv_wherever_format_csv_is_accepted(client):
    page = client.get("/api/timeline", params={"limit": 5}).json()
    timeline = client.get("/api/timeline", params={"limit": 5, "format": "csv"})
    assert timeline.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(timeline.text)))
    assert [r["id"] for r in rows] == [e["id"] for e in page["items"]]
    one = client.get("/api/series", params={"measure": "displaced"}).json()["items"][0]
    points = list(csv.DictReader(io.StringIO(
        client.get(f"/api/series/{one['id']}", params={"format": "csv"}).text)))  # fmt: skip
    assert [p["id"] for p in points] == [p["id"] for p in one["points"]]
    assert all(p["first_doc_id"] and p["first_start"] for p in points)  # where it is said
    assert client.get("/api/timeline", params={"format": "geojson"}).status_code == 422
    html = client.get("/timeline").text
    assert 'data-format="csv"' in html and "/api/timeline?format=csv" in html


def test_events_table_headers_sort(client):
    page = client.get("/events").text
    assert 'href="/events?sort=oldest">date ↓' in page
    assert 'href="/events?sort=reports">reports' in page
    by_reports = client.get("/events.json", params={"sort": "reports"}).json()["items"]
    counts = [e["reports"] for e in by_reports]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    assert "reports ↓" in client.get("/events", params={"sort": "reports"}).text


def test_event_page_lists_the_first_reports_of_a_big_event(client, monkeypatch):
    from frontlines.web import eventpage

    (kirkuk,) = client.get("/events.json", params={"place": "Kirkuk"}).json()["items"]
    monkeypatch.setattr(eventpage, "REPORTS_SHOWN", 1)
    page = client.get(f"/events/{kirkuk['id']}").text
    assert page.count('class="report"') == 1 and "The first 1 of 2 reports" in page
    assert "from North Wire, River Post" in page  # the facts still count every report


def test_events_filter_by_fatalities(client):
    killed = client.get("/events.json", params={"min_fatalities": "3"}).json()
    assert killed["total"] >= 1 and all(e["fatalities_high"] >= 3 for e in killed["items"])
    assert killed["total"] < client.get("/events.json").json()["total"]
    assert 'name="min_fatalities" value="3"' in client.get("/events?min_fatalities=3").text
    assert client.get("/events.json", params={"min_fatalities": "many"}).status_code == 422
