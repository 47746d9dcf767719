"""`frontlines gazetteer import | info`: grow the offline gazetteer with the GeoNames dump."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from frontlines.cli.app import app, err, out, said

__all__ = [
    "IntoOption",
    "import_",
    "info",
]

gazetteer_app = typer.Typer(help="The offline gazetteer: where it is, what it holds, imports.")
app.add_typer(gazetteer_app, name="gazetteer", rich_help_panel="Places")

IntoOption = Annotated[
    Path | None,
    typer.Option("--into", help="Gazetteer file (default: the one the pipeline uses)."),
]


@gazetteer_app.command("import")
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(help="allCountries.zip, XX.zip, alternateNamesV2.zip (or their .txt)."),
    ],
    into: IntoOption = None,
    classes: Annotated[
        str, typer.Option(help="GeoNames feature classes to keep (A P H T L S R U V).")
    ] = "APHTL",
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add every place and name in GeoNames dump files; re-importing changes nothing."""
    from frontlines.resolve.place.dump import DumpError, import_dumps
    from frontlines.resolve.place.gazetteer import default_path

    target = into or default_path()
    missing = [f for f in files if not f.is_file()]
    if missing:
        err.print(said(("error:", "red"), f" no such file: {', '.join(map(str, missing))}"))
        raise typer.Exit(2)

    def progress(file: str, line: int) -> None:
        if line > 0 and not as_json:
            err.print(f"{file}: line {line:,}", end="\r")

    try:
        report = import_dumps(files, target, frozenset(classes.upper()), progress)
    except DumpError as exc:
        err.print(said(("error:", "red"), f" {exc} (the gazetteer is unchanged)"))
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps({"gazetteer": str(report.gazetteer), "places": report.places,
                          "names": report.names, "skipped_lines": report.skipped_lines,
                          "problems": [p.__dict__ for p in report.problems],
                          "seconds": round(report.seconds, 1)}))  # fmt: skip
        return
    for p in report.problems:
        err.print(said(("skipped", "yellow"), f" {p.file} line {p.line}: {p.reason}"))
    if report.skipped_lines > len(report.problems):
        err.print(f"... {report.skipped_lines - len(report.problems)} more skipped lines")
    out.print(f"{report.places:,} places and {report.names:,} names read into {target}"
              f" in {report.seconds:.1f} s; {report.skipped_lines:,} lines skipped")  # fmt: skip


@gazetteer_app.command()
def info(into: IntoOption = None) -> None:
    """The gazetteer file in use, its size and the dumps imported into it."""
    from frontlines.resolve.place.gazetteer import Gazetteer, default_path

    target = into or default_path()
    places, names = Gazetteer(target).size()
    out.print(f"{target}: {places:,} places, {names:,} names")
    done = Gazetteer(target).imports()
    for r in done:
        out.print(f"  imported {r.file} ({r.kind}) at {r.imported_at}: {r.places:,} places, "
                  f"{r.names:,} names, {r.skipped:,} lines skipped")  # fmt: skip
    if not done:
        out.print("  bundled data only (no dump imported)")
