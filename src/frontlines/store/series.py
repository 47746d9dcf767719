"""Claim series as stored: points (reconciled claims) with every report's provenance.

The records a series is made of, and the one query that reads them back. What the
points mean together (baselines, disagreements, trends) is ``frontlines.reconcile``'s
business; this module only reads.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from frontlines.store.sql import Connection
from frontlines.vocab.timespan import DaySpan, precision_of

__all__ = [
    "ClaimPoint", "Disagreement", "Report", "Series", "SeriesKey", "SeriesPoint",
    "StoredSeries", "allowed", "describe", "read_series",
]  # fmt: skip


@dataclass(frozen=True, order=True)
class SeriesKey:
    """What a series tracks: whose figure (actor id or ""), which measure, where."""

    subject: str
    measure: str
    scope: str  # "" = the subject as a whole; else resolved place names joined by " + "

    @property
    def id(self) -> str:
        return hashlib.sha256(f"{self.subject}|{self.measure}|{self.scope}".encode()).hexdigest()[
            :16
        ]


@dataclass(frozen=True)
class ClaimPoint:
    """A claim on its series' canonical scale and unit.

    ``lower``/``upper`` are what the text commits to (None: open on that side;
    for "less than 1 %" lower is None and upper 1); ``value`` the figure stated,
    None for a pure bound or a range; ``approx`` for "about", "some".
    ``since`` is the date a cumulative figure or a share counts from.
    """

    series: SeriesKey
    value: float | None
    lower: float | None
    upper: float | None
    approx: bool
    unit: str
    as_of: str
    span: DaySpan
    since: str | None
    source_key: str
    source_text: str | None
    source_kind: str | None

    def interval(
        self, tolerance: float, floor: float | None, ceiling: float | None
    ) -> tuple[float, float]:
        """The values the claim allows, for testing whether two claims can both hold."""
        return allowed(self.value, self.lower, self.upper, self.approx, tolerance, floor, ceiling)


def allowed(
    value: float | None,
    lower: float | None,
    upper: float | None,
    approx: bool,
    tolerance: float,
    floor: float | None,
    ceiling: float | None,
) -> tuple[float, float]:
    """The interval a figure allows: its bounds, the value itself (widened by
    ``tolerance`` when approximate), else the measure's floor and ceiling."""
    lo, hi = lower, upper
    if value is not None:
        slack = abs(value) * tolerance if approx else 0.0
        lo = value - slack if lo is None else lo
        hi = value + slack if hi is None else hi
    return (
        lo if lo is not None else (floor if floor is not None else float("-inf")),
        hi if hi is not None else (ceiling if ceiling is not None else float("inf")),
    )


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


@dataclass(frozen=True)
class StoredSeries:
    """A series' key and unit with its stated points, before any reading of them."""

    id: str
    key: SeriesKey
    unit: str
    points: tuple[SeriesPoint, ...]


def read_series(
    conn: Connection,
    subject: str | None = None,
    measure: str | None = None,
    scope: str | None = None,
    series_id: str | None = None,
) -> list[StoredSeries]:
    """Stored series matching the filters (None: any), points in date order."""
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
    return [
        StoredSeries(sid, key, unit, tuple(groups[sid].values()))
        for sid, (key, unit) in keys.items()
    ]


def _iso(text: str) -> date:
    return date.fromisoformat(text)
