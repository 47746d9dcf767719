"""Small gazetteers built by hand for the place tests: invented places, each test module's
own rows, in the schema of the packaged one, so a test says exactly which namesakes the
resolver may choose from (the packaged gazetteer is the session fixture ``gazetteer``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from frontlines.resolve.place import Gazetteer
from frontlines.resolve.place.gazetteer import SCHEMA, write_rows
from frontlines.resolve.place.names import name_key
from frontlines.resolve.place.sources import NameRow, PlaceRow

__all__ = ["tiny_gazetteer"]


def tiny_gazetteer(
    folder: Path, places: Iterable[PlaceRow], names: Iterable[NameRow] | None = None
) -> Gazetteer:
    """A gazetteer in ``folder`` holding only ``places``, found by ``names`` (by default each
    place by its own name alone)."""
    places = tuple(places)
    if names is None:
        names = [NameRow(name_key(p.name), p.geonames_id, "name") for p in places]
    path = folder / "tiny.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    write_rows(conn, places, names)
    conn.commit()
    conn.close()
    return Gazetteer(path)
