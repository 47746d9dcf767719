"""`frontlines serve`: the web app for one database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontlines.cli.app import DEFAULT_DB, DbOption, app, err
from frontlines.store.sql import safe_url

__all__ = ["serve"]


@app.command(rich_help_panel="Web")
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind; localhost by default.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    ingest_token: Annotated[
        str | None,
        typer.Option(envvar="FRONTLINES_INGEST_TOKEN", help="Enables POST /api/ingest."),
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Extra actor dictionary file (TOML); repeatable."),
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A host name the server answers for (repeatable; localhost always).",
        ),
    ] = None,
    settings: Annotated[
        Path | None,
        typer.Option(
            help="Reconcile settings (TOML, [reconcile] table).",
            envvar="FRONTLINES_RECONCILE_SETTINGS",
        ),
    ] = None,
) -> None:
    """The HTTP API (/api/, docs at /docs) and the pages: map, timeline, series, articles."""
    import uvicorn

    from frontlines.reconcile import ReconcileSettings
    from frontlines.web.app import ServeSettings, create_app

    chosen = ReconcileSettings.from_toml(settings) if settings else ReconcileSettings()
    hosts = {"localhost", "127.0.0.1", "::1", "[::1]", host, *(allowed_host or ())}
    app_ = create_app(ServeSettings(db, ingest_token, actors_files=tuple(actors or ()),
                                    reconcile=chosen,
                                    allowed_hosts=frozenset(h.lower() for h in hosts)))  # fmt: skip
    err.print(f"Frontlines on http://{host}:{port}/ (database {safe_url(db)}); Ctrl-C stops")
    uvicorn.run(app_, host=host, port=port, log_level="warning")
