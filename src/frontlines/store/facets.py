"""What a filtered list of merged events holds, counted: facets and counts over time.

The events page shows, beside one page of events, how the whole filtered set
breaks down (by type, actor, country, place, outlet) and how it spreads over
time. Each count is one grouped SQL query over the same ``FROM ... WHERE`` the
list uses (``merged.merged_source``), so the numbers always add up to the
list's total and the cost follows the index, not a Python loop over rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from frontlines.errors import UsageError
from frontlines.store.merged import MergedEventFilter, merged_source
from frontlines.store.sql import Connection

__all__ = [
    "BUCKETS", "FACETS", "EventFacets", "FacetValue", "TimeBucket", "event_facets",
    "event_histogram",
]  # fmt: skip

#: Facet name -> the SQL expression counted (ours, never the request's). ``acled_event``,
#: ``actor`` and ``outlet`` are counted apart (see ``event_facets``).
FACETS = {
    "acled_event": "",
    "type": "g.type",
    "actor": "",
    "country": "g.country",
    "place": "g.place_name",
    "outlet": "",
}
#: Time bucket name -> the SQL that turns ``g.day_first`` (ISO day) into the bucket's key
#: (weeks are counted by day, then folded onto their Mondays here: date arithmetic is
#: spelled differently by each backend, and there are at most a few thousand days).
BUCKETS = {
    "year": "substr(g.day_first, 1, 4)",
    "month": "substr(g.day_first, 1, 7)",
    "week": "g.day_first",
}


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int


@dataclass(frozen=True)
class EventFacets:
    """Counts of the filtered merged events by each facet (largest first, at most
    ``top`` values each), and the first and last day they span."""

    counts: dict[str, tuple[FacetValue, ...]]
    first_day: str | None
    last_day: str | None
    #: (west, south, east, north) of the located ones: where a map of them should look
    extent: tuple[float, float, float, float] | None = None

    def to_json(self) -> dict[str, Any]:
        facets = {k: [v.__dict__ for v in vs] for k, vs in self.counts.items()}
        return {"first_day": self.first_day, "last_day": self.last_day,
                "extent": list(self.extent) if self.extent else None, "facets": facets}  # fmt: skip


@dataclass(frozen=True)
class TimeBucket:
    """Merged events of one ACLED event type starting in one period, and the most
    fatalities their reports give (summed over the events that give a number)."""

    period: str
    acled_event: str
    events: int
    fatalities: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def event_facets(conn: Connection, where: MergedEventFilter, top: int = 12) -> EventFacets:
    source, params = merged_source(where)
    where_sql = " AND " if " WHERE " in source else " WHERE "
    counts: dict[str, tuple[FacetValue, ...]] = {}
    types = conn.execute(f"SELECT g.type, count(*){source} GROUP BY 1", params).fetchall()
    acled = _acled_of(conn, [t for t, _ in types])
    by_acled: dict[str, int] = {}
    for kind, n in types:  # an ACLED type is a function of ours: no join to the reports
        by_acled[acled.get(kind, "")] = by_acled.get(acled.get(kind, ""), 0) + int(n)
    counts["acled_event"] = _top(by_acled.items(), top)
    counts["type"] = _top(((str(t), int(n)) for t, n in types), top)
    for name in ("actor", "country", "place", "outlet"):
        if name == "actor":
            sql = ("SELECT a, count(*) FROM (SELECT g.actor1 AS a" + source
                   + " UNION ALL SELECT g.actor2" + source + ") AS actors"
                   " WHERE a IS NOT NULL")  # fmt: skip
            args = [*params, *params]
        elif name == "outlet":
            within = " AND r.group_id IN (SELECT g.id" + source + ")" if " WHERE " in source else ""
            sql = ("SELECT d.source, count(DISTINCT r.group_id) FROM event_reports r"
                   " JOIN documents d ON d.id = r.doc_id WHERE d.source IS NOT NULL"
                   " AND r.group_id IS NOT NULL" + within)  # fmt: skip
            args = list(params)
        else:
            column = FACETS[name]
            sql = f"SELECT {column}, count(*){source}{where_sql}{column} IS NOT NULL"
            args = list(params)
        rows = conn.execute(sql + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?", [*args, top])
        counts[name] = _top(((str(v), int(n)) for v, n in rows), top)
    first, last, west, south, east, north = conn.execute(
        "SELECT min(g.day_first), max(g.day_last), min(g.lon), min(g.lat), max(g.lon),"
        " max(g.lat)" + source, params).fetchone()  # fmt: skip
    extent = None if west is None else (float(west), float(south), float(east), float(north))
    return EventFacets({k: counts[k] for k in FACETS}, first, last, extent)


def _top(pairs: Any, top: int) -> tuple[FacetValue, ...]:
    ordered = sorted(((v, n) for v, n in pairs if v), key=lambda p: (-p[1], p[0]))
    return tuple(FacetValue(v, n) for v, n in ordered[:top])


def _acled_of(conn: Connection, types: list[str]) -> dict[str, str]:
    """The ACLED event type of each of our types, as the stored events give it (one
    indexed lookup per type)."""
    found = {}
    for kind in types:
        row = conn.execute("SELECT acled_event FROM events WHERE type = ? LIMIT 1",
                           (kind,)).fetchone()  # fmt: skip
        if row is not None:
            found[kind] = str(row[0])
    return found


def event_histogram(
    conn: Connection, where: MergedEventFilter, bucket: str = "month"
) -> list[TimeBucket]:
    """Merged events per period and ACLED event type, oldest period first."""
    if bucket not in BUCKETS:
        raise UsageError(f"bucket must be one of {', '.join(BUCKETS)}, not {bucket!r}")
    source, params = merged_source(where)
    rows = conn.execute(
        f"SELECT {BUCKETS[bucket]} AS period, g.type, count(*),"
        " coalesce(sum(g.fatalities_high), 0)" + source + " GROUP BY 1, 2",
        params,
    ).fetchall()
    acled = _acled_of(conn, sorted({str(r[1]) for r in rows}))
    summed: dict[tuple[str, str], list[int]] = {}
    for period, kind, n, killed in rows:
        key = _monday(period) if bucket == "week" else str(period)
        cell = summed.setdefault((key, acled.get(kind, "")), [0, 0])
        cell[0] += int(n)
        cell[1] += int(killed)
    return [TimeBucket(p, t, n, f) for (p, t), (n, f) in sorted(summed.items())]


def _monday(day: str) -> str:
    """The Monday starting the week of an ISO day (``day_first`` is always a whole day)."""
    first = date.fromisoformat(str(day)[:10])
    return (first - timedelta(days=first.weekday())).isoformat()
