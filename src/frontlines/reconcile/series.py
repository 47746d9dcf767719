"""Reading series back: stored points, plus what needs review (pure logic over records).

A series is what one subject's measure did over time in one scope. Its points
are reconciled claims (several reports each); a measure with a
``baseline_value`` also gets a reference point at each date a claim measures
from ("since its high point in the spring of 2016" = 100 % of peak then), marked
``derived`` and linked to the claims that imply it. Disagreements and moves in
the wrong direction are found on read, so they always reflect the settings.
"""

from __future__ import annotations

from collections import defaultdict

from frontlines.reconcile.points import allowed
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.store.protocol import Store
from frontlines.store.series import (
    Disagreement,
    Report,
    Series,
    SeriesKey,
    SeriesPoint,
    describe,
)
from frontlines.vocab.measures import Taxonomy, default_taxonomy
from frontlines.vocab.timespan import day_span

__all__ = ["Disagreement", "Report", "Series", "SeriesPoint", "describe", "load_series"]


def load_series(
    db: Store,
    subject: str | None = None,
    measure: str | None = None,
    scope: str | None = None,
    settings: ReconcileSettings | None = None,
    taxonomy: Taxonomy | None = None,
    series_id: str | None = None,
) -> list[Series]:
    """Series matching the filters (None: any), most points first, with their baselines,
    disagreements and moves against the trend worked out from the stored points."""
    settings = settings or ReconcileSettings()
    taxonomy = taxonomy or default_taxonomy()
    found = []
    for stored in db.series_points(subject, measure, scope, series_id):
        key, unit = stored.key, stored.unit
        m = taxonomy.get(key.measure)
        points = list(stored.points)
        if m is not None and m.baseline_value is not None:
            points += _baselines(points, m.baseline_value)
        points.sort(key=lambda p: (p.span.first, p.span.last, p.derived == ""))
        ceiling = 100.0 if unit == "percent" else None
        flags = _conflicts(key, points, settings, ceiling) + _against_trend(key, points, ceiling)
        found.append(Series(key, m.label if m else key.measure, unit, tuple(points),
                            tuple(flags)))  # fmt: skip
    found.sort(key=lambda s: (-len(s.points), s.key))
    return found


def _baselines(points: list[SeriesPoint], value: float) -> list[SeriesPoint]:
    """Reference points: the measure's value by definition at each date measured from."""
    by_date: dict[str, list[SeriesPoint]] = defaultdict(list)
    for p in points:
        if p.since and day_span(p.since) is not None:
            by_date[p.since].append(p)
    made = []
    for since, implied_by in by_date.items():
        span = day_span(since)
        assert span is not None
        reports = tuple(r for p in implied_by for r in p.reports)
        first = implied_by[0]
        made.append(SeriesPoint(
            f"baseline:{since}:{first.id}", value, value, value, False, first.unit, since, span,
            None, first.source, first.source_kind, first.source_key, reports, "baseline",
        ))  # fmt: skip
    return made


def _conflicts(
    key: SeriesKey, points: list[SeriesPoint], settings: ReconcileSettings, ceiling: float | None
) -> list[Disagreement]:
    stated = [p for p in points if not p.derived]
    found = []
    for i, a in enumerate(stated):
        lo_a, hi_a = _interval(a, settings.approx_tolerance, ceiling)
        for b in stated[i + 1 :]:
            if (b.span.first - a.span.last).days > settings.conflict_window_days:
                break
            if a.span.gap_days(b.span) > settings.conflict_window_days:
                continue
            lo_b, hi_b = _interval(b, settings.approx_tolerance, ceiling)
            if lo_a <= hi_b and lo_b <= hi_a:
                continue
            same = a.source_key and a.source_key == b.source_key
            kind = "revision" if same else "conflict"
            who = (a.source or "unnamed source", b.source or "unnamed source")
            found.append(Disagreement(kind, key, a, b, (
                f"{describe(a)} ({who[0]}, {a.as_of}) and {describe(b)} ({who[1]}, {b.as_of})"
                " cannot both hold"
            )))  # fmt: skip
    return found


def _interval(p: SeriesPoint, tolerance: float, ceiling: float | None) -> tuple[float, float]:
    return allowed(p.value, p.lower, p.upper, p.approx, tolerance, 0.0, ceiling)


def _against_trend(
    key: SeriesKey, points: list[SeriesPoint], ceiling: float | None
) -> list[Disagreement]:
    """Clear moves (intervals apart) between consecutive dates; flag those against the
    majority when at least two moves agree on the majority."""
    moves: list[tuple[int, SeriesPoint, SeriesPoint]] = []
    for a, b in zip(points, points[1:], strict=False):
        if b.span.first <= a.span.last:
            continue  # same time: that is a disagreement, not a move
        lo_a, hi_a = _interval(a, 0.0, ceiling)
        lo_b, hi_b = _interval(b, 0.0, ceiling)
        if lo_b > hi_a:
            moves.append((1, a, b))
        elif hi_b < lo_a:
            moves.append((-1, a, b))
    ups = sum(1 for d, _, _ in moves if d > 0)
    downs = len(moves) - ups
    if max(ups, downs) < 2 or ups == downs:
        return []
    trend = 1 if ups > downs else -1
    word = {1: "rises", -1: "falls"}
    return [
        Disagreement(
            "direction",
            key,
            a,
            b,
            (
                f"{describe(a)} ({a.as_of}) to {describe(b)} ({b.as_of}): {word[d]} while "
                f"{max(ups, downs)} other moves say it {word[trend]}"
            ),
        )  # fmt: skip
        for d, a, b in moves
        if d != trend
    ]
