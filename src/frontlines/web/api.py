"""`frontlines serve`: the JSON API under /api/ and the pages, one FastAPI app.

The routes are thin: they validate parameters and call the same query functions
as the CLI (``store.queries``, ``reconcile.series``, ``reconcile.timeline``).
Reads go through a read-only SQLite connection per request; the only write is
``POST /api/ingest``, off unless an ingest token is configured. Filters reach
SQL only as bound parameters.
"""

from __future__ import annotations

import csv
import hmac
import io
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from frontlines.reconcile.merged import MergedEventFilter, load_merged_events
from frontlines.reconcile.series import load_series
from frontlines.reconcile.timeline import TimelineFilter, count_timeline, load_timeline
from frontlines.store import queries
from frontlines.store.db import open_db
from frontlines.store.records import DocumentNotFound, EventFilter
from frontlines.vocab.actors import ActorDictionary
from frontlines.web.outlines import country_outlines

__all__ = ["ServeSettings", "create_app"]

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
Limit = Annotated[int, Query(ge=1, le=1000)]
PageLimit = Annotated[int | None, Query(ge=1, le=100_000)]
Offset = Annotated[int, Query(ge=0)]
Format = Annotated[str, Query(pattern="^(json|csv|geojson)$", description="json, csv, geojson")]


@dataclass(frozen=True)
class ServeSettings:
    db: Path
    ingest_token: str | None = None  # POST /api/ingest is off without one
    max_upload_bytes: int = 2_000_000


def create_app(settings: ServeSettings) -> FastAPI:
    """The app for one database; it is created (and migrated) if missing."""
    with open_db(settings.db):
        pass  # apply migrations once, with a writer; requests only read
    app = FastAPI(title="Frontlines", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Sourced, dated, mapped records of armed conflict.")  # fmt: skip
    app.state.settings = settings
    app.state.actors = ActorDictionary.load()
    app.add_middleware(ServerTiming)
    _api_routes(app)
    from frontlines.web.pages import page_routes

    page_routes(app)
    return app


class ServerTiming:
    """Adds ``Server-Timing: app;dur=<ms>``: the time from request to response start.

    A plain ASGI middleware (no buffering), so the figure is the server's own
    work and benchmarks and browsers can read it.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - started) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", f"app;dur={ms:.1f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed_send)


def reader(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request: no request can change the database."""
    path = request.app.state.settings.db
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(reader)]


def checked_date(value: str | None, name: str) -> str | None:
    if value is not None and not DATE.match(value):
        raise HTTPException(400, f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def checked_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """min_lon,min_lat,max_lon,max_lat in degrees."""
    if value is None:
        return None
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise HTTPException(
            400, "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat"
        ) from None
    if not (-180 <= w <= e <= 180 and -90 <= s <= n <= 90):
        raise HTTPException(400, "bbox out of range or min greater than max")
    return w, s, e, n


def near_point(conn: sqlite3.Connection, place: str | None) -> tuple[float, float] | None:
    """A stored place's coordinates (404 if none); None for no place or a country code."""
    if not place or len(place) <= 2:
        return None
    try:
        return queries.place_point(conn, place)
    except queries.PlaceNotFound as exc:
        raise HTTPException(404, str(exc)) from exc


def inside(bbox: tuple[float, float, float, float] | None, lat: Any, lon: Any) -> bool:
    if bbox is None:
        return True
    if lat is None or lon is None:
        return False
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


def page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset,
            "items": items[offset : offset + limit]}  # fmt: skip


def download(items: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """The same filtered list as CSV (flat columns) or GeoJSON (items with lat/lon)."""
    if fmt == "csv":
        buffer = io.StringIO()
        flat = [_flatten(i) for i in items]
        columns = list(dict.fromkeys(k for row in flat for k in row))
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        return Response(buffer.getvalue(), media_type="text/csv", headers={
            "Content-Disposition": f'attachment; filename="{name}.csv"'})  # fmt: skip
    features = []
    for item in items:
        lat, lon = _lat_lon(item)
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "properties": _flatten(item),
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}})  # fmt: skip
    return JSONResponse({"type": "FeatureCollection", "features": features},
                        media_type="application/geo+json")  # fmt: skip


