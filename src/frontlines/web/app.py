"""`frontlines serve`: one FastAPI app, the JSON API under /api/ and the pages.

The app is built for one database; the routers (``web.api``, ``web.pages``) share
the request's read-only store handle and the filter parsing of ``web.deps``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontlines.errors import FrontlinesError, StoreError, http_status_for
from frontlines.reconcile import ReconcileSettings
from frontlines.settings import Settings
from frontlines.store import open_db
from frontlines.vocab.actors import ActorDictionary
from frontlines.web import api, eventlist, eventpage, listings, pages
from frontlines.web.guards import HostGuard, UploadGuard
from frontlines.web.openapi30 import as_openapi_30

__all__ = ["ServeSettings", "create_app"]


@dataclass(frozen=True)
class ServeSettings:
    """What one server serves: its database, the actor files and reconcile settings it
    reads names and series with (as the CLI's ``--actors`` / ``--settings``), and
    whether uploads are allowed."""

    db: str | Path  # a SQLite file or a server URL (postgresql://...)
    ingest_token: str | None = None  # POST /api/ingest is off without one
    max_upload_bytes: int = 2_000_000
    actors_files: tuple[Path, ...] = ()
    reconcile: ReconcileSettings = field(default_factory=ReconcileSettings)
    #: Host names the server answers for (a Host header naming another is refused).
    allowed_hosts: frozenset[str] = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
    #: Events below this confidence are left out unless a request asks for them.
    min_event_confidence: float = field(
        default_factory=lambda: Settings.from_env().min_event_confidence
    )
    #: Claims below this confidence are left out unless a request asks for them.
    min_claim_confidence: float = field(
        default_factory=lambda: Settings.from_env().min_claim_confidence
    )


def create_app(settings: ServeSettings) -> FastAPI:
    """The app for one database; it is created (and migrated) if missing."""
    try:
        with open_db(settings.db):
            pass  # apply migrations once, with a writer; requests only read
    except StoreError:
        if not Path(str(settings.db)).is_file():  # a missing file, or a server's URL
            raise
        with open_db(settings.db, readonly=True):  # not ours to write: serve it as it is
            pass
    app = FastAPI(title="Frontlines", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Sourced, dated, mapped records of armed conflict.")  # fmt: skip
    # The offline Swagger UI we ship (swagger-ui-bundle) reads OpenAPI 3.0.x documents and
    # refuses 3.1; our schema uses nothing 3.1-only that it cannot show.
    app.openapi_version = "3.0.3"
    _state_openapi_30(app)
    app.state.settings = settings
    app.state.actors = ActorDictionary.load(settings.actors_files)
    app.add_middleware(ServerTiming)
    app.add_middleware(UploadGuard, token=settings.ingest_token,
                       max_text_bytes=settings.max_upload_bytes)  # fmt: skip
    app.add_middleware(HostGuard, allowed=settings.allowed_hosts)
    app.add_exception_handler(FrontlinesError, _frontlines_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.include_router(api.router)
    pages.mount_vendor(app)
    app.include_router(eventlist.router)
    app.include_router(eventpage.router)
    app.include_router(listings.router)
    app.include_router(pages.router)
    return app


def _state_openapi_30(app: FastAPI) -> None:
    """Serve the document in the 3.0 dialect it declares (``openapi30``), built once."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = as_openapi_30(build())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _wants_page(request: Request) -> bool:
    """Pages answer errors with a page a person can navigate from; /api/ and the pages'
    data twins (``/events.json``, ``.csv``, ``.geojson``) keep JSON."""
    path = request.url.path
    return not path.startswith(("/api/", "/openapi", "/static/", "/vendor/")) and not (
        path.endswith((".json", ".csv", ".geojson")))  # fmt: skip


def _error_page(request: Request, status: int, detail: str) -> Response:
    from frontlines.web.pages import templates

    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
    return templates.TemplateResponse(request, "error.html",
                                      {"status": status, "reason": reason, "detail": detail},
                                      status_code=status)  # fmt: skip


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _wants_page(request):
        return _error_page(request, exc.status_code, str(exc.detail))
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))  # fmt: skip


async def _invalid_request(request: Request, exc: Exception) -> Response:
    """422 with what was wrong where, without echoing the input back: a lone surrogate in
    it cannot be written as JSON, and a 10 MB field need not come back."""
    assert isinstance(exc, RequestValidationError)
    errors = [{k: v for k, v in e.items() if k in {"type", "loc", "msg"}} for e in exc.errors()]
    if _wants_page(request):
        said = "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in errors if e.get("loc"))
        return _error_page(request, 422, said or "the request is not valid")
    return JSONResponse({"detail": errors}, status_code=422)


async def _frontlines_error(request: Request, exc: Exception) -> Response:
    """Our errors answer with the status ``frontlines.errors`` gives their kind."""
    if _wants_page(request):
        return _error_page(request, http_status_for(exc), str(exc))
    return JSONResponse({"detail": str(exc)}, status_code=http_status_for(exc))


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
