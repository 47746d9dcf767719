"""Listings that fit the terminal they are printed on.

A wide terminal (or ``--wide``) gets a table with every column; a narrow one gets each
record on one line of its short fields, cut to the width, and its sentence on the line
under it, cut to two lines: at 80 columns a record takes at most three lines, whatever
the text. Every short field keeps its header (one line above the records) so a column
is never nameless. ``--json`` is the machine-friendly form; listings are for people.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.table import Table
from rich.text import Text

from frontlines.cli.app import out, plain

__all__ = ["SENTENCE_LINES", "WIDE_AT", "Listing", "show_listing"]

#: Terminals at least this wide get the full table.
WIDE_AT = 140
#: Most lines a record's sentence takes in the narrow layout.
SENTENCE_LINES = 2
_GAP = "  "
_INDENT = "    "
_WRAP_SLACK = 16  # characters a word wrap can leave unused at a line's end


@dataclass
class Listing:
    """Records as rows of short fields (``columns``) plus, per row, a long text."""

    title: str
    columns: list[str]
    long_name: str = "sentence"
    rows: list[list[str]] = field(default_factory=list)
    long: list[str] = field(default_factory=list)
    #: Short columns allowed to fold in the wide table (names, places); the rest never wrap.
    prose: frozenset[str] = frozenset()

    def add(self, *values: str, long: str = "") -> None:
        self.rows.append([plain(v) for v in values])
        self.long.append(plain(" ".join(long.split())))


def show_listing(listing: Listing, wide: bool = False) -> None:
    """Print ``listing`` as a table (wide) or as compact records (narrow)."""
    if wide or out.width >= WIDE_AT:
        out.print(_table(listing))
    else:
        _compact(listing, out.width)


def _table(listing: Listing) -> Table:
    table = Table(title=listing.title)
    for name in listing.columns:
        if name in listing.prose:
            table.add_column(name, overflow="fold")
        else:
            table.add_column(name, no_wrap=True)
    has_long = any(listing.long)
    if has_long:
        table.add_column(listing.long_name, overflow="fold", ratio=3)
    for row, long in zip(listing.rows, listing.long, strict=True):
        table.add_row(*row, *([long] if has_long else []))
    return table


def _compact(listing: Listing, width: int) -> None:
    out.print(Text(listing.title, style="bold"))
    widths = [
        max([len(name), *(len(row[i]) for row in listing.rows)])
        for i, name in enumerate(listing.columns)
    ]
    budget = max(width - 1, 20)
    header = _GAP.join(name.ljust(w) for name, w in zip(listing.columns, widths, strict=True))
    out.print(Text(_cut(header, budget), style="dim"))
    for row, long in zip(listing.rows, listing.long, strict=True):
        line = _GAP.join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        out.print(Text(_cut(line, budget)), soft_wrap=True)
        if long:  # slack for the words wrapping moves to the next line
            most = (budget - len(_INDENT)) * SENTENCE_LINES - _WRAP_SLACK * SENTENCE_LINES
            out.print(Text(_INDENT + _cut(long, most)))


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[: max(most - 1, 0)] + "…"
