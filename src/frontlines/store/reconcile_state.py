"""The reconciled state as stored: pending articles, claim groups, merged events.

Reconciliation itself (which claim repeats which, which reports are one event) is
pure logic in ``frontlines.reconcile``; it reads and writes through these methods,
so a second backend implements them and the logic stays as it is. Every method runs
in the caller's transaction (``Database.transaction()``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from frontlines.model import Claim, Extractor, PlaceMention, TimeExpression
from frontlines.store import extractions
from frontlines.store.series import ClaimPoint
from frontlines.store.sql import Connection, named_rows

__all__ = [
    "RECONCILED_TABLES",
    "ClaimGroupRow",
    "EventGroupRow",
    "PendingClaim",
    "PendingEvent",
    "ReconcileStateSQL",
]

RECONCILED_TABLES = ("claim_reports", "claim_groups", "series", "event_reports", "event_groups")


@dataclass(frozen=True)
class PendingClaim:
    """A claim not yet reconciled, with what reconciling it needs from its article."""

    claim_id: str
    doc_id: str
    published: str | None
    claim: Claim
    sentence_start: int
    sentence_text: str
    places: tuple[PlaceMention, ...]  # the claim's own sentence's
    times: tuple[TimeExpression, ...]


@dataclass(frozen=True)
class ClaimGroupRow:
    id: str
    source_key: str
    docs: frozenset[str]
    sentences: tuple[str, ...]  # the sentences of its reports, as stored
    figure: tuple[object, ...]  # value, lower, upper, approx (0/1), unit
    day_first: str


@dataclass(frozen=True)
class PendingEvent:
    """An event not yet merged, with its article's publication date."""

    id: str
    doc_id: str
    published: str | None
    type: str
    date: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    geo_precision: int | None
    actor1_id: str | None
    actor1_text: str | None
    actor2_id: str | None
    actor2_text: str | None
    fatalities: int | None
    confidence: float = 1.0
    background: bool = False


@dataclass(frozen=True)
class EventGroupRow:
    id: str
    actor1: str | None
    actor2: str | None
    place_name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    geo_precision: int | None
    day_first: str
    day_last: str


_PENDING_EVENT_COLUMNS = (
    "e.id, e.doc_id, d.published, e.type, e.date, e.place_name, e.lat, e.lon, e.country,"
    " e.admin1, e.feature_code, e.geo_precision, e.actor1_id, e.actor1_text, e.actor2_id,"
    " e.actor2_text, e.fatalities, e.confidence, e.background"
)


