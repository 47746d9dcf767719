"""Incremental claim reconciliation: each new claim joins its series, as a new point or
as one more report of a point already there.

Only claims not yet looked at are read (``claim_reports`` remembers the rest), so
ingesting one article touches its own claims and the few stored points near them,
never the whole database. A repeat is the same figure from the same source within
``repeat_window_days``; a claim naming no source joins the same figure from its own
article (a headline restating the lead).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta

from frontlines.model import Extractor, PlaceMention, TimeExpression
from frontlines.reconcile.points import ClaimPoint, restate_claim
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store import extractions
from frontlines.vocab.docid import normalise_body
from frontlines.vocab.measures import Taxonomy, default_taxonomy
from frontlines.vocab.units import UnitTable, default_units

__all__ = ["MAX_SPAN", "ClaimReconciler"]

#: Longest as-of span a stored point is looked up by (a year, a season, a month...):
#: bounds the index range each new claim scans. Decade-vague points never repeat.
MAX_SPAN = timedelta(days=400)


@dataclass(frozen=True)
class _Group:
    id: str
    source_key: str
    docs: frozenset[str]
    sentences: frozenset[str]  # normalised sentences of its reports
    point: tuple[object, ...]  # value, lower, upper, approx, unit
    day_first: str


class ClaimReconciler:
    """Puts pending claims on their series. Injected taxonomy and units, one connection."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        settings: ReconcileSettings | None = None,
        taxonomy: Taxonomy | None = None,
        units: UnitTable | None = None,
    ) -> None:
        self.conn = conn
        self.settings = settings or ReconcileSettings()
        self.taxonomy = taxonomy or default_taxonomy()
        self.units = units or default_units()

    def run(self) -> int:
        """Reconcile every claim not yet reconciled (in the caller's transaction)."""
        cursor = self.conn.cursor()
        cursor.row_factory = sqlite3.Row
        rows = cursor.execute(
            "SELECT c.*, d.published AS doc_published, s.start AS sentence_start,"
            " s.text AS sentence_text, s.idx AS sentence_index"
            " FROM pending_documents p CROSS JOIN documents d ON d.id = p.doc_id"
            " CROSS JOIN claims c ON c.doc_id = d.id JOIN sentences s ON s.id = c.sentence_id"
            " WHERE NOT EXISTS (SELECT 1 FROM claim_reports r WHERE r.claim_id = c.id)"
            " ORDER BY d.published IS NULL, d.published, c.doc_id, c.source_text IS NULL, c.start"
        ).fetchall()
        context: dict[str, tuple[tuple[PlaceMention, ...], tuple[TimeExpression, ...]]] = {}
        for row in rows:
            doc_id = row["doc_id"]
            if doc_id not in context:
                context[doc_id] = (
                    extractions.read_items(self.conn, extractions.PLACES, doc_id),
                    extractions.read_items(self.conn, extractions.TIMES, doc_id),
                )
            places, times = context[doc_id]
            claim = extractions.CLAIMS.from_row(
                row, Extractor(row["extractor"], row["extractor_version"]), row["sentence_index"]
            )
            in_sentence = row["sentence_index"]
            point = restate_claim(
                claim,
                published=row["doc_published"],
                places=[p for p in places if p.sentence_index == in_sentence],
                times=[t for t in times if t.sentence_index == in_sentence],
                sentence_start=row["sentence_start"],
                sentence_text=row["sentence_text"],
                taxonomy=self.taxonomy,
                units=self.units,
            )
            group_id = None if point is None else self._place(point, row["id"], row)

            self.conn.execute(
                "INSERT INTO claim_reports (claim_id, group_id, doc_id, published)"
                " VALUES (?,?,?,?)",
                (row["id"], group_id, doc_id, row["doc_published"]),
            )
        return len(rows)

    def _place(self, point: ClaimPoint, claim_id: str, row: sqlite3.Row) -> str:
        series = point.series
        self.conn.execute(
            "INSERT OR IGNORE INTO series (id, subject, measure, scope, unit) VALUES (?,?,?,?,?)",
            (series.id, series.subject, series.measure, series.scope, point.unit),
        )
        group = self._repeat_of(point, row["doc_id"], normalise_body(row["sentence_text"]))
        published = row["doc_published"]
        if group is not None:
            self.conn.execute(
                "UPDATE claim_groups SET reports = reports + 1,"
                " day_first = min(day_first, ?), day_last = max(day_last, ?),"
                " first_published = CASE WHEN first_published IS NULL OR ? < first_published"
                " THEN ? ELSE first_published END,"
                " source_key = CASE WHEN source_key = '' THEN ? ELSE source_key END,"
                " source_text = COALESCE(source_text, ?), source_kind = COALESCE(source_kind, ?)"
                " WHERE id = ?",
                (point.span.first.isoformat(), point.span.last.isoformat(), published,
                 published, point.source_key, point.source_text, point.source_kind,
                 group.id),
            )  # fmt: skip
            return group.id
        self.conn.execute(
            "INSERT INTO claim_groups (id, series_id, value, lower, upper, approx, unit, as_of,"
            " day_first, day_last, since, source_key, source_text, source_kind,"
            " first_published, reports) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
            (claim_id, series.id, point.value, point.lower, point.upper, int(point.approx),
             point.unit, point.as_of, point.span.first.isoformat(), point.span.last.isoformat(),
             point.since, point.source_key, point.source_text, point.source_kind, published),
        )  # fmt: skip
        return claim_id

    def _repeat_of(self, point: ClaimPoint, doc_id: str, sentence: str) -> _Group | None:
        window = timedelta(days=self.settings.repeat_window_days)
        rows = self.conn.execute(
            "SELECT g.id, g.source_key, g.value, g.lower, g.upper, g.approx, g.unit,"
            " g.day_first, group_concat(r.doc_id, char(31)), group_concat(s.text, char(31))"
            " FROM claim_groups g JOIN claim_reports r ON r.group_id = g.id"
            " JOIN claims c ON c.id = r.claim_id JOIN sentences s ON s.id = c.sentence_id"
            " WHERE g.series_id = ? AND g.day_first BETWEEN ? AND ? AND g.day_last >= ?"
            " GROUP BY g.id ORDER BY g.day_first",
            (point.series.id, (point.span.first - window - MAX_SPAN).isoformat(),
             (point.span.last + window).isoformat(), (point.span.first - window).isoformat()),
        ).fetchall()  # fmt: skip
        figure = (point.value, point.lower, point.upper, int(point.approx), point.unit)
        for gid, key, value, lower, upper, approx, unit, first, docs, texts in rows:
            group = _Group(
                gid, key, frozenset(docs.split("\x1f")),
                frozenset(normalise_body(t) for t in texts.split("\x1f")),
                (value, lower, upper, approx, unit), first,
            )  # fmt: skip
            if group.point != figure:
                continue
            same_source = key == point.source_key and key != ""
            unsourced = key == "" or point.source_key == ""
            same_words = sentence in group.sentences  # wire copy carried word for word
            if same_source or (unsourced and (doc_id in group.docs or same_words)):
                return group
        return None
