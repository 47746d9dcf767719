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
from dataclasses import dataclass
from datetime import timedelta

from frontlines.reconcile.claims import MAX_SPAN
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store.protocol import Store
from frontlines.store.reconcile_state import PendingEvent
from frontlines.vocab.geometry import haversine_km
from frontlines.vocab.numbers import is_number_word
from frontlines.vocab.timespan import DaySpan, day_span

__all__ = ["EventReconciler", "EventSite", "same_site"]

_DETERMINER = re.compile(r"^(the|a|an)\s+")
#: A count leading an unnamed side ("3 police officers", "three police officers",
#: "at least 12 civilians"): reports of one event count differently, the side is the same.
_COUNT = re.compile(r"^((at least|at most|about|around|some|more than|nearly)\s+)?[\d.,]+\s+")


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
    words = _DETERMINER.sub("", " ".join((text or "").casefold().split()))
    words = _COUNT.sub("", words)
    spelt = words.split()
    while len(spelt) > 1 and all(is_number_word(p) for p in spelt[0].split("-")):
        spelt.pop(0)  # "twenty-three", "two hundred"
    return " ".join(spelt)


class EventReconciler:
    def __init__(self, db: Store, settings: ReconcileSettings | None = None):
        self.db = db
        self.settings = settings or ReconcileSettings()

    def run(self) -> int:
        """Merge every event not yet reconciled (in the caller's transaction)."""
        pending = self.db.pending_events()
        for event in pending:
            date = event.date or event.published
            span = day_span(date)
            group_id = None if span is None or date is None else self._place(event, date, span)
            self.db.record_event_report(event.id, group_id, event.doc_id, event.published)
        return len(pending)

    def _place(self, event: PendingEvent, date: str, span: DaySpan) -> str:
        site = EventSite(event.place_name, event.lat, event.lon, event.country, event.admin1,
                         event.feature_code, event.geo_precision)  # fmt: skip
        actors = (actor_key(event.actor1_id, event.actor1_text),
                  actor_key(event.actor2_id, event.actor2_text))  # fmt: skip
        stored = (actors[0] or None, actors[1] or None)
        match = self._same_event(event.type, span, site, actors)
        if match is None:
            self.db.new_event_group(event, stored, date, span.first.isoformat(),
                                    span.last.isoformat())  # fmt: skip
            return event.id
        group_id, group_site, group_days = match
        finer_place = (site.precision or 9) < (group_site.precision or 9)
        finer_date = (
            (date, span.first.isoformat(), span.last.isoformat()) if span.days < group_days
            else None
        )  # fmt: skip
        self.db.add_to_event_group(group_id, event, stored, finer_place=finer_place,
                                   finer_date=finer_date)  # fmt: skip
        return group_id

    def _same_event(
        self, type_: str, span: DaySpan, site: EventSite, actors: tuple[str, str]
    ) -> tuple[str, EventSite, int] | None:
        window = timedelta(days=self.settings.event_window_days)
        groups = self.db.event_groups_between(
            type_,
            (span.first - window - MAX_SPAN).isoformat(),
            (span.last + window).isoformat(),
            (span.first - window).isoformat(),
        )
        best: tuple[float, tuple[str, EventSite, int]] | None = None
        for g in groups:
            pairs = zip(actors, (g.actor1, g.actor2), strict=True)
            if not all(not ours or not theirs or ours == theirs for ours, theirs in pairs):
                continue
            group_site = EventSite(g.place_name, g.lat, g.lon, g.country, g.admin1,
                                   g.feature_code, g.geo_precision)  # fmt: skip
            km = same_site(site, group_site, self.settings)
            if km is None:
                continue
            days = (
                (day_span(g.day_last) or span).last.toordinal()
                - (day_span(g.day_first) or span).first.toordinal()
                + 1
            )
            if best is None or km < best[0]:
                best = (km, (g.id, group_site, days))
        return None if best is None else best[1]