class ReconcileStateSQL:
    """The SQLite side of reconciliation, mixed into ``Database``."""

    conn: Connection

    # -- what is pending -------------------------------------------------

    def pending_claims(self) -> list[PendingClaim]:
        """Claims of pending articles not yet reconciled, oldest article first."""
        rows = named_rows(
            self.conn,
            "SELECT c.*, d.published AS doc_published, s.start AS sentence_start,"
            " s.text AS sentence_text, s.idx AS sentence_index"
            " FROM pending_documents p CROSS JOIN documents d ON d.id = p.doc_id"
            " CROSS JOIN claims c ON c.doc_id = d.id JOIN sentences s ON s.id = c.sentence_id"
            " WHERE NOT EXISTS (SELECT 1 FROM claim_reports r WHERE r.claim_id = c.id)"
            " ORDER BY d.published IS NULL, d.published, c.doc_id, c.source_text IS NULL, c.start",
        )
        context: dict[str, tuple[tuple[PlaceMention, ...], tuple[TimeExpression, ...]]] = {}
        found = []
        for row in rows:
            doc_id = row["doc_id"]
            if doc_id not in context:
                context[doc_id] = (
                    extractions.read_items(self.conn, extractions.PLACES, doc_id),
                    extractions.read_items(self.conn, extractions.TIMES, doc_id),
                )
            places, times = context[doc_id]
            index = row["sentence_index"]
            claim = extractions.CLAIMS.from_row(
                row, Extractor(row["extractor"], row["extractor_version"]), index
            )
            found.append(PendingClaim(
                row["id"], doc_id, row["doc_published"], claim, row["sentence_start"],
                row["sentence_text"], tuple(p for p in places if p.sentence_index == index),
                tuple(t for t in times if t.sentence_index == index),
            ))  # fmt: skip
        return found

    def pending_events(self) -> list[PendingEvent]:
        """Events of pending articles not yet merged, oldest article first."""
        rows = self.conn.execute(
            f"SELECT {_PENDING_EVENT_COLUMNS} FROM pending_documents p"
            " CROSS JOIN documents d ON d.id = p.doc_id CROSS JOIN events e ON e.doc_id = d.id"
            " WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)"
            " ORDER BY d.published IS NULL, d.published, e.doc_id, e.start"
        ).fetchall()
        names = [f.name for f in fields(PendingEvent)]
        return [PendingEvent(**dict(zip(names, row, strict=True))) for row in rows]

    def pending_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM pending_documents").fetchone()[0])

    def clear_pending(self) -> None:
        self.conn.execute("DELETE FROM pending_documents")

    def forget_reconciled(self) -> None:
        """Drop the reconciled state and queue every article again (for a rebuild)."""
        for table in RECONCILED_TABLES:
            self.conn.execute(f"DELETE FROM {table}")
        self.conn.execute(
            "INSERT INTO pending_documents (doc_id) SELECT id FROM documents WHERE true"
            " ON CONFLICT DO NOTHING"
        )

    # -- claims ------------------------------------------------------------

    def record_claim_report(
        self, claim_id: str, group_id: str | None, doc_id: str, published: str | None
    ) -> None:
        self.conn.execute(
            "INSERT INTO claim_reports (claim_id, group_id, doc_id, published) VALUES (?,?,?,?)",
            (claim_id, group_id, doc_id, published),
        )

    def ensure_series(self, series_id: str, subject: str, measure: str, scope: str,
                      unit: str) -> None:  # fmt: skip
        self.conn.execute(
            "INSERT INTO series (id, subject, measure, scope, unit) VALUES (?,?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            (series_id, subject, measure, scope, unit),
        )

    def claim_groups_between(
        self, series_id: str, first_from: str, first_to: str, last_from: str
    ) -> list[ClaimGroupRow]:
        """Groups of a series whose first day is in [first_from, first_to] and whose last
        day is on or after ``last_from``: the only ones a new figure can repeat."""
        rows = self.conn.execute(
            "SELECT g.id, g.source_key, g.value, g.lower, g.upper, g.approx, g.unit,"
            " g.day_first, group_concat(r.doc_id, char(31)), group_concat(s.text, char(31))"
            " FROM claim_groups g JOIN claim_reports r ON r.group_id = g.id"
            " JOIN claims c ON c.id = r.claim_id JOIN sentences s ON s.id = c.sentence_id"
            " WHERE g.series_id = ? AND g.day_first BETWEEN ? AND ? AND g.day_last >= ?"
            " GROUP BY g.id ORDER BY g.day_first",
            (series_id, first_from, first_to, last_from),
        ).fetchall()
        return [
            ClaimGroupRow(
                gid,
                key,
                frozenset(docs.split("\x1f")),
                tuple(texts.split("\x1f")),
                (value, lower, upper, approx, unit),
                first,
            )  # fmt: skip
            for gid, key, value, lower, upper, approx, unit, first, docs, texts in rows
        ]

    def new_claim_group(self, group_id: str, point: ClaimPoint, published: str | None) -> None:
        f, first, last = point, point.span.first.isoformat(), point.span.last.isoformat()
        self.conn.execute(
            "INSERT INTO claim_groups (id, series_id, value, lower, upper, approx, unit, as_of,"
            " day_first, day_last, since, source_key, source_text, source_kind,"
            " first_published, reports) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            (group_id, f.series.id, f.value, f.lower, f.upper, int(f.approx), f.unit, f.as_of,
             first, last, f.since, f.source_key, f.source_text, f.source_kind,
             published),
        )  # fmt: skip

    def add_to_claim_group(self, group_id: str, point: ClaimPoint,
                           published: str | None) -> None:  # fmt: skip
        """One more report of a group: widen its days, keep the first source named."""
        f, first, last = point, point.span.first.isoformat(), point.span.last.isoformat()
        self.conn.execute(
            "UPDATE claim_groups SET reports = reports + 1,"
            " day_first = min(day_first, ?), day_last = max(day_last, ?),"
            " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
            " THEN ? ELSE first_published END,"
            " source_key = CASE WHEN source_key = '' THEN ? ELSE source_key END,"
            " source_text = COALESCE(source_text, ?), source_kind = COALESCE(source_kind, ?)"
            " WHERE id = ?",
            (first, last, published, published, f.source_key, f.source_text,
             f.source_kind, group_id),
        )  # fmt: skip

    # -- events ------------------------------------------------------------

    def record_event_report(
        self, event_id: str, group_id: str | None, doc_id: str, published: str | None
    ) -> None:
        self.conn.execute(
            "INSERT INTO event_reports (event_id, group_id, doc_id, published) VALUES (?,?,?,?)",
            (event_id, group_id, doc_id, published),
        )

    def event_groups_between(
        self, type_: str, first_from: str, first_to: str, last_from: str
    ) -> list[EventGroupRow]:
        rows = self.conn.execute(
            "SELECT id, actor1, actor2, place_name, lat, lon, country, admin1, feature_code,"
            " geo_precision, day_first, day_last FROM event_groups"
            " WHERE type = ? AND day_first BETWEEN ? AND ? AND day_last >= ?",
            (type_, first_from, first_to, last_from),
        ).fetchall()
        return [EventGroupRow(*row) for row in rows]

    def new_event_group(
        self, event: PendingEvent, actors: tuple[str | None, str | None], date: str,
        day_first: str, day_last: str,
    ) -> None:  # fmt: skip
        e = event
        self.conn.execute(
            "INSERT INTO event_groups (id, type, actor1, actor2, place_name, lat, lon,"
            " country, admin1, feature_code, geo_precision, date, day_first, day_last,"
            " fatalities_low, fatalities_high, first_published, reports, confidence,"
            " background) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)",
            (e.id, e.type, actors[0], actors[1], e.place_name, e.lat, e.lon, e.country,
             e.admin1, e.feature_code, e.geo_precision, date, day_first, day_last,
             e.fatalities, e.fatalities, e.published, e.confidence, int(e.background)),
        )  # fmt: skip

    def add_to_event_group(
        self, group_id: str, event: PendingEvent, actors: tuple[str | None, str | None],
        *, finer_place: bool, finer_date: tuple[str, str, str] | None,
    ) -> None:  # fmt: skip
        """One more report of a merged event: fill unknown actors, widen the fatality
        range, take a finer place or date (``finer_date``: date, first, last day)."""
        e, killed = event, event.fatalities
        self.conn.execute(
            "UPDATE event_groups SET reports = reports + 1,"
            " actor1 = COALESCE(actor1, ?), actor2 = COALESCE(actor2, ?),"
            " fatalities_low = min(COALESCE(fatalities_low, ?), COALESCE(?, fatalities_low)),"
            " fatalities_high = max(COALESCE(fatalities_high, ?), COALESCE(?, fatalities_high)),"
            " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
            " THEN ? ELSE first_published END, confidence = max(confidence, ?),"
            " background = min(background, ?) WHERE id = ?",
            (actors[0], actors[1], killed, killed, killed, killed, e.published, e.published,
             e.confidence, int(e.background), group_id),
        )  # fmt: skip
        if finer_place:
            self.conn.execute(
                "UPDATE event_groups SET place_name = ?, lat = ?, lon = ?, country = ?,"
                " admin1 = ?, feature_code = ?, geo_precision = ? WHERE id = ?",
                (e.place_name, e.lat, e.lon, e.country, e.admin1, e.feature_code,
                 e.geo_precision, group_id),
            )  # fmt: skip
        if finer_date is not None:
            self.conn.execute(
                "UPDATE event_groups SET date = ?, day_first = ?, day_last = ? WHERE id = ?",
                (*finer_date, group_id),
            )
