"""The JSON API under /api/: thin routes over the store handle and reconcile.

Each route validates its parameters (``frontlines.web.deps``), resolves names the way
the command line does, and calls the same ``Store`` methods as the CLI. The only
write is ``POST /api/ingest``, off unless an ingest token is configured. Filters reach
SQL only as bound parameters.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, field_validator

from frontlines.reconcile.series import load_series
from frontlines.store.queries import PlaceNotFound
from frontlines.store.records import DocumentNotFound, EventFilter
from frontlines.store.timeline import TimelineFilter
from frontlines.web.deps import (
    ClaimConfidence,
    Confidence,
    Db,
    DocSort,
    Format,
    Limit,
    MergedQuery,
    Offset,
    PageLimit,
    SearchText,
    Text,
    Vocab,
    checked_bbox,
    checked_date,
    default_limit,
    document_filter,
    inside,
    near_point,
    page,
)
from frontlines.web.downloads import download
from frontlines.web.names import Names
from frontlines.web.outlines import basemap_labels as labels_in
from frontlines.web.outlines import country_outlines

__all__ = ["IngestBody", "router"]

router = APIRouter()
#: Lists without coordinates download as CSV only.
TableFormat = Annotated[str, Query(pattern="^(json|csv)$", description="json, csv")]


class IngestBody(BaseModel):
    """One article to ingest: what a JSON Lines row carries. Every field must be text that
    UTF-8 can hold (a lone surrogate is a 422, not a server error)."""

    text: str = Field(min_length=1)
    title: str | None = Field(None, max_length=1_000)
    published: str | None = Field(None, max_length=100)
    url: str | None = Field(None, max_length=2_000)
    source: str | None = Field(None, max_length=500)

    @field_validator("text", "title", "published", "url", "source")
    @classmethod
    def _encodable(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(f"not valid Unicode text at {exc.start}") from None
        return value


@router.get("/api/documents", tags=["documents"])
def documents(db: Db, q: Annotated[str | None, SearchText] = None, source: Text = None,
              since: Text = None, until: Text = None, sort: DocSort = "oldest",
              limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
    """Stored articles, oldest first unless ``sort`` says otherwise; ``q`` keeps those with
    a sentence matching every word, ``source`` one outlet's, ``since``/``until`` bound the
    publication date. Paged in SQL (the home page reads the same query)."""
    try:
        found = db.document_page(document_filter(q, source, since, until, sort, limit, offset))
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return {"total": found.total, "limit": limit, "offset": offset,
            "items": [d.__dict__ for d in found.items]}  # fmt: skip


@router.get("/api/documents/{doc_id}", tags=["documents"])
def document(doc_id: str, db: Db) -> dict[str, Any]:
    """One article with every extraction (the export schema)."""
    try:
        return db.document(doc_id).to_export()
    except DocumentNotFound as exc:
        raise HTTPException(404, str(exc)) from exc


@router.get("/api/search", tags=["documents"])
def search(db: Db, v: Vocab, q: Annotated[str, SearchText], limit: Limit = 20,
           offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
    """Sentences containing every word, with the matched spans; an actor's name finds its
    other names too ("ISIS" finds "Islamic State"). ``total`` counts every match."""
    try:
        also = v.other_names(q)
        hits = db.search(q, limit=limit, offset=offset, alternatives=also)
        total = db.count_search(q, alternatives=also)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
    return {"items": [h.__dict__ for h in hits], "total": total, "limit": limit,
            "offset": offset}  # fmt: skip


@router.get("/api/claims", tags=["claims"], response_model=None)
def claims(db: Db, v: Vocab, subject: str | None = None, measure: str | None = None,
           since: str | None = None, limit: PageLimit = None, offset: Offset = 0,
           format: Format = "json",  # noqa: A002
           min_confidence: ClaimConfidence = None) -> dict[str, Any] | Response:  # fmt: skip
    """Claims as extracted (one per sentence), oldest first. ``limit`` defaults to 100
    for JSON and to everything for CSV/GeoJSON downloads; ``min_confidence`` keeps the
    likelier claims."""
    least = v.min_claim_confidence(min_confidence)
    since = checked_date(since, "since")
    subject, measure = v.actor(subject), v.measure(measure)
    rows = default_limit(limit, format)
    items = [h.to_json() for h in db.claims(subject, measure, since, rows, offset, least)]
    if format != "json":
        return download(items, format, "claims")
    total = db.count_claims(subject, measure, since, least)
    return {"total": total, "limit": rows, "offset": offset, "items": items}


@router.get("/api/series", tags=["claims"])
def series(db: Db, v: Vocab, subject: str | None = None, measure: str | None = None,
           scope: str | None = None) -> dict[str, Any]:  # fmt: skip
    """Claim series with their points, reports and disagreements."""
    found = load_series(db, v.actor(subject), v.measure(measure), scope, v.reconcile)
    return {"items": [s.to_json() for s in found], "total": len(found)}


@router.get("/api/series/{series_id}", tags=["claims"], response_model=None)
def one_series(series_id: str, db: Db, v: Vocab,
               format: TableFormat = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
    """One series with its points; ``format=csv``: one row per point (its first report's
    outlet, document and offsets, and how many reports tell it)."""
    for s in load_series(db, settings=v.reconcile, series_id=series_id):
        found = s.to_json()
        if format == "json":
            return found
        rows = [{k: val for k, val in point.items() if k != "reports"}
                | {"first_" + k: val for k, val in (point["reports"] or [{}])[0].items()}
                for point in found["points"]]  # fmt: skip
        return download(rows, "csv", f"series-{series_id}")
    raise HTTPException(404, f"no series {series_id!r}")


@router.get("/api/conflicts", tags=["claims"])
def conflicts(db: Db, v: Vocab, subject: str | None = None,
              measure: str | None = None) -> dict[str, Any]:  # fmt: skip
    found = load_series(db, v.actor(subject), v.measure(measure), settings=v.reconcile)
    flags = [d.to_json() for s in found for d in s.disagreements]
    return {"items": flags, "total": len(flags)}


@router.get("/api/events", tags=["events"], response_model=None)
def events(db: Db, v: Vocab, type: str | None = None, actor: str | None = None,  # noqa: A002
           near: str | None = None, within_km: float = Query(50.0, gt=0, le=20_000),
           since: str | None = None, until: str | None = None, bbox: str | None = None,
           limit: PageLimit = None, offset: Offset = 0, min_confidence: Confidence = None,
           format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
    """Coded events (one per report), each with its merged event's id and report count.
    ``limit`` defaults to 100 for JSON and to everything for CSV/GeoJSON downloads;
    ``min_confidence`` to the server's setting."""
    rows = default_limit(limit, format)
    where = EventFilter(type, v.actor(actor), near, within_km, checked_date(since, "since"),
                        checked_date(until, "until"), rows, offset, checked_bbox(bbox),
                        v.min_confidence(min_confidence))  # fmt: skip
    try:
        hits = db.events(where)
        total = db.count_events(where) if format == "json" else len(hits)
    except PlaceNotFound as exc:
        raise HTTPException(404, str(exc)) from exc
    groups = db.merged_ids([hit.id for hit in hits])
    items = [hit.to_json() | dict(zip(("group_id", "reports"),
                                      groups.get(hit.id, (hit.id, 1)), strict=True))
             for hit in hits]  # fmt: skip
    if format == "json":
        return {"total": total, "limit": rows, "offset": offset, "items": items}
    return download(items, format, "events")


