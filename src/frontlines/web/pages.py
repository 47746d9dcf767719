"""Server-rendered pages over the same queries as the API; Jinja2 escapes all text.

Each page is a plain GET that works without JavaScript except the map, which
reads the API's GeoJSON. Front-end libraries (Leaflet, its marker clustering)
come from the pinned ``xstatic-leaflet*`` PyPI packages and the API explorer's from
``swagger-ui-bundle``; all are served from here, so the pages work offline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from frontlines.reconcile.series import Series, describe, load_series
from frontlines.store.records import DocumentNotFound
from frontlines.store.timeline import TimelineFilter
from frontlines.web.barchart import ACLED_COLOURS, OTHER_COLOUR, colour_of
from frontlines.web.deps import Db, Text, Vocab, checked_date, near_point
from frontlines.web.highlight import marks_of, segments
from frontlines.web.names import Names, claim_value, href, number, precision, web_url, words
from frontlines.web.svgchart import chart_svg

HERE = Path(__file__).parent
PAGE_ROWS = 200  # timeline rows per page
MAX_DRAWN = 400  # series points drawn at once: the latest in the chosen window
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["describe"] = describe
templates.env.globals |= {"href": href, "number": number, "words": words, "precision": precision,
                          "colour_of": colour_of, "web_url": web_url,
                          "claim_value": claim_value}  # fmt: skip


__all__ = ["mount_vendor", "router", "window"]

router = APIRouter(include_in_schema=False)


def mount_vendor(app: FastAPI) -> None:
    """Our static files and the front-end libraries from their PyPI packages, and /docs."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster
    from fastapi.openapi.docs import get_swagger_ui_html
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet.BASE_DIR), name="leaflet")
    app.mount("/vendor/cluster", StaticFiles(directory=cluster.BASE_DIR), name="cluster")
    app.mount("/vendor/swagger", StaticFiles(directory=swagger_ui_path), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        """The OpenAPI explorer with its script and styles served from here, not a CDN."""
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Frontlines API",
                                   swagger_js_url="/vendor/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/vendor/swagger/swagger-ui.css",
                                   swagger_favicon_url="/vendor/swagger/favicon-32x32.png",
                                   )  # fmt: skip


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: str, db: Db) -> HTMLResponse:
    try:
        doc = db.document(doc_id)
    except DocumentNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    marks = marks_of(doc)
    cuts = [s.start for s in doc.sentences]
    pieces = segments(doc.text, marks, extra_cuts=cuts)
    return render(request, "article.html", doc=doc, pieces=pieces)


#: The map's filters: the merged-event filters its data request passes on, and its view.
MAP_FILTERS = ("type", "actor", "country", "since", "until", "min_confidence")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    """The map's filters and view come from the URL (a permalink); the script keeps the
    URL up to date as filters change and the map moves, so back and forward work."""
    asked = {k: v for k, v in request.query_params.items() if k in MAP_FILTERS and v}
    return render(request, "map.html", asked=asked, palette=ACLED_COLOURS, other=OTHER_COLOUR)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, db: Db, v: Vocab, actor: str | None = None,
                  place: str | None = None, since: str | None = None,
                  until: str | None = None,
                  offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:  # fmt: skip
    where = TimelineFilter(v.actor(actor), place or None, near_point(db, place), 50.0,
                           checked_date(since or None, "since"),
                           checked_date(until or None, "until"), PAGE_ROWS,
                           offset, v.min_confidence(None))  # fmt: skip
    filters = {"actor": actor or "", "place": place or "", "since": since or "",
               "until": until or ""}  # fmt: skip
    return render(request, "timeline.html", entries=db.timeline(where),
                  total=db.count_timeline(where), offset=offset, page_rows=PAGE_ROWS,
                  undated=db.count_undated_events(),
                  link=_pager(filters), **filters)  # fmt: skip


@router.get("/series", response_class=HTMLResponse)
def series_list(request: Request, db: Db, v: Vocab, subject: Text = None, measure: Text = None,
                scope: Text = None) -> HTMLResponse:  # fmt: skip
    """Series with the filters of ``/api/series`` (names read as the CLI reads them)."""
    found = load_series(db, v.actor(subject), v.measure(measure), scope or None, v.reconcile)
    asked = {k: v for k, v in request.query_params.items()
             if k in {"subject", "measure", "scope"} and v}  # fmt: skip
    return render(request, "series_list.html", series=found, asked=asked,
                  names=Names.of(request),
                  flags=[d for s in found for d in s.disagreements])  # fmt: skip


@router.get("/series/{series_id}", response_class=HTMLResponse)
def series_page(request: Request, series_id: str, db: Db, v: Vocab, since: str | None = None,
                until: str | None = None) -> HTMLResponse:  # fmt: skip
    found = load_series(db, settings=v.reconcile, series_id=series_id)
    if not found:
        raise HTTPException(404, f"no series {series_id!r}")
    since = checked_date(since or None, "since")
    until = checked_date(until or None, "until")
    shown = window(found[0], since, until, MAX_DRAWN)
    actor = request.app.state.actors.get(shown.key.subject)
    name = actor.name if actor else None
    chart = Markup(chart_svg(shown, name)) if shown.points else ""  # noqa: S704 - ours
    return render(request, "series.html", series=shown, chart=chart, subject_name=name,
                  all_points=len(found[0].points), since=since or "",
                  until=until or "")  # fmt: skip


def window(series: Series, since: str | None, until: str | None, most: int) -> Series:
    """The points between ``since`` and ``until`` (ISO prefixes), at most the latest ``most``.

    A chart of thousands of points is unreadable and slow to draw; the page says
    how many there are and the window narrows them.
    """
    points = [p for p in series.points
              if (since is None or p.span.last.isoformat() >= since)
              and (until is None or p.span.first.isoformat()[: len(until)] <= until)]  # fmt: skip
    kept = {p.id for p in points[-most:]}
    flags = tuple(d for d in series.disagreements
                  if d.first.id in kept or d.second.id in kept)  # fmt: skip
    return replace(series, points=tuple(points[-most:]), disagreements=flags)


def _pager(filters: dict[str, str]) -> Any:
    """Builds the timeline's previous/next links, keeping the filters."""

    def link(offset: int) -> str:
        return "/timeline?" + urlencode(
            {k: v for k, v in filters.items() if v} | {"offset": offset}
        )

    return link
