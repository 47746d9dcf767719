"""Merged events for maps and lists: one row per real-world event, filtered in SQL.

The map needs the events inside its viewport, quickly, whatever the size of
the database: every filter here (type, actor, dates, bounding box) is a bound
SQL condition on ``event_groups`` and the page is cut by ``LIMIT``, so a
request costs the rows it returns, not the rows stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.store.queries import in_date_range, inside_box, type_actor_clauses
from frontlines.store.sql import Connection

__all__ = ["MergedEvent", "MergedEventFilter", "MergedEventPage", "load_merged_events"]


@dataclass(frozen=True)
class MergedEventFilter:
    """Every field narrows; dates are ISO prefixes; ``bbox`` is (west, south, east, north)."""

    type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    located_only: bool = False
    limit: int = 1000
    offset: int = 0
    min_confidence: float = 0.0  # merged events whose best report is at least this likely
    background: bool = True  # False: news only, history (dated a year+ before) left out


@dataclass(frozen=True)
class MergedEvent:
    id: str
    type: str
    acled_event: str | None
    acled_sub_event: str | None
    plover: str | None
    actor1: str | None
    actor2: str | None
    date: str | None
    first_day: str
    last_day: str
    place_name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    reports: int
    doc_id: str  # the first report: where the popup's "sentence" link goes
    start: int
    end: int
    confidence: float = 1.0  # of its most likely report
    background: bool = False  # every report dates it a year or more before publication

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class MergedEventPage:
    total: int
    items: tuple[MergedEvent, ...]


def load_merged_events(conn: Connection, where: MergedEventFilter) -> MergedEventPage:
    """Newest first; ``total`` counts every match, ``items`` is one page of them."""
    clauses, params = _clauses(where)
    sql_where = " WHERE " + " AND ".join(clauses) if clauses else ""
    source = " FROM event_groups g JOIN events e ON e.id = g.id" + sql_where
    total = conn.execute("SELECT count(*)" + source, params).fetchone()[0]
    rows = conn.execute(
        "SELECT g.id, g.type, e.acled_event, e.acled_sub_event, e.plover, g.actor1, g.actor2,"
        " g.date, g.day_first, g.day_last, g.place_name, g.country, g.lat, g.lon,"
        " g.geo_precision, g.fatalities_low, g.fatalities_high, g.reports, e.doc_id, e.start,"
        ' e."end", g.confidence, g.background'
        + source
        + " ORDER BY g.day_first DESC, g.id LIMIT ? OFFSET ?",
        [*params, where.limit, where.offset],
    ).fetchall()
    # background is 0/1 on SQLite, a number on PostgreSQL: a bool on both
    return MergedEventPage(
        total, tuple(MergedEvent(*[*row[:-1], bool(row[-1])]) for row in rows)
    )


def _clauses(where: MergedEventFilter) -> tuple[list[str], list[Any]]:
    clauses, params = type_actor_clauses(where.type, where.actor, "g.type",
                                         ("g.actor1", "g.actor2"))  # fmt: skip
    clauses += in_date_range("g.day_first", "g.day_last", where.since, where.until, params)
    if where.bbox is not None:
        clauses.append(inside_box("g", where.bbox, params))
    elif where.located_only:
        clauses.append("g.lat IS NOT NULL")
    if where.min_confidence > 0:
        clauses.append("g.confidence >= ?")
        params.append(where.min_confidence)
    if not where.background:
        clauses.append("g.background = 0")
    return clauses, params
