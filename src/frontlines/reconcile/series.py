"""Reading series back: points with every report's provenance, and what needs review.

A series is what one subject's measure did over time in one scope. Its points
are reconciled claims (several reports each); a measure with a
``baseline_value`` also gets a reference point at each date a claim measures
from ("since its peak in the summer of 2014" = 100 % of peak then), marked
``derived`` and linked to the claims that imply it. Disagreements and moves in
the wrong direction are found on read, so they always reflect the settings.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from frontlines.reconcile.points import SeriesKey, allowed
from frontlines.reconcile.settings import ReconcileSettings
from frontlines.vocab.measures import Taxonomy, default_taxonomy
from frontlines.vocab.timespan import DaySpan, day_span, precision_of

__all__ = ["Disagreement", "Report", "Series", "SeriesPoint", "describe", "load_series"]


@dataclass(frozen=True)
class Report:
    """One article's telling of a claim: where exactly it says it."""

    claim_id: str
    doc_id: str
    published: str | None
    title: str | None
    outlet: str | None
    start: int
    end: int
    text: str
    sentence: str
    extractor: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class SeriesPoint:
    id: str
    value: float | None
    lower: float | None
    upper: float | None
    approx: bool
    unit: str
    as_of: str
    span: DaySpan
    since: str | None
    source: str | None
    source_kind: str | None
    source_key: str
    reports: tuple[Report, ...]
    derived: str = ""  # "baseline" for a reference point no article states as a number

    @property
    def first_report(self) -> Report:
        return min(self.reports, key=lambda r: (r.published or "9999", r.doc_id))

    @property
    def centre(self) -> float:
        """Where a chart puts the point: the figure, a range's middle, or the bound."""
        if self.value is not None:
            return self.value
        if self.lower is not None and self.upper is not None:
            return (self.lower + self.upper) / 2
        return self.upper if self.upper is not None else (self.lower or 0.0)

    @property
    def highest(self) -> float:
        """The largest number the point states (0 if none): how tall a chart must be."""
        return max(v for v in (self.value, self.lower, self.upper, 0.0) if v is not None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "value": self.value, "lower": self.lower, "upper": self.upper,
            "approx": self.approx, "display": describe(self), "unit": self.unit,
            "as_of": self.as_of, "precision": precision_of(self.as_of),
            "since": self.since, "source": self.source, "source_kind": self.source_kind,
            "derived": self.derived or None, "report_count": len(self.reports),
            "first_report": self.first_report.to_json(),
            "reports": [r.to_json() for r in self.reports],
        }  # fmt: skip


@dataclass(frozen=True)
class Disagreement:
    """Two points that cannot both be right, or a move against the series' trend.

    ``kind``: ``conflict`` (different sources), ``revision`` (one source changing
    its figure), ``direction`` (a move against what the other moves say).
    """

    kind: str
    series: SeriesKey
    first: SeriesPoint
    second: SeriesPoint
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.series.subject,
                "measure": self.series.measure, "scope": self.series.scope,
                "reason": self.reason, "first": self.first.to_json(),
                "second": self.second.to_json()}  # fmt: skip


@dataclass(frozen=True)
class Series:
    key: SeriesKey
    label: str
    unit: str
    points: tuple[SeriesPoint, ...]
    disagreements: tuple[Disagreement, ...]

    @property
    def id(self) -> str:
        return self.key.id

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "subject": self.key.subject, "measure": self.key.measure,
                "scope": self.key.scope, "label": self.label, "unit": self.unit,
                "points": [p.to_json() for p in self.points],
                "disagreements": [d.to_json() for d in self.disagreements]}  # fmt: skip


def _number(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) and abs(x) >= 1000 else f"{x:g}"


def describe(p: SeriesPoint, unit: str = "") -> str:
    """'≈ 35', '< 1', '> 37,000', '20,000-30,000', '100 % (baseline)' (``unit`` after
    the figure)."""
    if p.value is not None:
        text = ("≈ " if p.approx else "") + _number(p.value)
    elif p.lower is not None and p.upper is not None:
        text = f"{_number(p.lower)}-{_number(p.upper)}"
    elif p.upper is not None:
        text = f"< {_number(p.upper)}"
    elif p.lower is not None:
        text = f"> {_number(p.lower)}"
    else:
        text = "?"
    return text + unit + (" (baseline)" if p.derived else "")


def load_series(
    conn: sqlite3.Connection,
    subject: str | None = None,
    measure: str | None = None,
    scope: str | None = None,
    settings: ReconcileSettings | None = None,
    taxonomy: Taxonomy | None = None,
    series_id: str | None = None,
) -> list[Series]:
    """Series matching the filters (None: any), most points first."""
    settings = settings or ReconcileSettings()
    taxonomy = taxonomy or default_taxonomy()
    where, params = [], []
    wanted_columns = (("subject", subject), ("measure", measure), ("scope", scope),
                      ("id", series_id))  # fmt: skip
    for column, wanted in wanted_columns:
        if wanted is not None:
            where.append(f"s.{column} = ?")
            params.append(wanted)
    rows = conn.execute(
        "SELECT s.id, s.subject, s.measure, s.scope, s.unit, g.id, g.value, g.lower, g.upper,"
        " g.approx, g.as_of, g.day_first, g.day_last, g.since, g.source_text, g.source_kind,"
        " g.source_key, r.claim_id, r.doc_id, d.published, d.title, d.source, c.start,"
        ' c."end", c.text, se.text, c.extractor, c.extractor_version'
        " FROM series s JOIN claim_groups g ON g.series_id = s.id"
        " JOIN claim_reports r ON r.group_id = g.id JOIN claims c ON c.id = r.claim_id"
        " JOIN documents d ON d.id = r.doc_id JOIN sentences se ON se.id = c.sentence_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY g.day_first, g.id, d.published, r.doc_id",
        params,
    ).fetchall()
    keys: dict[str, tuple[SeriesKey, str]] = {}
    groups: dict[str, dict[str, SeriesPoint]] = defaultdict(dict)
    for row in rows:
        series_id, key = row[0], SeriesKey(row[1], row[2], row[3])
        keys[series_id] = (key, row[4])
        report = Report(row[17], row[18], row[19], row[20], row[21], row[22], row[23], row[24],
                        row[25], f"{row[26]}@{row[27]}")  # fmt: skip
        known = groups[series_id].get(row[5])
        if known is not None:
            groups[series_id][row[5]] = replace(known, reports=(*known.reports, report))
            continue
        groups[series_id][row[5]] = SeriesPoint(
            row[5], row[6], row[7], row[8], bool(row[9]), row[4], row[10],
            DaySpan(_iso(row[11]), _iso(row[12])), row[13], row[14], row[15], row[16],
            (report,),
        )  # fmt: skip
    found = []
    for series_id, (key, unit) in keys.items():
        m = taxonomy.get(key.measure)
        points = list(groups[series_id].values())
        if m is not None and m.baseline_value is not None:
            points += _baselines(points, m.baseline_value)
        points.sort(key=lambda p: (p.span.first, p.span.last, p.derived == ""))
        ceiling = 100.0 if unit == "percent" else None
        flags = _conflicts(key, points, settings, ceiling) + _against_trend(key, points, ceiling)
        found.append(Series(key, m.label if m else key.measure, unit, tuple(points),
                            tuple(flags)))  # fmt: skip
    found.sort(key=lambda s: (-len(s.points), s.key))
    return found


def _iso(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


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