def _lat_lon(item: dict[str, Any]) -> tuple[Any, Any]:
    if item.get("lat") is not None:
        return item["lat"], item["lon"]
    place = item.get("place")
    if isinstance(place, dict):
        return place.get("lat"), place.get("lon")
    return None, None


def _flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            flat |= _flatten(value, f"{prefix}{key}_")
        elif isinstance(value, list | tuple):
            flat[prefix + key] = "|".join(str(v) for v in value if not isinstance(v, dict))
        else:
            flat[prefix + key] = value
    return flat


def event_detail(conn: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    row = conn.execute(
        "SELECT group_id FROM event_reports WHERE event_id = ? OR group_id = ? LIMIT 1",
        (event_id, event_id),
    ).fetchone()
    if row is None or row[0] is None:
        raise HTTPException(404, f"no event {event_id!r}")
    ids = {r[0] for r in conn.execute(
        "SELECT event_id FROM event_reports WHERE group_id = ?", (row[0],))}  # fmt: skip
    doc_ids = {r[0] for r in conn.execute(
        "SELECT doc_id FROM event_reports WHERE group_id = ?", (row[0],))}  # fmt: skip
    reports = [h.to_json() for d in doc_ids for h in queries.list_doc_events(conn, d)
               if h.id in ids]  # fmt: skip
    group = conn.execute("SELECT * FROM event_groups WHERE id = ?", (row[0],))
    names = [c[0] for c in group.description]
    return {"merged": dict(zip(names, group.fetchone(), strict=True)), "reports": reports}


class IngestBody(BaseModel):
    """One article to ingest: what a JSON Lines row carries."""

    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None


def _event_groups(conn: sqlite3.Connection, event_ids: list[str]) -> dict[str, tuple[str, int]]:
    """Merged-event id and report count of each listed event."""
    found: dict[str, tuple[str, int]] = {}
    for start in range(0, len(event_ids), 500):  # bound parameters, in chunks
        chunk = event_ids[start : start + 500]
        rows = conn.execute(
            "SELECT r.event_id, r.group_id, g.reports FROM event_reports r"
            " JOIN event_groups g ON g.id = r.group_id"
            f" WHERE r.event_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found |= {event_id: (group_id, reports) for event_id, group_id, reports in rows}
    return found


def default_limit(limit: int | None, fmt: str) -> int | None:
    """JSON pages 100 rows unless told; a download is the whole filtered list unless told."""
    return limit if limit is not None else (100 if fmt == "json" else None)


def _api_routes(app: FastAPI) -> None:  # noqa: C901 - one place lists every endpoint
    @app.get("/api/documents", tags=["documents"])
    def documents(conn: Conn, q: str | None = None, limit: Limit = 100,
                  offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
        """Stored articles, oldest first; ``q`` keeps those with a sentence matching every word."""
        rows = [d.__dict__ for d in queries.list_documents(conn)]
        if q:
            try:
                hits = {h.doc_id for h in queries.search_sentences(conn, q, limit=10_000)}
            except ValueError as exc:
                raise HTTPException(400, str(exc)) from exc
            rows = [r for r in rows if r["id"] in hits]
        return page(rows, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def document(doc_id: str, conn: Conn) -> dict[str, Any]:
        """One article with every extraction (the export schema)."""
        try:
            return queries.get_document(conn, doc_id).to_export()
        except DocumentNotFound as exc:
            raise HTTPException(404, str(exc)) from exc

    @app.get("/api/search", tags=["documents"])
    def search(conn: Conn, q: str, limit: Limit = 20) -> dict[str, Any]:
        """Sentences containing every word, with the matched spans."""
        try:
            hits = queries.search_sentences(conn, q, limit=limit)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        return {"items": [h.__dict__ for h in hits], "total": len(hits)}

    @app.get("/api/claims", tags=["claims"], response_model=None)
    def claims(conn: Conn, subject: str | None = None, measure: str | None = None,
               since: str | None = None, limit: PageLimit = None, offset: Offset = 0,
               format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
        """Claims as extracted (one per sentence), oldest first. ``limit`` defaults to 100
        for JSON and to everything for CSV/GeoJSON downloads."""
        since = checked_date(since, "since")
        rows = default_limit(limit, format)
        items = [h.to_json() for h in queries.list_claims(conn, subject, measure, since, rows,
                                                          offset)]  # fmt: skip
        if format != "json":
            return download(items, format, "claims")
        total = queries.count_claims(conn, subject, measure, since)
        return {"total": total, "limit": rows, "offset": offset, "items": items}

    @app.get("/api/series", tags=["claims"])
    def series(conn: Conn, subject: str | None = None, measure: str | None = None,
               scope: str | None = None) -> dict[str, Any]:  # fmt: skip
        """Claim series with their points, reports and disagreements."""
        found = load_series(conn, subject, measure, scope)
        return {"items": [s.to_json() for s in found], "total": len(found)}

    @app.get("/api/series/{series_id}", tags=["claims"])
    def one_series(series_id: str, conn: Conn) -> dict[str, Any]:
        for s in load_series(conn):
            if s.id == series_id:
                return s.to_json()
        raise HTTPException(404, f"no series {series_id!r}")

    @app.get("/api/conflicts", tags=["claims"])
    def conflicts(conn: Conn, subject: str | None = None,
                  measure: str | None = None) -> dict[str, Any]:  # fmt: skip
        flags = [d.to_json() for s in load_series(conn, subject, measure) for d in s.disagreements]
        return {"items": flags, "total": len(flags)}

    @app.get("/api/events", tags=["events"], response_model=None)
    def events(conn: Conn, type: str | None = None, actor: str | None = None,  # noqa: A002
               near: str | None = None, within_km: float = Query(50.0, gt=0, le=20_000),
               since: str | None = None, until: str | None = None, bbox: str | None = None,
               limit: PageLimit = None, offset: Offset = 0,
               format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
        """Coded events (one per report), each with its merged event's id and report count.
        ``limit`` defaults to 100 for JSON and to everything for CSV/GeoJSON downloads."""
        rows = default_limit(limit, format)
        where = EventFilter(type, actor, near, within_km, checked_date(since, "since"),
                            checked_date(until, "until"), rows, offset,
                            checked_bbox(bbox))  # fmt: skip
        try:
            hits = queries.list_events(conn, where)
            total = queries.count_events(conn, where) if format == "json" else len(hits)
        except queries.PlaceNotFound as exc:
            raise HTTPException(404, str(exc)) from exc
        groups = _event_groups(conn, [hit.id for hit in hits])
        items = [hit.to_json() | dict(zip(("group_id", "reports"),
                                          groups.get(hit.id, (hit.id, 1)), strict=True))
                 for hit in hits]  # fmt: skip
        if format == "json":
            return {"total": total, "limit": rows, "offset": offset, "items": items}
        return download(items, format, "events")

    @app.get("/api/merged-events", tags=["events"], response_model=None)
    def merged_events(conn: Conn, type: str | None = None, actor: str | None = None,  # noqa: A002
                      since: str | None = None, until: str | None = None,
                      bbox: str | None = None, located: bool = False,
                      limit: Annotated[int, Query(ge=1, le=10_000)] = 1000, offset: Offset = 0,
                      format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
        """One row per real-world event (reports merged), newest first; what the map draws.

        Every filter runs in SQL and ``limit``/``offset`` apply to downloads too, so
        the cost follows the page, not the database.
        """
        where = MergedEventFilter(type, actor, checked_date(since, "since"),
                                  checked_date(until, "until"), checked_bbox(bbox), located,
                                  limit, offset)  # fmt: skip
        found = load_merged_events(conn, where)
        items = [m.to_json() for m in found.items]
        if format == "json":
            return {"total": found.total, "limit": limit, "offset": offset, "items": items}
        return download(items, format, "merged-events")

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: str, conn: Conn) -> dict[str, Any]:
        """A merged event (by its id or any report's id) with every report."""
        return event_detail(conn, event_id)

    @app.get("/api/places", tags=["places"], response_model=None)
    def places(conn: Conn, role: str = "location", country: str | None = None,
               name: str | None = None, bbox: str | None = None, limit: Limit = 100,
               offset: Offset = 0,
               format: Format = "json") -> dict[str, Any] | Response:  # noqa: A002  # fmt: skip
        box = checked_bbox(bbox)
        found = queries.list_places(conn, None if role == "all" else role, country, name)
        items = [p.to_json() for p in found if inside(box, p.lat, p.lon)]
        return page(items, limit, offset) if format == "json" else download(
            items, format, "places")  # fmt: skip

    @app.get("/api/actors", tags=["actors"])
    def actors(request: Request, conn: Conn) -> dict[str, Any]:
        """Dictionary actors with how many mentions the stored articles have of each."""
        counts = dict(conn.execute(
            "SELECT actor_id, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id"
        ).fetchall())  # fmt: skip
        items = [{"id": a.id, "name": a.name, "type": a.type, "wikidata": a.wikidata or None,
                  "aliases": list(a.aliases), "mentions": counts.get(a.id, 0)}
                 for a in request.app.state.actors.actors]  # fmt: skip
        return {"items": items, "total": len(items)}

    @app.get("/api/timeline", tags=["events"])
    def timeline(conn: Conn, actor: str | None = None, place: str | None = None,
                 within_km: float = Query(50.0, gt=0, le=20_000), since: str | None = None,
                 until: str | None = None, limit: Limit = 500,
                 offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
        """Merged events and reconciled claims in date order, one page at a time."""
        near = near_point(conn, place)
        since, until = checked_date(since, "since"), checked_date(until, "until")
        where = TimelineFilter(actor, place, near, within_km, since, until, limit, offset)
        return {"total": count_timeline(conn, where), "limit": limit, "offset": offset,
                "items": [e.to_json() for e in load_timeline(conn, where)]}  # fmt: skip

    @app.get("/api/outlines.geojson", tags=["places"])
    def outlines() -> JSONResponse:
        """Country outlines: the map's base layer when tiles cannot be reached."""
        return JSONResponse(country_outlines(), media_type="application/geo+json")

    @app.post("/api/ingest", tags=["documents"], status_code=201)
    def ingest_one(request: Request, body: IngestBody,
                   authorization: str | None = Header(None)) -> dict[str, Any]:  # fmt: skip
        """Ingest one article (off unless the server has an ingest token; then required)."""
        settings: ServeSettings = request.app.state.settings
        if not settings.ingest_token:
            raise HTTPException(403, "ingest is disabled on this server")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), settings.ingest_token.encode()):
            raise HTTPException(401, "a valid ingest token is required",
                                headers={"WWW-Authenticate": "Bearer"})  # fmt: skip
        if len(body.text.encode("utf-8")) > settings.max_upload_bytes:
            raise HTTPException(413, f"text over {settings.max_upload_bytes} bytes")
        return _ingest(request.app, body)


def _ingest(app: FastAPI, body: IngestBody) -> dict[str, Any]:
    import json

    from frontlines.api import ingest
    from frontlines.nlp.pipeline import build_pipeline

    if getattr(app.state, "nlp", None) is None:  # loaded on the first upload, then kept
        app.state.nlp = build_pipeline(actors_dict=app.state.actors)
    stream = io.BytesIO((json.dumps(body.model_dump()) + "\n").encode("utf-8"))
    report = ingest(["-"], app.state.settings.db, nlp=app.state.nlp, actors=app.state.actors,
                    stdin=stream)  # fmt: skip
    if report.failed:
        raise HTTPException(422, report.failed[0].reason)
    return {"ingested": list(report.ingested), "duplicates": len(report.duplicates)}
