"""The shared Typer app, consoles and table formatting of the `frontlines` command."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Protocol

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from frontlines.errors import FrontlinesError, exit_code_for
from frontlines.model import Claim

__all__ = [
    "DEFAULT_DB",
    "DbOption",
    "EventConfidenceOption",
    "WideOption",
    "ErrorReportingGroup",
    "JsonRecord",
    "LABEL_STYLES",
    "app",
    "claim_row",
    "claim_value",
    "claims_table",
    "err",
    "exits_on",
    "lat_lon",
    "number",
    "out",
    "plain",
    "print_json_lines",
    "said",
]


class ErrorReportingGroup(TyperGroup):
    """Any ``FrontlinesError`` a command lets through ends it the same way: one line on
    stderr and the exit code ``frontlines.errors`` gives its kind, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FrontlinesError as exc:
            err.print(said(("error:", "red"), f" {exc.message}"))
            raise typer.Exit(exit_code_for(exc)) from exc


app = typer.Typer(
    cls=ErrorReportingGroup,
    add_completion=False,
    no_args_is_help=True,
    help="Frontlines: sourced, dated, mapped records of armed conflict from news.",
)
# Markup off: stored text and file names are shown as written ("[/bold]" in a title or a
# path is text, never a rich tag), and rich drops terminal control codes from them.
out = Console(markup=False)
err = Console(stderr=True, soft_wrap=True, markup=False)  # one failure, one greppable line


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """Stored text without control characters: no terminal escape reaches the screen."""
    return _CONTROL.sub("", text)


def said(*parts: str | tuple[str, str]) -> Text:
    """A line of our own words with some parts styled: ``said(("error:", "red"), " ...")``."""
    return Text.assemble(*parts)


@contextmanager
def exits_on(*errors: type[Exception], code: int = 2) -> Iterator[None]:
    """A failure the command expects (a bad file, an unknown place) ends it as the errors
    ``ErrorReportingGroup`` catches do: one red line on stderr and exit ``code``, no
    traceback. Exit 2 says the input was wrong; 1 that what was asked for is absent."""
    try:
        yield
    except errors as exc:
        err.print(said(("error:", "red"), f" {exc}"))
        raise typer.Exit(code) from exc


WideOption = Annotated[
    bool, typer.Option("--wide", help="Every column, however narrow the terminal.")
]
#: ``--min-confidence`` of the event listings; None: the settings' default.
EventConfidenceOption = Annotated[
    float | None,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Least event confidence (default $FRONTLINES_MIN_EVENT_CONFIDENCE).",
    ),
]
DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        help="SQLite database file, or postgresql://user@host/dbname.",
        envvar="FRONTLINES_DB",
    ),
]
DEFAULT_DB = "frontlines.db"
LABEL_STYLES = {
    "ORG": "bold magenta", "GPE": "bold green", "LOC": "green", "PERSON": "bold cyan",
    "NORP": "yellow", "DATE": "blue", "TIME": "blue", "CARDINAL": "red", "PERCENT": "red",
    "QUANTITY": "red", "FAC": "green",
}  # fmt: skip


class JsonRecord(Protocol):
    def to_json(self) -> dict[str, Any]: ...


def print_json_lines(records: Iterable[JsonRecord]) -> None:
    """`--json` output: one record per line, names and places as written (not escaped)."""
    for record in records:
        print(json.dumps(record.to_json(), ensure_ascii=False))


def lat_lon(lat: float | None, lon: float | None) -> str:
    return "" if lat is None or lon is None else f"{lat:.3f}, {lon:.3f}"


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) and abs(value) >= 1000 else f"{value:g}"


def claim_value(c: Claim) -> str:
    """'< 1', '≈ 15,000', '20,000-30,000', '> 37,000'."""
    if c.value is None:
        return f"{number(c.lower)}-{number(c.upper)}"
    symbol = {"~": "≈ ", "<": "< ", ">": "> "}.get(c.change, "")
    return f"{symbol}{number(c.value)}"


def claim_row(c: Claim) -> list[str]:
    """as of, value with unit, measure, subject, source, place: a claim's short fields."""
    as_of = f"{c.as_of_relation} {c.as_of or ''}".strip()
    unit = {"percent": "%", "count": "", "": ""}.get(c.unit, f" {c.unit}")
    source = f"{c.source.text} ({c.source.kind})" if c.source else ""
    subject = c.subject or (f'"{c.subject_text}"' if c.subject_text else "")
    return [as_of, claim_value(c) + unit, c.measure, subject, source, c.place or ""]


def claims_table(claims: list[Claim], title: str, docs: list[str] | None = None) -> Table:
    """One row per claim; dates, values and ids never wrap, prose folds."""
    table = Table(title=title)
    for column in ("as of", "value"):
        table.add_column(column, no_wrap=True)
    for column in ("measure", "subject", "source", "place", "words"):
        table.add_column(column, overflow="fold")
    if docs is not None:
        table.add_column("doc", no_wrap=True)
    for i, c in enumerate(claims):
        row = [*claim_row(c), c.text]
        if docs is not None:
            row.append(docs[i][:8])
        table.add_row(*row)
    return table