@router.get("/api/merged-events", tags=["events"], response_model=None)
def merged_events(request: Request, db: Db, where: MergedQuery,
                  limit: Annotated[int, Query(ge=1, le=10_000)] = 1000, offset: Offset = 0,
                  format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
    """One row per real-world event (reports merged), newest first; what the map draws.

    Every filter runs in SQL and ``limit``/``offset`` apply to downloads too, so
    the cost follows the page, not the database. ``background=false`` leaves out
    history (events every report dates a year or more before publication). The
    events page (``/events``) reads the same filters.
    """
    found = db.merged_events(replace(where, limit=limit, offset=offset))
    names = Names.of(request)
    items = [names.event_item(m.to_json()) for m in found.items]
    if format == "json":
        return {"total": found.total, "limit": limit, "offset": offset,
                "undated": db.count_undated_events(), "items": items}  # fmt: skip
    return download(items, format, "merged-events")


@router.get("/api/events/{event_id}", tags=["events"])
def event(event_id: str, db: Db) -> dict[str, Any]:
    """A merged event (by its id or any report's id) with every report."""
    return db.event(event_id)


@router.get("/api/places", tags=["places"], response_model=None)
def places(db: Db, role: str = "location", country: str | None = None,
           name: str | None = None, bbox: str | None = None, limit: Limit = 100,
           offset: Offset = 0,
           format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
    box = checked_bbox(bbox)
    found = db.places(None if role == "all" else role, country, name)
    items = [p.to_json() for p in found if inside(box, p.lat, p.lon)]
    return page(items, limit, offset) if format == "json" else download(
        items, format, "places")  # fmt: skip


@router.get("/api/actors", tags=["actors"])
def actors(request: Request, db: Db) -> dict[str, Any]:
    """Dictionary actors with how many mentions the stored articles have of each."""
    counts = db.actor_mentions()
    items = [{"id": a.id, "name": a.name, "type": a.type, "wikidata": a.wikidata or None,
              "aliases": list(a.aliases), "mentions": counts.get(a.id, 0)}
             for a in request.app.state.actors.actors]  # fmt: skip
    return {"items": items, "total": len(items)}


@router.get("/api/timeline", tags=["events"], response_model=None)
def timeline(db: Db, v: Vocab, actor: str | None = None, place: str | None = None,
             within_km: float = Query(50.0, gt=0, le=20_000), since: str | None = None,
             until: str | None = None, limit: Limit = 500, offset: Offset = 0,
             min_confidence: Confidence = None, background: bool = True,
             format: TableFormat = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
    """Merged events and reconciled claims in date order, one page at a time
    (``format=csv``: the same page as CSV). Events below ``min_confidence`` (default:
    the server's threshold) are left out; ``history`` marks events told as history,
    ``background=false`` leaves them out."""
    near = near_point(db, place)
    since, until = checked_date(since, "since"), checked_date(until, "until")
    least = v.min_confidence(min_confidence)
    where = TimelineFilter(v.actor(actor), place, near, within_km, since, until, limit, offset,
                           least, background)  # fmt: skip
    items = [e.to_json() for e in db.timeline(where)]
    if format == "csv":
        return download(items, "csv", "timeline")
    return {"total": db.count_timeline(where), "limit": limit, "offset": offset,
            "undated": db.count_undated_events(), "items": items}  # fmt: skip


@router.get("/api/outlines.geojson", tags=["places"])
def outlines() -> JSONResponse:
    """Country outlines: the map's base layer when tiles cannot be reached."""
    return JSONResponse(country_outlines(), media_type="application/geo+json")


@router.get("/api/basemap/labels", tags=["places"])
def basemap_labels(bbox: str, zoom: Annotated[int, Query(ge=0, le=20)] = 5) -> JSONResponse:
    """Place names for the map's offline base layer inside ``bbox``: country names and the
    most populous towns of the gazetteer (at ``zoom`` 4 and closer), as GeoJSON points."""
    box = checked_bbox(bbox)
    assert box is not None
    return JSONResponse(labels_in(box, zoom), media_type="application/geo+json")


@router.post("/api/ingest", tags=["documents"], status_code=201)
def ingest_one(request: Request, body: IngestBody,
               authorization: str | None = Header(None)) -> dict[str, Any]:  # fmt: skip
    """Ingest one article (off unless the server has an ingest token; then required as
    ``Authorization: Bearer TOKEN``). The token and the size are checked before the body
    is read (``web.guards.UploadGuard``). One article is no collection: with no date of
    its own it takes no reference date, and its events the day it was received."""
    settings = request.app.state.settings
    if len(body.text.encode("utf-8")) > settings.max_upload_bytes:
        raise HTTPException(413, f"text over {settings.max_upload_bytes} bytes")
    return _ingest(request.app, body)


def _ingest(app: Any, body: IngestBody) -> dict[str, Any]:
    from frontlines.api import ingest_articles
    from frontlines.ingest.acquire import article_from_record
    from frontlines.nlp.pipeline import build_pipeline

    if getattr(app.state, "nlp", None) is None:  # loaded on the first upload, then kept
        app.state.nlp = build_pipeline(actors_dict=app.state.actors)
    article = article_from_record("POST /api/ingest", body.model_dump())
    report = ingest_articles([article], app.state.settings.db, nlp=app.state.nlp,
                             actors=app.state.actors,
                             reconcile=app.state.settings.reconcile)  # fmt: skip
    if report.failed:
        raise HTTPException(422, report.failed[0].reason)
    return {"ingested": list(report.ingested), "duplicates": len(report.duplicates)}
