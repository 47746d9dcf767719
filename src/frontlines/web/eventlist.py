"""The events page: ``/events`` (HTML) and ``/events.json|csv|geojson`` (the same query).

Datasette style: one URL holds every filter, so a view can be shared, bookmarked
and gone back to; the page, its JSON and its downloads read the URL through one
dependency (``deps.merged_filter``) and one store query, so an export holds
exactly the events the page counts.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from frontlines.store import Store
from frontlines.store.merged import SORTS, MergedEventFilter
from frontlines.web.barchart import ACLED_COLOURS, OTHER_COLOUR, bucket_for, counts_svg
from frontlines.web.deps import Db, MergedQuery, Offset
from frontlines.web.downloads import download
from frontlines.web.names import Names

__all__ = ["EXPORT_MOST", "router"]

router = APIRouter(include_in_schema=False)
#: The most rows one download holds: a filter that keeps more must be narrowed.
EXPORT_MOST = 100_000
PageRows = Annotated[int, Query(ge=1, le=500, description="events per page")]
#: The URL parameters that are filters (kept by facet links, exports and the pager).
FILTERS = ("type", "actor", "country", "place", "outlet", "since", "until", "min_confidence",
           "min_fatalities", "background", "sort")  # fmt: skip


def listing(db: Store, where: MergedEventFilter, limit: int, offset: int,
            names: Names) -> dict[str, Any]:  # fmt: skip
    """One page of merged events, the whole filter's facets and counts over time."""
    found = db.merged_events(replace(where, limit=limit, offset=offset))
    facets = db.merged_event_facets(where)
    bucket = bucket_for(facets.first_day, facets.last_day)
    histogram = db.merged_event_histogram(where, bucket)
    items = [names.event_item(m.to_json()) for m in found.items]
    return {"total": found.total, "limit": limit, "offset": offset,
            "undated": db.count_undated_events(), "items": items,
            "facets": facets.to_json()["facets"], "first_day": facets.first_day,
            "last_day": facets.last_day, "extent": facets.to_json()["extent"], "bucket": bucket,
            "histogram": [b.to_json() for b in histogram]}  # fmt: skip


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, db: Db, where: MergedQuery, limit: PageRows = 20,
                offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    from frontlines.store.facets import TimeBucket
    from frontlines.web.pages import render

    data = listing(db, where, limit, offset, Names.of(request))
    buckets = [TimeBucket(**b) for b in data["histogram"]]
    chart = Markup(counts_svg(buckets, data["bucket"])) if buckets else ""  # noqa: S704 - ours
    kinds = sorted({b.acled_event for b in buckets})
    legend = [(k, ACLED_COLOURS.get(k, OTHER_COLOUR)) for k in kinds]
    asked = {k: v for k, v in request.query_params.items() if k in FILTERS and v}
    return render(request, "events.html", **data, chart=chart, legend=legend, asked=asked,
                  sorts=list(SORTS), names=Names.of(request))  # fmt: skip


@router.get("/events.{fmt}", response_model=None)
def events_data(request: Request, db: Db, where: MergedQuery,
                fmt: Annotated[str, Path(pattern="^(json|csv|geojson)$")],
                limit: PageRows = 20, offset: Offset = 0) -> dict[str, Any] | Response:  # fmt: skip
    """JSON: the page as the HTML shows it (items, facets, counts over time); CSV and
    GeoJSON: every event the filter keeps, not one page."""
    names = Names.of(request)
    if fmt == "json":
        return listing(db, where, limit, offset, names)
    found = db.merged_events(replace(where, limit=EXPORT_MOST + 1, offset=0))
    if found.total > EXPORT_MOST:
        raise HTTPException(400, f"{found.total} events match; a download holds at most"
                                 f" {EXPORT_MOST}: narrow the filter")  # fmt: skip
    return download([names.event_item(m.to_json()) for m in found.items], fmt, "events")
