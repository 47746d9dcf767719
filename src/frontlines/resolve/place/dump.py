"""Import the full GeoNames dump into the offline gazetteer: every village, not just cities500.

Users who have downloaded ``allCountries.zip`` (or a country file such as
``SY.zip``) and ``alternateNamesV2.zip`` from GeoNames point
``frontlines gazetteer import`` at them. Files are told apart by their column
count (19: the geoname table; 10 or 8: alternate names), read as a stream (the
full dump is 1.5 GB of text), and written into a copy of the gazetteer that
replaces the old file only when the import has finished: a failed import
leaves the gazetteer as it was. Re-importing a file changes nothing (places
are keyed by GeoNames id, names by (key, id)). Lines that cannot be read are
counted and the first few reported with their line numbers; the rest carry on.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.errors import DumpError
from frontlines.resolve.place.gazetteer import SCHEMA, build, write_rows
from frontlines.resolve.place.names import TRANSLITERATED_COUNTRIES
from frontlines.resolve.place.sources import NameRow, PlaceRow, names_for

__all__ = ["DumpError", "ImportReport", "import_dumps"]

GEONAME_COLUMNS = 19
ALTERNATE_COLUMNS = (10, 8)  # alternateNamesV2, the older alternateNames
#: GeoNames feature classes kept by default: divisions, populated places, water,
#: terrain, areas. Spots (S), roads (R), undersea (U) and vegetation (V) rarely
#: name where a conflict event happened and would crowd out the places that do.
DEFAULT_CLASSES = frozenset("APHTL")
#: Alternate-name "languages" that are codes or links, not names.
NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "unlc", "wkdt", "tcid"})
BATCH = 20_000
SHOWN_PROBLEMS = 20


@dataclass(frozen=True)
class LineProblem:
    file: str
    line: int
    reason: str


@dataclass
class ImportReport:
    gazetteer: Path
    places: int = 0
    names: int = 0
    skipped_lines: int = 0
    problems: list[LineProblem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def problem(self, file: str, line: int, reason: str) -> None:
        self.skipped_lines += 1
        if len(self.problems) < SHOWN_PROBLEMS:
            self.problems.append(LineProblem(file, line, reason))


def import_dumps(
    files: list[Path],
    gazetteer: Path,
    feature_classes: frozenset[str] = DEFAULT_CLASSES,
    progress: Callable[[str, int], None] | None = None,
) -> ImportReport:
    """Add the places and names in ``files`` to the gazetteer file at ``gazetteer``.

    The gazetteer is built from the bundled data first if it does not exist yet.
    Geoname tables are read before alternate-name files, whatever the order given.
    """
    started = time.perf_counter()
    kinds = sorted(((_kind(f), f) for f in files), key=lambda kf: kf[0] != "geoname")
    if not gazetteer.exists():
        build(gazetteer)
    work = gazetteer.with_suffix(f".{os.getpid()}.importing")
    shutil.copyfile(gazetteer, work)
    report = ImportReport(gazetteer)
    try:
        conn = sqlite3.connect(work)
        conn.executescript(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "CREATE TABLE IF NOT EXISTS imports (file TEXT PRIMARY KEY, kind TEXT,"
            " bytes INTEGER, places INTEGER, names INTEGER, skipped INTEGER, imported_at TEXT);"
        )
        for kind, path in kinds:
            before = (report.places, report.names, report.skipped_lines)
            if kind == "geoname":
                _import_geonames(conn, path, feature_classes, report, progress)
            else:
                _import_alternates(conn, path, report, progress)
            conn.execute(
                "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, ?, ?, ?, datetime('now'))",
                (path.name, kind, path.stat().st_size, report.places - before[0],
                 report.names - before[1], report.skipped_lines - before[2]),
            )  # fmt: skip
            report.files.append(str(path))
        # Names of places the gazetteer does not hold (filtered classes) would never match.
        conn.execute("DELETE FROM names WHERE geonames_id NOT IN (SELECT geonames_id FROM places)")
        conn.commit()
        conn.close()
        os.replace(work, gazetteer)
    finally:
        work.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - started
    return report


def _kind(path: Path) -> str:
    """'geoname' or 'alternate' from the first readable line; DumpError otherwise."""
    for _, fields in _rows(path, None):
        if len(fields) == GEONAME_COLUMNS:
            return "geoname"
        if len(fields) in ALTERNATE_COLUMNS:
            return "alternate"
        raise DumpError(
            f"{path}: {len(fields)} tab-separated columns; a GeoNames table has"
            f" {GEONAME_COLUMNS} (allCountries, XX.txt) or 10 (alternateNamesV2)"
        )
    raise DumpError(f"{path}: no rows")


def _rows(path: Path, report: ImportReport | None) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for every line; undecodable lines go to ``report``."""
    try:
        with _open(path) as handle:
            for number, raw in enumerate(handle, start=1):
                try:
                    line = raw.decode("utf-8").rstrip("\r\n")
                except UnicodeDecodeError:
                    if report is not None:
                        report.problem(path.name, number, "not UTF-8")
                    continue
                if line and not line.startswith("#"):
                    yield number, line.split("\t")
    except (OSError, zipfile.BadZipFile) as exc:
        raise DumpError(f"{path}: cannot read ({exc})") from exc


