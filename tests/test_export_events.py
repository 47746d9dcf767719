"""ACLED-style CSV and GeoJSON exports of the merged events, on the example articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import frontlines
from frontlines.cli.main import app
from frontlines.store import open_db
from frontlines.store.export_events import ACLED_COLUMNS, write_acled_csv, write_geojson
from tests.conftest import EXAMPLES

ACLED_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians",
               "Strategic developments", "Protests", "Riots"}  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, nlp) -> Path:
    db = tmp_path_factory.mktemp("export") / "demo.db"
    frontlines.ingest([EXAMPLES], db, nlp=nlp)
    return db


def test_acled_csv_has_acled_columns_and_codes(demo_db, gazetteer):
    buffer = io.StringIO()
    with open_db(demo_db) as db:
        result = write_acled_csv(db, buffer, gazetteer)
        located = db.conn.execute(
            "SELECT count(*) FROM event_groups WHERE lat IS NOT NULL AND country IS NOT NULL"
        ).fetchone()[0]
    reader = csv.DictReader(io.StringIO(buffer.getvalue()))
    rows = list(reader)
    assert reader.fieldnames == ACLED_COLUMNS
    assert result.rows == len(rows) == located > 10
    assert len({r["event_id_cnty"] for r in rows}) == len(rows)  # stable, unique ids
    for row in rows:
        assert row["event_type"] in ACLED_TYPES and row["sub_event_type"]
        assert row["time_precision"] in {"1", "2", "3"}
        assert row["event_date"][:4] == row["year"]
        assert -90 <= float(row["latitude"]) <= 90 and row["geo_precision"] in {"1", "2", "3"}
        assert row["notes"] and "\n" not in row["notes"] and row["source"]
        assert row["actor2"] != row["location"]  # the place is where, not whom
    mosul = [r for r in rows if r["location"] == "Mosul"]
    assert mosul and all(
        (r["country"], r["iso"], r["region"], r["admin1"]) == ("Iraq", "368", "Middle East",
                                                               "Nīnawá") for r in mosul
    )  # fmt: skip
    seized = next(r for r in mosul if r["sub_event_type"] == "Non-state actor overtakes territory"
                  and r["event_date"] == "2014-06-10")  # not the 2017 story's look back at it
    assert seized["actor1"] == "Islamic State" and seized["inter1"] == "2"
    assert seized["interaction"] == "20" and seized["disorder_type"] == "Political violence"


def test_geojson_has_events_and_places_as_points(demo_db):
    buffer = io.StringIO()
    with open_db(demo_db) as db:
        n = write_geojson(db, buffer)
    data = json.loads(buffer.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n
    kinds = {f["properties"]["kind"] for f in data["features"]}
    assert kinds == {"event", "place"}
    assert all(f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
               for f in data["features"])  # fmt: skip
    places = {f["properties"]["name"]: f for f in data["features"]
              if f["properties"]["kind"] == "place"}  # fmt: skip
    lon, lat = places["Mosul"]["geometry"]["coordinates"]
    assert abs(lat - 36.34) < 0.2 and abs(lon - 43.13) < 0.2


def test_cli_exports_both_formats(demo_db, tmp_path):
    runner = CliRunner()
    out = tmp_path / "acled.csv"
    result = runner.invoke(app, ["export", "--db", str(demo_db), "--format", "acled-csv",
                                 "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "events" in result.output and out.read_text("utf-8").startswith("event_id_cnty,")
    geo = runner.invoke(app, ["export", "--db", str(demo_db), "--format", "geojson"])
    assert geo.exit_code == 0 and '"FeatureCollection"' in geo.stdout
