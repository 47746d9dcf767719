"""Merged events for maps and lists: one row per real-world event, filtered in SQL.

The map needs the events inside its viewport, quickly, whatever the size of
the database: every filter here (type, actor, dates, bounding box) is a bound
SQL condition on ``event_groups`` and the page is cut by ``LIMIT``, so a
request costs the rows it returns, not the rows stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from frontlines.errors import UsageError
from frontlines.store.queries import in_date_range, inside_box, type_actor_clauses
from frontlines.store.sql import Connection

__all__ = [
    "SORTS", "MergedEvent", "MergedEventFilter", "MergedEventPage", "load_merged_events",
    "merged_source",
]  # fmt: skip


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
    country: str | None = None  # ISO 3166 alpha-2
    place: str | None = None  # the merged event's place name, any case
    outlet: str | None = None  # one of the reports comes from this source
    sort: str = "newest"  # one of SORTS
    min_fatalities: int = 0  # at least this many killed by the highest report's count


#: How a page of merged events may be ordered: name -> SQL (ours, never the request's).
SORTS = {
    "newest": "g.day_first DESC, g.id",
    "oldest": "g.day_first, g.id",
    "reports": "g.reports DESC, g.day_first DESC, g.id",
    "confidence": "g.confidence DESC, g.day_first DESC, g.id",
    "fatalities": "coalesce(g.fatalities_high, -1) DESC, g.day_first DESC, g.id",
}


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
    outlets: tuple[str, ...] = ()  # the sources of its reports, as the documents name them
    feature_code: str | None = None  # GeoNames class of its place: PPL town, ADM1, PCLI...

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"outlets": list(self.outlets)}


@dataclass(frozen=True)
class MergedEventPage:
    total: int
    items: tuple[MergedEvent, ...]


def load_merged_events(conn: Connection, where: MergedEventFilter) -> MergedEventPage:
    """Newest first; ``total`` counts every match, ``items`` is one page of them."""
    if where.sort not in SORTS:
        raise UsageError(f"sort must be one of {', '.join(SORTS)}, not {where.sort!r}")
    counted, params = merged_source(where)
    total = conn.execute("SELECT count(*)" + counted, params).fetchone()[0]
    source, params = merged_source(where, with_report=True)
    rows = conn.execute(
        "SELECT g.id, g.type, e.acled_event, e.acled_sub_event, e.plover, g.actor1, g.actor2,"
        " g.date, g.day_first, g.day_last, g.place_name, g.country, g.lat, g.lon,"
        " g.geo_precision, g.fatalities_low, g.fatalities_high, g.reports, e.doc_id, e.start,"
        ' e."end", g.confidence, g.background, g.feature_code'
        + source
        + f" ORDER BY {SORTS[where.sort]} LIMIT ? OFFSET ?",
        [*params, where.limit, where.offset],
    ).fetchall()
    outlets = _outlets(conn, [row[0] for row in rows])
    # background is 0/1 on SQLite, a number on PostgreSQL: a bool on both
    items = tuple(MergedEvent(*[*row[:-2], bool(row[-2]), outlets.get(row[0], ()), row[-1]])
                  for row in rows)  # fmt: skip
    return MergedEventPage(total, items)


def _outlets(conn: Connection, group_ids: list[str]) -> dict[str, tuple[str, ...]]:
    """The outlets of each listed merged event, in one grouped query per 500 ids (a
    subquery per row cost ten times as much on a page of 2,000)."""
    found: dict[str, list[str]] = {}
    for start in range(0, len(group_ids), 500):
        chunk = group_ids[start : start + 500]
        rows = conn.execute(
            "SELECT r.group_id, d.source FROM event_reports r JOIN documents d ON d.id = r.doc_id"
            f" WHERE r.group_id IN ({','.join('?' * len(chunk))}) AND d.source IS NOT NULL"
            " GROUP BY 1, 2 ORDER BY 1, 2",
            chunk,
        )
        for group_id, source in rows:
            found.setdefault(group_id, []).append(source)
    return {k: tuple(v) for k, v in found.items()}


def merged_source(
    where: MergedEventFilter, with_report: bool = False
) -> tuple[str, list[Any]]:
    """``FROM`` and ``WHERE`` of the merged events a filter keeps (``g``: the group; ``e``:
    its first report, joined only when a filter or ``with_report`` needs it: counting
    ``event_groups`` alone reads an index, the join costs a lookup per event), with their
    bound values; the facets and the chart count these."""
    clauses, params = _clauses(where)
    sql_where = " WHERE " + " AND ".join(clauses) if clauses else ""
    joined = " JOIN events e ON e.id = g.id" if with_report or where.type or where.actor else ""
    return " FROM event_groups g" + joined + sql_where, params


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
    if where.country:
        clauses.append("g.country = ?")
        params.append(where.country.upper())
    if where.place:
        # lower() folds ASCII only on both backends (SQLite's; PostgreSQL's under the
        # columns' "C" collation): the value is folded the same way here
        clauses.append("lower(g.place_name) = ?")
        params.append("".join(c.lower() if c.isascii() else c for c in where.place))
    if where.min_fatalities > 0:
        clauses.append("g.fatalities_high >= ?")
        params.append(where.min_fatalities)
    if where.outlet:
        clauses.append("EXISTS (SELECT 1 FROM event_reports r JOIN documents d ON d.id = r.doc_id"
                       " WHERE r.group_id = g.id AND d.source = ?)")  # fmt: skip
        params.append(where.outlet)
    return clauses, params
