"""The events page's counts-over-time chart, written as SVG directly (no script).

Stacked bars: one per period (week, month or year, chosen from the span the
filtered events cover), split by ACLED event type in the colours the map uses.
Empty periods are drawn as gaps, so the time axis is honest; every bar piece
has a ``<title>`` with its period, type, count and fatalities.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from html import escape

from frontlines.store.facets import TimeBucket

__all__ = ["ACLED_COLOURS", "OTHER_COLOUR", "bucket_for", "colour_of", "counts_svg", "periods"]

#: One colour per ACLED event type, shared with the map (``map.html`` reads it).
ACLED_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}
OTHER_COLOUR = "#b8860b"
WIDTH, HEIGHT = 900, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 40
MOST_LABELS = 9


def colour_of(acled_event: str | None) -> str:
    return ACLED_COLOURS.get(acled_event or "", OTHER_COLOUR)


def bucket_for(first_day: str | None, last_day: str | None) -> str:
    """Weeks for a few months of events, months for a few years, years beyond."""
    if not first_day or not last_day:
        return "month"
    days = (date.fromisoformat(last_day[:10]) - date.fromisoformat(first_day[:10])).days
    return "week" if days <= 120 else "month" if days <= 6 * 366 else "year"


def periods(first: str, last: str, bucket: str) -> list[str]:
    """Every period key from ``first`` to ``last`` (as the store writes them), in order."""
    found: list[str] = []
    if bucket == "year":
        return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    if bucket == "month":
        year, month = int(first[:4]), int(first[5:7])
        while f"{year:04d}-{month:02d}" <= last[:7]:
            found.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found
    day = date.fromisoformat(first)
    while day.isoformat() <= last:
        found.append(day.isoformat())
        day += timedelta(days=7)
    return found


def counts_svg(buckets: list[TimeBucket], bucket: str) -> str:
    """The chart of ``buckets`` (as ``Store.merged_event_histogram`` gives them)."""
    if not buckets:
        raise ValueError("no events to chart")
    by_period: dict[str, list[TimeBucket]] = defaultdict(list)
    for b in buckets:
        by_period[b.period].append(b)
    keys = periods(buckets[0].period, buckets[-1].period, bucket)
    top = max(sum(b.events for b in by_period[k]) for k in keys) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / len(keys)
    bar = max(1.0, step * 0.8)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}"'
             f' class="counts-chart" role="img"'
             f' aria-label="merged events per {bucket}">']  # fmt: skip
    for tick in sorted({0, top // 2, top}):
        y = TOP + plot_h - tick / top * plot_h
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"'
                     f' class="grid"/><text x="{LEFT - 6}" y="{y + 4:.1f}"'
                     f' text-anchor="end">{tick}</text>')  # fmt: skip
    every = max(1, -(-len(keys) // MOST_LABELS))
    for i, key in enumerate(keys):
        x = LEFT + i * step + (step - bar) / 2
        y = TOP + plot_h
        for b in sorted(by_period[key], key=lambda b: b.acled_event):
            h = b.events / top * plot_h
            y -= h
            tip = f"{key}: {b.events} {b.acled_event}" + (
                f", {b.fatalities} killed (most reported)" if b.fatalities else "")  # fmt: skip
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}"'
                         f' height="{h:.1f}" fill="{colour_of(b.acled_event)}">'
                         f"<title>{escape(tip)}</title></rect>")  # fmt: skip
        if i % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{TOP + plot_h + 16}"'
                         f' text-anchor="middle">{escape(key)}</text>')  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)
