"""Incremental claim reconciliation: each new claim joins its series, as a new point or
as one more report of a point already there.

Only claims not yet looked at are read (``claim_reports`` remembers the rest), so
ingesting one article touches its own claims and the few stored points near them,
never the whole database. A repeat is the same figure from the same source within
``repeat_window_days``; a claim naming no source joins the same figure from its own
article (a headline restating the lead).
"""

from __future__ import annotations

from datetime import timedelta

from frontlines.reconcile.points import ClaimPoint, restate_claim
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store.protocol import Store
from frontlines.store.reconcile_state import ClaimGroupRow, PendingClaim
from frontlines.vocab.docid import normalise_body
from frontlines.vocab.measures import Taxonomy, default_taxonomy
from frontlines.vocab.units import UnitTable, default_units

__all__ = ["MAX_SPAN", "ClaimReconciler"]

#: Longest as-of span a stored point is looked up by (a year, a season, a month...):
#: bounds the index range each new claim scans. Decade-vague points never repeat.
MAX_SPAN = timedelta(days=400)


class ClaimReconciler:
    """Puts pending claims on their series. Injected taxonomy and units, one store handle."""

    def __init__(
        self,
        db: Store,
        settings: ReconcileSettings | None = None,
        taxonomy: Taxonomy | None = None,
        units: UnitTable | None = None,
    ) -> None:
        self.db = db
        self.settings = settings or ReconcileSettings()
        self.taxonomy = taxonomy or default_taxonomy()
        self.units = units or default_units()

    def run(self) -> int:
        """Reconcile every claim not yet reconciled (in the caller's transaction)."""
        pending = self.db.pending_claims()
        for item in pending:
            point = restate_claim(
                item.claim,
                published=item.published,
                places=item.places,
                times=item.times,
                sentence_start=item.sentence_start,
                sentence_text=item.sentence_text,
                taxonomy=self.taxonomy,
                units=self.units,
            )
            group_id = None if point is None else self._place(point, item)
            self.db.record_claim_report(item.claim_id, group_id, item.doc_id, item.published)
        return len(pending)

    def _place(self, point: ClaimPoint, item: PendingClaim) -> str:
        series = point.series
        self.db.ensure_series(series.id, series.subject, series.measure, series.scope,
                              point.unit)  # fmt: skip
        group = self._repeat_of(point, item.doc_id, normalise_body(item.sentence_text))
        if group is not None:
            self.db.add_to_claim_group(group.id, point, item.published)
            return group.id
        self.db.new_claim_group(item.claim_id, point, item.published)
        return item.claim_id

    def _repeat_of(self, point: ClaimPoint, doc_id: str, sentence: str) -> ClaimGroupRow | None:
        window = timedelta(days=self.settings.repeat_window_days)
        groups = self.db.claim_groups_between(
            point.series.id,
            (point.span.first - window - MAX_SPAN).isoformat(),
            (point.span.last + window).isoformat(),
            (point.span.first - window).isoformat(),
        )
        figure = (point.value, point.lower, point.upper, int(point.approx), point.unit)
        for group in groups:
            if group.figure != figure:
                continue
            key = group.source_key
            same_source = key == point.source_key and key != ""
            unsourced = key == "" or point.source_key == ""
            # wire copy carried word for word
            same_words = sentence in {normalise_body(s) for s in group.sentences}
            if same_source or (unsourced and (doc_id in group.docs or same_words)):
                return group
        return None
