"""Draw a claim series: points where a figure is stated, bars for what a bound allows,
each labelled with its source, so the chart can be read without the table.

matplotlib with the Agg backend: no display, PNG or SVG by the file's extension.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from frontlines.errors import UsageError as PlotError  # noqa: E402
from frontlines.reconcile.series import Series, SeriesPoint, describe  # noqa: E402

__all__ = ["PlotError", "plot_series"]

FORMATS = {".png", ".svg"}
STATED, BASELINE, FLAGGED = "#1f4e79", "#8a8a8a", "#c0392b"


def plot_series(series: Series, path: str | Path, subject_name: str | None = None) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise PlotError(f"{path}: write .png or .svg")
    fig = _figure(series, subject_name)
    fig.savefig(path, format=path.suffix.lower().lstrip("."))
    plt.close(fig)
    return path


def _figure(series: Series, subject_name: str | None) -> Figure:
    if not series.points:
        raise PlotError("the series has no points to draw")
    unit = "%" if series.unit == "percent" else series.unit
    ceiling = 100.0 if series.unit == "percent" else None
    top = max(p.highest for p in series.points) or 1.0
    flagged = {p.id for d in series.disagreements for p in (d.first, d.second)}
    fig, ax = plt.subplots(figsize=(11, 6), dpi=110)
    line = [(_x(p.span.middle), p.value) for p in series.points if p.value is not None]
    if len(line) > 1:
        ax.plot(*zip(*line, strict=True), color=STATED, alpha=0.25, linewidth=1, zorder=1)
    for i, p in enumerate(series.points):
        colour = BASELINE if p.derived else (FLAGGED if p.id in flagged else STATED)
        x = _x(p.span.middle)
        half = (p.span.last - p.span.first).days / 2
        if half > 0:  # a month, a season: the bar says how vague the date is
            ax.errorbar([x], [p.centre], xerr=[[half], [half]], fmt="none",
                        ecolor=colour, alpha=0.5, capsize=3, zorder=2)  # fmt: skip
        _draw_value(ax, p, x, colour, ceiling, top)
        label = f"{describe(p, ' ' + unit if unit else '')}\n{_who(p)}\n{p.as_of}"
        if len(p.reports) > 1:
            label += f" ({len(p.reports)} reports)"
        below = _crowded_above(series.points, i)
        ax.annotate(label, (x, p.centre), textcoords="offset points",
                    xytext=(9, -30 if below else 10), fontsize=8, color=colour,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none",
                          "alpha": 0.85}, zorder=4)  # fmt: skip
    ax.set_ylim(-(ceiling or top) * 0.12, (ceiling or top) * 1.15)  # room for labels
    ax.axhline(0, color="#444444", linewidth=0.8)
    ax.set_ylabel(f"{series.label} ({unit})" if unit else series.label)
    who = subject_name or series.key.subject or "all actors"
    scope = f" — {series.key.scope}" if series.key.scope else ""
    ax.set_title(f"{who}: {series.label}{scope}")
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    first, last = series.points[0].span.first, series.points[-1].span.last
    pad = max(timedelta(days=30), (last - first) / 12)
    ax.set_xlim(_x(first - pad), _x(last + pad * 4))
    ax.grid(axis="y", alpha=0.3)
    fig.text(0.01, 0.01, "filled: stated figure · hollow: approximate · bar with arrow: a bound"
             " (\"less than\", \"more than\") · grey square: baseline implied by \"since\" · red:"
             " flagged disagreement", fontsize=7, color="#555555")  # fmt: skip
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def _crowded_above(points: tuple[SeriesPoint, ...], i: int) -> bool:
    """Put a label below its point when a close neighbour sits above it, or when the
    previous point at the same date already took the space above."""
    here = points[i]
    for j, other in enumerate(points):
        if j == i or abs((other.span.middle - here.span.middle).days) > 250:
            continue
        level = other.centre == here.centre
        if other.centre > here.centre or (j < i and (level or other.span == here.span)):
            return True
    return False


def _x(day: date) -> float:
    return float(mdates.date2num(day))


def _who(p: SeriesPoint) -> str:
    if p.derived:
        return "measured from"
    if p.source:
        return p.source
    return f"unattributed in {p.first_report.outlet}" if p.first_report.outlet else "unattributed"


def _draw_value(ax: plt.Axes, p: SeriesPoint, x: float, colour: str, ceiling: float | None,
                top: float) -> Artist:  # fmt: skip
    """Draw one point; returns its main artist."""
    if p.derived:
        (square,) = ax.plot([x], [p.centre], marker="s", markersize=8, markerfacecolor="white",
                            markeredgecolor=colour, linestyle="none", zorder=3)  # fmt: skip
        return square
    if p.value is not None:
        face = "white" if p.approx else colour
        (dot,) = ax.plot([x], [p.value], marker="o", markersize=8, markerfacecolor=face,
                         markeredgecolor=colour, linestyle="none", zorder=3)  # fmt: skip
        return dot
    lo = p.lower if p.lower is not None else 0.0
    hi = p.upper if p.upper is not None else (ceiling if ceiling is not None else top * 1.15)
    bar: Artist = ax.vlines([x], lo, hi, colors=colour, linewidth=3, alpha=0.6, zorder=2)
    if p.upper is not None:
        (bar,) = ax.plot([x], [p.upper], marker="v", markersize=9, color=colour, zorder=3)
    if p.lower is not None:
        (bar,) = ax.plot([x], [p.lower], marker="^", markersize=9, color=colour, zorder=3)
    return bar
