"""One ordered, deduplicated list of what happened and what was claimed, per actor or place.

Entries are merged events and reconciled claims (never raw reports), so a story
carried by three outlets is one line with three reports. Each entry keeps its
date as precise as the text was ("2014-SU", "2018-12") and its first report's
sentence for provenance.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians
from typing import Any

from frontlines.store.queries import in_date_range
from frontlines.store.series import SeriesPoint, describe
from frontlines.store.sql import Connection
from frontlines.vocab.geometry import haversine_km
from frontlines.vocab.timespan import DaySpan, precision_of

__all__ = ["TimelineEntry", "TimelineFilter", "count_timeline", "load_timeline"]


@dataclass(frozen=True)
class TimelineFilter:
    """``actor``: an actor id (or the words of an actor as written); ``place``: a
    resolved place name with ``near`` = its coordinates; dates are ISO prefixes.
    ``min_confidence``: events less sure than this are left out (the lists and the
    map apply the same settings threshold); ``background``: False leaves out events
    every report tells as history (a year or more before publication)."""

    actor: str | None = None
    place: str | None = None
    near: tuple[float, float] | None = None
    within_km: float = 50.0
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    offset: int = 0
    min_confidence: float = 0.0
    background: bool = True


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # "event" | "claim"
    id: str
    date: str
    precision: str
    span: DaySpan
    what: str  # event type or measure
    summary: str
    place: str | None
    lat: float | None
    lon: float | None
    reports: int
    first_published: str | None
    doc_id: str
    start: int
    end: int
    sentence: str
    history: bool = False  # an event every report tells as history, not as news

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "span"} | {
            "first_day": self.span.first.isoformat(), "last_day": self.span.last.isoformat()
        }  # fmt: skip


def _span(first: str, last: str) -> DaySpan:
    from datetime import date

    return DaySpan(date.fromisoformat(first), date.fromisoformat(last))


def load_timeline(conn: Connection, where: TimelineFilter) -> list[TimelineEntry]:
    """Entries in date order; ``limit``/``offset`` page them.

    Each kind comes from SQL already ordered and cut to ``offset + limit`` rows,
    so one page of a large database costs about a page of rows.
    """
    entries = _events(conn, where) + _claims(conn, where)
    entries.sort(key=_order)
    stop = None if where.limit is None else where.offset + where.limit
    return entries[where.offset : stop]


def count_timeline(conn: Connection, where: TimelineFilter) -> int:
    """How many entries ``where`` matches, ignoring ``limit`` and ``offset``."""
    clauses, params = _event_clauses(where)
    if where.near is None:
        events = conn.execute(
            "SELECT count(*) FROM event_groups g" + _where(clauses), params
        ).fetchone()[0]
    else:
        points = conn.execute("SELECT g.lat, g.lon FROM event_groups g" + _where(clauses), params)
        events = sum(1 for lat, lon in points if _near(where, lat, lon))
    clauses, params = _claim_clauses(where)
    claims = conn.execute(
        "SELECT count(*) FROM claim_groups g JOIN series s ON s.id = g.series_id"
        " JOIN claims c ON c.id = g.id" + _where(clauses),
        params,
    ).fetchone()[0]
    return int(events) + int(claims)


def _order(e: TimelineEntry) -> tuple[Any, ...]:
    return (e.span.first, e.span.last, e.kind, e.id)


def _where(clauses: list[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def _page_sql(where: TimelineFilter, python_filtered: bool) -> tuple[str, list[int]]:
    """ORDER BY the timeline order, and LIMIT when SQL alone decides what matches."""
    order = " ORDER BY g.day_first, g.day_last, g.id"
    if where.limit is None or python_filtered:
        return order, []
    return order + " LIMIT ?", [where.offset + where.limit]


def _near(where: TimelineFilter, lat: float | None, lon: float | None) -> bool:
    if where.near is None:
        return True
    if lat is None or lon is None:
        return False
    return haversine_km(where.near[0], where.near[1], lat, lon) <= where.within_km


def _date_clauses(where: TimelineFilter, prefix: str) -> tuple[list[str], list[Any]]:
    params: list[Any] = []
    clauses = in_date_range(f"{prefix}.day_first", f"{prefix}.day_last", where.since,
                            where.until, params)  # fmt: skip
    return clauses, params


def _event_clauses(where: TimelineFilter) -> tuple[list[str], list[Any]]:
    clauses, params = _date_clauses(where, "g")
    if where.min_confidence > 0:
        clauses.append("g.confidence >= ?")
        params.append(where.min_confidence)
    if not where.background:
        clauses.append("g.background = 0")
    if where.actor:
        clauses.append("(g.actor1 = ? OR g.actor2 = ?)")
        params += [where.actor, where.actor]
    if where.place and where.near is None:
        clauses.append("(lower(g.place_name) = lower(?) OR g.country = ?)")
        params += [where.place, where.place.upper()]
    if where.near is not None:  # a box in SQL first; the exact distance in Python
        dlat = where.within_km / 111.0
        dlon = where.within_km / (111.0 * max(0.01, cos(radians(where.near[0]))))
        clauses.append("g.lat BETWEEN ? AND ? AND g.lon BETWEEN ? AND ?")
        params += [where.near[0] - dlat, where.near[0] + dlat,
                   where.near[1] - dlon, where.near[1] + dlon]  # fmt: skip
    return clauses, params


def _events(conn: Connection, where: TimelineFilter) -> list[TimelineEntry]:
    clauses, params = _event_clauses(where)
    tail, extra = _page_sql(where, where.near is not None)
    rows = conn.execute(
        "SELECT g.id, g.date, g.day_first, g.day_last, g.type, g.actor1, g.actor2, g.place_name,"
        ' g.country, g.lat, g.lon, g.reports, g.first_published, e.doc_id, e.start, e."end",'
        " e.text, e.actor1_text, e.actor2_text, g.fatalities_low, g.fatalities_high, g.background"
        " FROM event_groups g JOIN events e ON e.id = g.id" + _where(clauses) + tail,
        params + extra,
    ).fetchall()
    found = []
    for (gid, date, first, last, type_, a1, a2, place, country, lat, lon, reports, published,
         doc_id, start, end, sentence, a1_text, a2_text, low, high, history) in rows:  # fmt: skip
        if not _near(where, lat, lon):
            continue
        who = " → ".join(x for x in (a1_text or a1, a2_text or a2) if x)
        killed = (
            "" if low is None else f", {low} killed" if low == high else f", {low}-{high} killed"
        )
        summary = f"{type_.replace('_', ' ')}" + (f": {who}" if who else "") + killed
        where_ = f"{place}, {country}" if place else None
        found.append(TimelineEntry("event", gid, date, precision_of(date), _span(first, last),
                                   type_, summary, where_, lat, lon, reports, published, doc_id,
                                   start, end, sentence, bool(history)))  # fmt: skip
    return found


def _claim_clauses(where: TimelineFilter) -> tuple[list[str], list[Any]]:
    clauses, params = _date_clauses(where, "g")
    if where.actor:
        clauses.append("(s.subject = ? OR g.source_key = ?)")
        params += [where.actor, f"actor:{where.actor}"]
    if where.place:
        clauses.append("(s.scope LIKE ? OR c.place LIKE ?)")
        params += [f"%{where.place}%", f"%{where.place}%"]
    return clauses, params


def _claims(conn: Connection, where: TimelineFilter) -> list[TimelineEntry]:
    clauses, params = _claim_clauses(where)
    tail, extra = _page_sql(where, False)
    rows = conn.execute(
        "SELECT g.id, g.as_of, g.day_first, g.day_last, s.measure, s.subject, s.scope, g.value,"
        " g.lower, g.upper, g.approx, g.unit, g.source_text, g.reports, g.first_published,"
        ' c.doc_id, c.start, c."end", se.text'
        " FROM claim_groups g JOIN series s ON s.id = g.series_id"
        " JOIN claims c ON c.id = g.id JOIN sentences se ON se.id = c.sentence_id"
        + _where(clauses)
        + tail,
        params + extra,
    ).fetchall()
    found = []
    for (gid, as_of, first, last, measure, subject, scope, value, lower, upper, approx, unit,
         source, reports, published, doc_id, start, end, sentence) in rows:  # fmt: skip
        span = _span(first, last)
        shown = describe(SeriesPoint(gid, value, lower, upper, bool(approx), unit, as_of, span,
                                     None, source, None, "", ()))  # fmt: skip
        mark = "%" if unit == "percent" else ""
        summary = (
            f"{measure.replace('_', ' ')} {shown}{mark}"
            + (f" ({subject})" if subject else "")
            + (f", says {source}" if source else "")
        )
        found.append(TimelineEntry("claim", gid, as_of, precision_of(as_of), span, measure,
                                   summary, scope or None, None, None, reports, published,
                                   doc_id, start, end, sentence))  # fmt: skip
    return found