def _open(path: Path) -> io.BufferedIOBase:
    if path.suffix.lower() != ".zip":
        return path.open("rb")
    archive = zipfile.ZipFile(path)
    members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
    if not members:
        raise DumpError(f"{path}: no .txt table inside the zip")
    return archive.open(max(members, key=lambda m: archive.getinfo(m).file_size))  # type: ignore[return-value]


def _import_geonames(
    conn: sqlite3.Connection,
    path: Path,
    classes: frozenset[str],
    report: ImportReport,
    progress: Callable[[str, int], None] | None,
) -> None:
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    for number, f in _rows(path, report):
        if len(f) != GEONAME_COLUMNS:
            report.problem(path.name, number, f"{len(f)} columns, not {GEONAME_COLUMNS}")
            continue
        try:
            gid, lat, lon = int(f[0]), float(f[4]), float(f[5])
            population = int(f[14] or 0)
        except ValueError:
            report.problem(path.name, number, "id, latitude, longitude or population not a number")
            continue
        if f[6] not in classes:
            continue
        places.append(PlaceRow(gid, f[1], lat, lon, f[8], f[10], f[11], population, f[6], f[7]))
        folded = f[8] in TRANSLITERATED_COUNTRIES  # their skeletons too (names.fold_key)
        names.extend(names_for(gid, "name", [f[1], f[2]], folded))
        names.extend(names_for(gid, "alt", [a for a in f[3].split(",") if a], folded))
        if len(places) >= BATCH:
            _flush(conn, places, names, report, progress, path.name, number)
    _flush(conn, places, names, report, progress, path.name, -1)


def _import_alternates(
    conn: sqlite3.Connection,
    path: Path,
    report: ImportReport,
    progress: Callable[[str, int], None] | None,
) -> None:
    names: list[NameRow] = []
    for number, f in _rows(path, report):
        if len(f) not in ALTERNATE_COLUMNS:
            report.problem(path.name, number, f"{len(f)} columns, not 10 or 8")
            continue
        try:
            gid = int(f[1])
        except ValueError:
            report.problem(path.name, number, "geonameid not a number")
            continue
        language = f[2]
        if language in NOT_NAMES:
            continue
        names.extend(names_for(gid, "abbr" if language == "abbr" else "alt", f[3]))
        if len(names) >= BATCH:
            _flush(conn, [], names, report, progress, path.name, number)
    _flush(conn, [], names, report, progress, path.name, -1)


def _flush(
    conn: sqlite3.Connection,
    places: list[PlaceRow],
    names: list[NameRow],
    report: ImportReport,
    progress: Callable[[str, int], None] | None,
    file: str,
    line: int,
) -> None:
    write_rows(conn, places, names)
    report.places += len(places)
    report.names += len(names)
    places.clear()
    names.clear()
    if progress is not None:
        progress(file, line)


def empty_gazetteer(path: Path) -> None:
    """A gazetteer file with the schema and no places (tests and custom builds)."""
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.close()
