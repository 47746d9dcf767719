"""Incremental event deduplication: the same event reported twice is one event with
two reports.

Two events merge when they have the same type, compatible actors (each role the
same actor, or unknown on one side), dates within ``event_window_days`` and
places that can be the same place: town-precise places within ``event_max_km``,
or a region and a town inside it. Every report keeps its own row in
``event_reports``, so each one's sentence is still one click away. Pending
events only are read, as for claims.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import timedelta

from frontlines.reconcile.claims import MAX_SPAN
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.vocab.geometry import haversine_km
from frontlines.vocab.timespan import DaySpan, day_span

__all__ = ["EventReconciler", "EventSite", "same_site"]

_DETERMINER = re.compile(r"^(the|a|an)\s+")


@dataclass(frozen=True)
class EventSite:
    """Where an event (or a merged group of reports) happened, as precisely as known."""

    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    precision: int | None


def same_site(a: EventSite, b: EventSite, settings: ReconcileSettings) -> float | None:
    """Distance in km if the two can be one place, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    coarse_a = (a.precision or settings.coarse_precision) >= settings.coarse_precision
    coarse_b = (b.precision or settings.coarse_precision) >= settings.coarse_precision
    if not coarse_a and not coarse_b:
        return km if km <= settings.event_max_km else None
    if a.country != b.country or a.country is None:
        return None
    region, other = (a, b) if coarse_a else (b, a)
    if (region.feature_code or "").startswith("PCL") or region.admin1 == other.admin1:
        return km
    return None


def actor_key(actor_id: str | None, text: str | None) -> str:
    if actor_id:
        return actor_id
    return _DETERMINER.sub("", " ".join((text or "").casefold().split()))


class EventReconciler:
    def __init__(self, conn: sqlite3.Connection, settings: ReconcileSettings | None = None):
        self.conn = conn
        self.settings = settings or ReconcileSettings()

    def run(self) -> int:
        """Merge every event not yet reconciled (in the caller's transaction)."""
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(
            "SELECT e.*, d.published AS doc_published FROM pending_documents p"
            " CROSS JOIN documents d ON d.id = p.doc_id CROSS JOIN events e ON e.doc_id = d.id"
            " WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)"
            " ORDER BY d.published IS NULL, d.published, e.doc_id, e.start"
        ).fetchall()
        for row in rows:
            date = row["date"] or row["doc_published"]
            span = day_span(date)
            group_id = None if span is None else self._place(row, date, span)
            self.conn.execute(
                "INSERT INTO event_reports (event_id, group_id, doc_id, published)"
                " VALUES (?,?,?,?)",
                (row["id"], group_id, row["doc_id"], row["doc_published"]),
            )
        return len(rows)

    def _place(self, row: sqlite3.Row, date: str, span: DaySpan) -> str:
        site = EventSite(row["place_name"], row["lat"], row["lon"], row["country"],
                         row["admin1"], row["feature_code"], row["geo_precision"])  # fmt: skip
        actors = (actor_key(row["actor1_id"], row["actor1_text"]),
                  actor_key(row["actor2_id"], row["actor2_text"]))  # fmt: skip
        match = self._same_event(row["type"], span, site, actors)
        killed = row["fatalities"]
        if match is None:
            self.conn.execute(
                "INSERT INTO event_groups (id, type, actor1, actor2, place_name, lat, lon,"
                " country, admin1, feature_code, geo_precision, date, day_first, day_last,"
                " fatalities_low, fatalities_high, first_published, reports)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
                (row["id"], row["type"], actors[0] or None, actors[1] or None, site.name,
                 site.lat, site.lon, site.country, site.admin1, site.feature_code,
                 site.precision, date, span.first.isoformat(), span.last.isoformat(), killed,
                 killed, row["doc_published"]),
            )  # fmt: skip
            return str(row["id"])
        group_id, group_site, group_days = match
        finer_place = (site.precision or 9) < (group_site.precision or 9)
        finer_date = span.days < group_days
        self.conn.execute(
            "UPDATE event_groups SET reports = reports + 1,"
            " actor1 = COALESCE(actor1, ?), actor2 = COALESCE(actor2, ?),"
            " fatalities_low = min(COALESCE(fatalities_low, ?), COALESCE(?, fatalities_low)),"
            " fatalities_high = max(COALESCE(fatalities_high, ?), COALESCE(?, fatalities_high)),"
            " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
            " THEN ? ELSE first_published END WHERE id = ?",
            (actors[0] or None, actors[1] or None, killed, killed, killed, killed,
             row["doc_published"], row["doc_published"], group_id),
        )  # fmt: skip
        if finer_place:
            self.conn.execute(
                "UPDATE event_groups SET place_name = ?, lat = ?, lon = ?, country = ?,"
                " admin1 = ?, feature_code = ?, geo_precision = ? WHERE id = ?",
                (site.name, site.lat, site.lon, site.country, site.admin1, site.feature_code,
                 site.precision, group_id),
            )  # fmt: skip
        if finer_date:
            self.conn.execute(
                "UPDATE event_groups SET date = ?, day_first = ?, day_last = ? WHERE id = ?",
                (date, span.first.isoformat(), span.last.isoformat(), group_id),
            )
        return group_id

    def _same_event(
        self, type_: str, span: DaySpan, site: EventSite, actors: tuple[str, str]
    ) -> tuple[str, EventSite, int] | None:
        window = timedelta(days=self.settings.event_window_days)
        rows = self.conn.execute(
            "SELECT id, actor1, actor2, place_name, lat, lon, country, admin1, feature_code,"
            " geo_precision, day_first, day_last FROM event_groups"
            " WHERE type = ? AND day_first BETWEEN ? AND ? AND day_last >= ?",
            (
                type_,
                (span.first - window - MAX_SPAN).isoformat(),
                (span.last + window).isoformat(),
                (span.first - window).isoformat(),
            ),
        ).fetchall()
        best: tuple[float, tuple[str, EventSite, int]] | None = None
        for gid, a1, a2, name, lat, lon, country, admin1, code, prec, first, last in rows:
            if not all(not ours or not theirs or ours == theirs
                       for ours, theirs in zip(actors, (a1, a2), strict=True)):  # fmt: skip
                continue
            group_site = EventSite(name, lat, lon, country, admin1, code, prec)
            km = same_site(site, group_site, self.settings)
            if km is None:
                continue
            days = (
                (day_span(last) or span).last.toordinal()
                - (day_span(first) or span).first.toordinal()
                + 1
            )
            if best is None or km < best[0]:
                best = (km, (gid, group_site, days))
        return None if best is None else best[1]
