"""Export merged events as ACLED-style CSV, and events and places as GeoJSON points.

ACLED codes one row per event, day and location; so does this: one row per
merged event (every outlet that reported it in ``source``), with ACLED's column
names. Where ACLED's codebook has a coded field we fill it from ours:
``time_precision`` from how precise the text's date was (1 day, 2 week, 3 month
or coarser; the date is the middle of a week or month), ``geo_precision`` from
the resolver, ``inter1``/``inter2`` from the actor dictionary (numeric codes,
1 state forces ... 8 external/other forces; 7 civilians), ``interaction`` as the
two codes, lower first. ``event_id_cnty`` is the ISO alpha-3 code and our stable
event id. Events no report could place are left out (ACLED requires a
location) and counted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from frontlines.resolve.place.countries import countries
from frontlines.store import queries
from frontlines.store.csvsafe import SafeDictWriter
from frontlines.store.sql import Connection, Row, named_rows
from frontlines.vocab.timespan import precision_of

if TYPE_CHECKING:
    from frontlines.store.db import Database

__all__ = ["ACLED_COLUMNS", "PLACE_REASON", "EventExport", "write_acled_csv", "write_geojson"]

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip
DISORDER = {"Protests": "Demonstrations", "Riots": "Demonstrations",
            "Strategic developments": "Strategic developments"}  # fmt: skip
TIME_PRECISION = {"day": 1, "week": 2}  # anything coarser is 3
CIVILIANS = 7


class DivisionNames(Protocol):
    """What the export needs of a gazetteer: an admin1 division's name by its codes."""

    def division(self, country: str, admin1: str, admin2: str = "") -> Any: ...


@dataclass(frozen=True)
class EventExport:
    rows: int
    left_out: int  # merged events with no place (ACLED rows need one)


def write_acled_csv(
    db: Database, out: TextIO, gazetteer: DivisionNames | None = None
) -> EventExport:
    conn = db.conn
    actors = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, name, acled_inter FROM actors")}
    sources = dict(conn.execute(
        "SELECT r.group_id, group_concat(DISTINCT coalesce(d.source, d.url, d.id))"
        " FROM event_reports r JOIN documents d ON d.id = r.doc_id"
        " WHERE r.group_id IS NOT NULL GROUP BY r.group_id"
    ).fetchall())  # fmt: skip
    writer = SafeDictWriter(out, fieldnames=ACLED_COLUMNS)
    writer.writeheader()
    rows = left_out = 0
    for event in _merged_rows(conn):
        if event["lat"] is None or not event["country"]:
            left_out += 1
            continue
        writer.writerow(_acled_row(event, actors, sources.get(event["id"], ""), gazetteer))
        rows += 1
    unplaced = conn.execute("SELECT count(*) FROM event_reports WHERE group_id IS NULL")
    return EventExport(rows, left_out + int(unplaced.fetchone()[0]))


#: Why the merged event's place was read as it was: the ``reason`` of a report that gave
#: the group its place (the same name and point), e.g. "publisher home: Ohio"; NULL: the
#: story's own words placed it.
PLACE_REASON = (
    "(SELECT max(r.place_reason) FROM event_reports er JOIN events r ON r.id = er.event_id"
    " WHERE er.group_id = g.id AND r.place_name = g.place_name AND r.lat = g.lat"
    " AND r.lon = g.lon) AS place_reason"
)


def _merged_rows(conn: Connection) -> list[Row]:
    return named_rows(
        conn,
        "SELECT g.*, e.acled_event, e.acled_sub_event, e.actor1_text, e.actor2_text, e.text AS"
        " sentence, e.doc_id, (e.actor2_start < e.place_end AND e.place_start < e.actor2_end)"
        f" AS actor2_is_place, {PLACE_REASON} FROM event_groups g JOIN events e ON e.id = g.id"
        " ORDER BY g.day_first, g.id",
    )


def _acled_row(
    event: Row,
    actors: dict[str, tuple[str, int]],
    source: str,
    gazetteer: DivisionNames | None,
) -> dict[str, Any]:
    precision = TIME_PRECISION.get(precision_of(event["date"] or ""), 3)
    first = datetime.fromisoformat(event["day_first"])
    last = datetime.fromisoformat(event["day_last"])
    day = first if precision == 1 else first + (last - first) / 2
    name1, inter1 = _actor(actors, event["actor1"], event["actor1_text"])
    name2, inter2 = (
        ("", None)
        if event["actor2_is_place"]
        else _actor(actors, event["actor2"], event["actor2_text"])
    )  # "seized Mosul": Mosul is where, not whom (PLOVER targets keep it; ACLED does not)
    codes = sorted(c for c in (inter1, inter2) if c)
    country = countries().get(event["country"])
    civilians = event["acled_event"] == "Violence against civilians" or CIVILIANS in codes
    low, high = event["fatalities_low"], event["fatalities_high"]
    published = event["first_published"]
    return {
        "event_id_cnty": f"{country.alpha3 if country else event['country']}-{event['id']}",
        "event_date": day.date().isoformat(), "year": day.year, "time_precision": precision,
        "disorder_type": DISORDER.get(event["acled_event"], "Political violence"),
        "event_type": event["acled_event"], "sub_event_type": event["acled_sub_event"],
        "actor1": name1, "assoc_actor_1": "", "inter1": inter1 or "",
        "actor2": name2, "assoc_actor_2": "", "inter2": inter2 or "",
        "interaction": "".join(map(str, codes)) + ("0" if len(codes) == 1 else ""),
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": country.numeric if country else "", "region": country.acled_region if country
        else "", "country": country.name if country else event["country"],
        "admin1": _admin1(gazetteer, event["country"], event["admin1"]), "admin2": "",
        "admin3": "", "location": event["place_name"], "latitude": round(event["lat"], 4),
        "longitude": round(event["lon"], 4), "geo_precision": event["geo_precision"] or 3,
        "source": source.replace(",", "; "), "source_scale": "",
        "notes": " ".join(event["sentence"].split()),
        "fatalities": high if high is not None else (low or 0),
        "tags": f"frontlines reports={event['reports']}" + (
            f"; place {event['place_reason']}" if event["place_reason"] else ""),
        "timestamp": int(datetime.fromisoformat(published[:10]).replace(tzinfo=UTC).timestamp())
        if published else "",
    }  # fmt: skip


def _actor(actors: dict[str, tuple[str, int]], actor_id: str | None,
           text: str | None) -> tuple[str, int | None]:  # fmt: skip
    if actor_id and actor_id in actors:
        name, inter = actors[actor_id]
        return name, inter or None
    return text or "", None


def _admin1(gazetteer: DivisionNames | None, country: str, code: str | None) -> str:
    if gazetteer is None or not code:
        return ""
    division = gazetteer.division(country, code)
    return str(division.name) if division is not None else ""


def write_geojson(db: Database, out: TextIO) -> int:
    """Merged events (``kind: event``) and resolved places (``kind: place``) as points."""
    conn = db.conn
    features = []
    for event in _merged_rows(conn):
        if event["lat"] is None:
            continue
        columns = event.keys()  # a sqlite3.Row iterates over values, not names
        properties = {k: event[k] for k in columns if k not in {"lat", "lon", "actor2_is_place"}}
        features.append(_point(event["lon"], event["lat"], {"kind": "event"} | properties))
    for place in queries.list_places(conn):
        if place.lat is None or place.lon is None:
            continue
        features.append(_point(place.lon, place.lat, {"kind": "place"} | place.to_json()))
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}  # fmt: skip
