"""The web page's series chart, written as SVG directly.

matplotlib (``serve.plot``) draws the CLI's PNG/SVG files, but laying out its
text costs half a second per chart; a page needs milliseconds, links and
tooltips. This draws the same encoding: a filled dot for a stated figure, a
hollow one for an approximate figure, a bar ending in an arrow for a bound,
a grey square for a derived baseline, red for flagged points, and a
horizontal bar for a vague date. Every point links to its sentence and has a
``<title>`` tooltip with value, source, date and report count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from frontlines.reconcile.series import Series, SeriesPoint, describe

__all__ = ["chart_svg"]

XScale = Callable[[date], float]
YScale = Callable[[float], float]

WIDTH, HEIGHT = 900, 420
LEFT, RIGHT, TOP, BOTTOM = 64, 24, 52, 44
STATED, BASELINE, FLAGGED = "#1f4e79", "#8a8a8a", "#c0392b"
LABELLED_POINTS = 25  # more than this and labels would overlap: tooltips only


def chart_svg(series: Series, subject_name: str | None = None) -> str:
    if not series.points:
        raise ValueError("the series has no points to draw")
    # "count" says nothing a reader needs next to a number; other units do ("km2", "%").
    unit = "%" if series.unit == "percent" else (
        " " + series.unit if series.unit and series.unit != "count" else "")  # fmt: skip
    ceiling = 100.0 if series.unit == "percent" else None
    top = ceiling or max(p.highest for p in series.points) * 1.1 or 1.0
    first = min(p.span.first for p in series.points).toordinal()
    last = max(p.span.last for p in series.points).toordinal()
    pad = max(30, (last - first) // 12)
    lo_day, hi_day = first - pad, last + pad
    ticks = _y_ticks(top)
    left = max(LEFT, 14 + 7 * max(len(_compact(t)) for t in ticks))  # the widest label fits

    def x(day: date) -> float:
        at = left + (day.toordinal() - lo_day) / (hi_day - lo_day) * (WIDTH - left - RIGHT)
        return min(max(at, left), WIDTH - RIGHT)

    def y(value: float) -> float:
        at = HEIGHT - BOTTOM - value / top * (HEIGHT - TOP - BOTTOM)
        return min(max(at, TOP), HEIGHT - BOTTOM)  # a bound beyond the axis stops at its end

    flagged = {p.id for d in series.disagreements for p in (d.first, d.second)}
    who = subject_name or series.key.subject or "all actors"
    scope = f" — {series.key.scope}" if series.key.scope else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img"'
        f' class="series-chart" aria-label="{escape(who)}: {escape(series.label)}">',
        f'<text x="{LEFT}" y="20" class="chart-title">{escape(who)}: '
        f"{escape(series.label)}{escape(scope)}</text>",
        *_y_axis(ticks, y, unit, left),
        *_x_axis(lo_day, hi_day, x, left),
    ]
    stated = [(x(p.span.middle), y(p.value)) for p in series.points if p.value is not None]
    if len(stated) > 1:
        line = " ".join(f"{a:.1f},{b:.1f}" for a, b in stated)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{STATED}" opacity="0.25"/>')
    placed: list[Box] = []  # label boxes, to keep them apart
    for p in series.points:
        colour = BASELINE if p.derived else FLAGGED if p.id in flagged else STATED
        label = describe(p, unit)
        tip = f"{label} · {_who(p)} · as of {p.as_of}" + (
            f" · {len(p.reports)} reports" if len(p.reports) > 1 else ""
        )
        report = p.first_report
        parts.append(
            f'<a href="/documents/{escape(report.doc_id)}#at{report.start}" class="point"'
            f' data-point="{escape(p.id)}"><title>{escape(tip)}</title>'
        )
        parts += _shape(p, x, y, colour, top)
        if len(series.points) <= LABELLED_POINTS and not p.derived:
            spot = _label_spot(x(p.span.middle), y(p.centre), len(label), placed)
            if spot is not None:  # no free spot: the tooltip still says it
                lx, ly, anchor = spot
                parts.append(
                    f'<text x="{lx:.1f}" y="{ly:.1f}" class="point-label" text-anchor="{anchor}"'
                    f' fill="{colour}">{escape(label)}</text>'
                )
        parts.append("</a>")
    parts.append("</svg>")
    return "".join(parts)


def _shape(p: SeriesPoint, fx: XScale, fy: YScale, colour: str, top: float) -> list[str]:
    cx, cy = fx(p.span.middle), fy(p.centre)
    out = []
    if p.span.last > p.span.first:  # a month, a season: how vague the date is
        x1, x2 = fx(p.span.first), fx(p.span.last)
        out.append(
            f'<line x1="{x1:.1f}" y1="{cy:.1f}" x2="{x2:.1f}" y2="{cy:.1f}" stroke="{colour}"'
            ' stroke-width="2" opacity="0.5"/>'
        )
    if p.derived:
        out.append(
            f'<rect x="{cx - 5:.1f}" y="{cy - 5:.1f}" width="10" height="10" fill="white"'
            f' stroke="{colour}" stroke-width="2"/>'
        )
    elif p.value is not None:
        face = "white" if p.approx else colour
        out.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{face}" stroke="{colour}"'
            ' stroke-width="2"/>'
        )
    else:
        low = fy(p.lower if p.lower is not None else 0.0)
        high = fy(p.upper if p.upper is not None else top)
        out.append(
            f'<line x1="{cx:.1f}" y1="{low:.1f}" x2="{cx:.1f}" y2="{high:.1f}" stroke="{colour}"'
            ' stroke-width="4" opacity="0.6"/>'
        )
        if p.upper is not None:  # an arrow pointing down from the upper bound
            out.append(_triangle(cx, high, 1, colour))
        if p.lower is not None:
            out.append(_triangle(cx, low, -1, colour))
    return out


def _triangle(cx: float, cy: float, down: int, colour: str) -> str:
    tip = cy + 7 * down
    return (
        f'<polygon points="{cx - 6:.1f},{cy:.1f} {cx + 6:.1f},{cy:.1f} {cx:.1f},{tip:.1f}"'
        f' fill="{colour}"/>'
    )


def _y_ticks(top: float) -> list[float]:
    step = _nice_step(top / 5)
    ticks, tick = [], 0.0
    while tick <= top + 1e-9:
        ticks.append(tick)
        tick += step
    return ticks


def _compact(value: float) -> str:
    """A tick as short as it can be read: 500000 -> "500k", 1500000 -> "1.5M"."""
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def _y_axis(ticks: list[float], fy: YScale, unit: str, left: float) -> list[str]:
    """Ticks in short numbers; the unit once, above the axis (not glued to every tick)."""
    out = []
    if unit.strip():
        out.append(f'<text x="{left - 6}" y="{TOP - 10}" text-anchor="end" class="tick unit">'
                   f"{escape(unit.strip())}</text>")  # fmt: skip
    for tick in ticks:
        ty = fy(tick)
        out.append(
            f'<line x1="{left}" y1="{ty:.1f}" x2="{WIDTH - RIGHT}" y2="{ty:.1f}" class="grid"/>'
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" class="tick">'
            f"{_compact(tick)}</text>"
        )
    return out


Box = tuple[float, float, float, float]


def _label_spot(px: float, py: float, chars: int,
                placed: list[Box]) -> tuple[float, float, str] | None:  # fmt: skip
    """Where a point's label can go without covering another label or leaving the plot:
    right of the point, else left of it, a row lower each try; None if nowhere near."""
    width, height = 7.0 * chars, 14.0
    for row in range(4):
        for side in (1, -1):
            ly = min(max(py - 8 + row * 16, TOP + height), HEIGHT - BOTTOM - 4)
            lx = px + 9 * side
            box = (lx, ly - height, lx + width, ly) if side > 0 else (lx - width, ly - height,
                                                                     lx, ly)  # fmt: skip
            if box[0] < LEFT or box[2] > WIDTH - RIGHT:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in placed):  # fmt: skip
                continue
            placed.append(box)
            return lx, ly, "start" if side > 0 else "end"
    return None


def _x_axis(lo_day: int, hi_day: int, fx: XScale, left: float) -> list[str]:
    first, last = date.fromordinal(lo_day), date.fromordinal(hi_day)
    years = last.year - first.year
    out = [f'<line x1="{left}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}"'
           f' y2="{HEIGHT - BOTTOM}" class="axis"/>']  # fmt: skip
    if years >= 2:
        every = max(1, years // 10)
        ticks = [date(year, 1, 1) for year in range(first.year + 1, last.year + 1, every)]
        text = [str(t.year) for t in ticks]
    else:
        ticks = [date(first.year + (first.month + k) // 12, (first.month + k) % 12 + 1, 1)
                 for k in range(0, 12 * (years + 1))]  # fmt: skip
        ticks = [t for t in ticks if first <= t <= last]
        text = [t.strftime("%Y-%m") for t in ticks]
    every = max(1, -(-len(ticks) // 10))  # at most 10 labels: they never touch
    for tick, words in zip(ticks[::every], text[::every], strict=True):
        tx = fx(tick)
        out.append(
            f'<text x="{tx:.1f}" y="{HEIGHT - BOTTOM + 18}" text-anchor="middle" class="tick">'
            f"{words}</text>"
        )
    return out


def _nice_step(raw: float) -> float:
    magnitude = 10 ** len(str(int(max(raw, 1e-9)))) / 10 if raw >= 1 else 10**-2
    for factor in (1, 2, 2.5, 5, 10):
        if magnitude * factor >= raw:
            return magnitude * factor
    return magnitude * 10


def _who(p: SeriesPoint) -> str:
    if p.derived:
        return "baseline implied by 'since'"
    return p.source or "unattributed"
