"""One merged event as a person reads it: who, what, where (on a map, with how exactly
the place is known), when (and where the date came from), how sure, and every report
of it, each with its outlet, its original URL and the exact sentence with offsets.

The page reads ``Store.event`` (what ``/api/events/{id}`` returns); nothing here
queries the database.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from frontlines.web.barchart import colour_of
from frontlines.web.deps import Db
from frontlines.web.highlight import Mark, Segment, segments
from frontlines.web.names import Names, precision

__all__ = ["report_sentence", "router"]

router = APIRouter(include_in_schema=False)

#: Reports drawn on the page; an event reported thousands of times lists the first ones
#: (oldest first) and links the rest (``/api/events/{id}`` has every one).
REPORTS_SHOWN = 100
#: ``time_precision`` as stored (ACLED: 1 day, 2 week, 3 month or longer) -> words.
DATE_PRECISION = {1: "to the day", 2: "to the week", 3: "to the month or vaguer"}


def report_sentence(report: dict[str, Any]) -> list[Segment]:
    """A report's sentence cut into pieces, its actors and place marked (offsets in the
    document are shifted into the sentence)."""
    start, text = report["start"], report["text"]
    marks = []
    for role in ("actor1", "actor2", "place"):
        span = report.get(role)
        if span and span.get("start") is not None:
            kind = "place" if role == "place" else "actor"
            note = span.get("name") or span.get("actor") or span["text"]
            marks.append(Mark(span["start"] - start, span["end"] - start, kind, f"{role}: {note}"))
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    return segments(text, inside)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, db: Db) -> HTMLResponse:
    from frontlines.web.pages import render

    event = db.event(event_id)
    merged, reports = event["merged"], event["reports"]
    first = reports[0] if reports else {}
    outlets = sorted({r["source"] for r in reports if r.get("source")})
    return render(request, "event.html", m=merged, reports=reports[:REPORTS_SHOWN],
                  all_reports=len(reports), first=first,
                  outlets=outlets, names=Names.of(request),
                  where=precision(merged.get("geo_precision"), merged.get("feature_code")),
                  colour=colour_of(first.get("acled_event")), sentence=report_sentence,
                  date_precision=DATE_PRECISION)  # fmt: skip
