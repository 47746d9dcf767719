"""An offline gazetteer in SQLite, built once from GeoNames data shipped on PyPI.

``sources`` lists where the places come from (cities500, countries,
continents, admin1/admin2 divisions, our alias file). Building takes some
seconds, so the result is cached as an SQLite file under ``$FRONTLINES_CACHE``
(default ``~/.cache/frontlines``) and reused by every later process.
``frontlines gazetteer import`` adds the full GeoNames dump to such a file.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from frontlines.errors import DataFileError
from frontlines.resolve.place.names import FOLD_MARK, FOLD_MIN_KEY, fold_key, name_key, name_words
from frontlines.resolve.place.postal import POSTAL_ID_BASE
from frontlines.resolve.place.sources import NameRow, PlaceRow, bundled_rows, source_versions
from frontlines.settings import Settings

__all__ = [
    "CACHED_KEYS",
    "FOLD_LONG_KEY",
    "FOLD_MIN_KEY",
    "Candidate",
    "Gazetteer",
    "ImportRecord",
    "PLACE_NAME_KINDS",
    "Place",
    "SCHEMA",
    "SCHEMA_VERSION",
    "VARIANT_MIN_KEY",
    "VARIANT_MIN_LONG_KEY",
    "VOWEL_LIKE",
    "build",
    "cache_dir",
    "default_path",
    "one_edit_apart",
    "write_rows",
]

SCHEMA_VERSION = 2
#: The shortest name key that ``Gazetteer.variants`` reads one letter off.
VARIANT_MIN_KEY = 7
#: ... and the shortest key of a one-word name it does.
VARIANT_MIN_LONG_KEY = 10
#: The shortest transliteration skeleton (``names.fold_key``) read as far as ``fold_km``
#: away, or that makes a name a place at all (``nlp/places.py``): three consonants (most
#: Arabic roots, and "Al Akhbar", "Blue Line") are a skeleton of dozens of a region's names
#: ("Jarian" in Iran and a ship called Jairan share one), read only to locate a name
#: already found, nearer the story's places (``fold_short_km``). The shortest read at all
#: is ``names.FOLD_MIN_KEY``.
FOLD_LONG_KEY = 4
#: Name kinds that make a string a place name (demonyms do not: "Syrian" is no place).
PLACE_NAME_KINDS = ("name", "alt", "abbr")
#: Name keys whose readings a ``Gazetteer`` keeps in memory: news repeats its places (each
#: organisation's name is looked up word by word, a story's towns again and again), and a
#: read costs a query; bounded, so a long run's memory is too.
CACHED_KEYS = 50_000


@dataclass(frozen=True)
class Place(PlaceRow):
    """A gazetteer place. ``geonames_id`` is negative for a place from our alias file with no
    known GeoNames id; ``feature_class``: A country/division, P populated place, H water,
    T terrain, L area (GeoNames)."""

    # cached: the ranker asks each reading these many times per story
    @cached_property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @cached_property
    def is_postal(self) -> bool:
        """A US post office name the GeoNames extracts lack (``postal``): no id, no
        population, a point that is the mean of its ZIP codes."""
        return self.geonames_id <= -POSTAL_ID_BASE

    @cached_property
    def admin_level(self) -> int | None:
        """1 or 2 for an admin division, 0 for a country, None otherwise."""
        if self.is_country:
            return 0
        return {"ADM1": 1, "ADM2": 2}.get(self.feature_code)

    def lies_in(self, container: Place) -> bool:
        """Whether this place lies inside ``container`` by the codes alone (no geometry):
        a country holds every other place of its code, a division those of its first-level
        code. Never itself. The ranker and the qualified-town check both ask it of a town
        and the state or country the text puts it in."""
        if self.geonames_id == container.geonames_id or self.country != container.country:
            return False
        return container.is_country or self.admin1 == container.admin1


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, and how the name matched (name, alt, abbr, demonym)."""

    place: Place
    kind: str


def cache_dir() -> Path:
    return Settings.from_env().cache_dir


_PLACE_COLUMNS = (
    "geonames_id, name, lat, lon, country, admin1, admin2, population, feature_class, feature_code"
)


class Gazetteer:
    """Look places up by any of their names; read-only and safe to share across threads."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        if not self.path.exists():
            try:
                build(self.path)
            except (OSError, sqlite3.OperationalError) as exc:
                reason = getattr(exc, "strerror", None) or str(exc)
                raise DataFileError(
                    f"cannot build the gazetteer cache {self.path}: {reason.lower()} (set "
                    "FRONTLINES_CACHE to a writable folder, or FRONTLINES_GAZETTEER to a file)"
                ) from exc
        self._local = threading.local()
        # per instance, so a file another process imports into is read afresh by a new one
        self._cached_readings = lru_cache(maxsize=CACHED_KEYS)(self._readings_by_key)
        self._cached_place_key = lru_cache(maxsize=CACHED_KEYS)(self._is_place_key)
        # a name no folding finds is read again by every story that spells it so, and each
        # reading is a range scan of the key index (a tenth of the place passes' time)
        self._cached_variants = lru_cache(maxsize=CACHED_KEYS)(self._variants)
        self._cached_folds = lru_cache(maxsize=CACHED_KEYS)(self._transliterations)

    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def candidates(self, name: str) -> list[Candidate]:
        """Every place that goes by ``name`` (in any variant), most populous first."""
        return self._by_key(name_key(name))

    def _by_key(self, key: str) -> list[Candidate]:
        return list(self._cached_readings(key))  # a copy: callers may change their list

    def _readings_by_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self._conn.execute(
            f"SELECT {_prefixed('p')}, min(n.kind) FROM names n "
            "JOIN places p ON p.geonames_id = n.geonames_id WHERE n.key = ? "
            "GROUP BY p.geonames_id ORDER BY p.population DESC",
            (key,),
        ).fetchall()
        return tuple(Candidate(Place(*row[:-1]), _KIND_BY_SORT[row[-1]]) for row in rows)

    def variants(self, name: str) -> list[Candidate]:
        """Places whose name is one vowel-like letter off this spelling ("Dayr Az Zayr" ->
        Dayr az Zawr), most populous first, as kind ``variant``: transliterations the folding
        in ``name_key`` does not reach. Only for names of several words or of
        ``VARIANT_MIN_LONG_KEY`` letters: a single shorter word is one letter from too many
        other places (Karabilah, a village, is one letter from an alternate spelling of
        Karbala). Only keys sharing
        the first three letters are compared, a range scan of the key index, once per
        spelling (a copy: callers may change their list)."""
        return list(self._cached_variants(name))

    def _variants(self, name: str) -> tuple[Candidate, ...]:
        key = name_key(name)
        several = len(name_words(name)) > 1
        if len(key) < (VARIANT_MIN_KEY if several else VARIANT_MIN_LONG_KEY):
            return ()
        keys = [
            k
            for (k,) in self._conn.execute(
                "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? "
                "AND length(key) BETWEEN ? AND ?",
                (key[:3], key[:3] + "\uffff", len(key) - 1, len(key) + 1),
            )
            if one_edit_apart(key, k, VOWEL_LIKE)
        ]
        seen: dict[int, Candidate] = {}
        for k in keys:
            for c in self._by_key(k):
                if c.kind != "demonym":
                    seen.setdefault(c.place.geonames_id, Candidate(c.place, "variant"))
        return tuple(sorted(seen.values(), key=lambda c: -c.place.population))

    def transliterations(self, name: str) -> list[Candidate]:
        """Places of a transliterated country (``names.TRANSLITERATED_COUNTRIES``) one of
        whose names has this spelling's consonant skeleton (``names.fold_key``: "Sheikh
        Maksoud" -> Shaykh Maqsud, "Tell Abiad" -> Tall Abyad), most populous first, as kind
        ``fold``: the last fallback of a name with no reading at all, read after the
        story's other names and kept only near one of them, at a lower confidence
        (``transliterated.transliterated``); recognition asks it of names of several words
        only (``nlp/places.py``). Skeletons shorter than ``FOLD_MIN_KEY`` read nothing (a
        copy: callers may change their list)."""
        return list(self._cached_folds(name))

    def _transliterations(self, name: str) -> tuple[Candidate, ...]:
        key = fold_key(name)
        if len(key) < FOLD_MIN_KEY:
            return ()
        return tuple(self._by_key(FOLD_MARK + key))

    def lookup(self, name: str) -> list[Place]:
        """The places a name may refer to (demonyms included), most populous first."""
        return [c.place for c in self.candidates(name)]

    def is_place_name(self, name: str) -> bool:
        """Some place goes by ``name`` as its name, an alternate name or an abbreviation.
        Post office names (``Place.is_postal``) do not count: they resolve a name the text
        shows to be a place, but thousands of them are words and surnames ("Arsenal",
        "Observatory") that should not make a capitalised word a place."""
        return self._cached_place_key(name_key(name))

    def _is_place_key(self, key: str) -> bool:
        marks = ",".join("?" * len(PLACE_NAME_KINDS))
        row = self._conn.execute(
            f"SELECT 1 FROM names WHERE key = ? AND kind IN ({marks}) AND geonames_id > ?"
            " LIMIT 1",
            (key, *(_SORT_BY_KIND[k] for k in PLACE_NAME_KINDS), -POSTAL_ID_BASE),
        )
        return row.fetchone() is not None

    def get(self, geonames_id: int) -> Place | None:
        row = self._conn.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE geonames_id = ?", (geonames_id,)
        ).fetchone()
        return Place(*row) if row else None

    def division(self, country: str, admin1: str, admin2: str = "") -> Place | None:
        """The admin1 (or, with ``admin2``, admin2) division with these codes."""
        code = "ADM2" if admin2 else "ADM1"
        row = self._conn.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature_code = ? AND country = ? "
            "AND admin1 = ? AND admin2 = ? LIMIT 1",
            (code, country, admin1, admin2),
        ).fetchone()
        return Place(*row) if row else None

    def country(self, code: str) -> Place | None:
        row = self._conn.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature_code LIKE 'PCL%' AND country = ?"
            " ORDER BY population DESC LIMIT 1",
            (code,),
        ).fetchone()
        return Place(*row) if row else None

    def towns(self, min_population: int) -> list[tuple[str, float, float, int]]:
        """Populated places of at least ``min_population`` as (name, lat, lon, population),
        most populous first: the labels of the map's offline base layer."""
        rows = self._conn.execute(
            "SELECT name, lat, lon, population FROM places WHERE feature_class = 'P'"
            " AND population >= ? ORDER BY population DESC",
            (min_population,),
        ).fetchall()
        return [(str(n), float(la), float(lo), int(pop)) for n, la, lo, pop in rows]

    def size(self) -> tuple[int, int]:
        """(places, names) in the file."""
        places = self._conn.execute("SELECT count(*) FROM places").fetchone()[0]
        names = self._conn.execute("SELECT count(*) FROM names").fetchone()[0]
        return places, names

    def imports(self) -> list[ImportRecord]:
        """The GeoNames dumps imported into this file (none: bundled data only)."""
        try:
            rows = self._conn.execute(
                "SELECT file, kind, places, names, skipped, imported_at FROM imports"
            ).fetchall()
        except sqlite3.OperationalError:  # no import ever made this table
            return []
        return [ImportRecord(*row) for row in rows]


@dataclass(frozen=True)
class ImportRecord:
    """One ``gazetteer import`` of a GeoNames file."""

    file: str
    kind: str
    places: int
    names: int
    skipped: int
    imported_at: str


#: Kinds are stored as sortable letters so min() picks the strongest match.
_SORT_BY_KIND = {"name": "a", "alt": "b", "abbr": "c", "demonym": "d", "fold": "e"}
_KIND_BY_SORT = {v: k for k, v in _SORT_BY_KIND.items()}


#: Letters transliterations of one name disagree on: vowels, the semivowels w and y, and h
#: ("Zawr" / "Zayr", "Kamal" / "Kamaal"); a consonant changed is another name ("Martingale"
#: is no Martindale).
VOWEL_LIKE = frozenset("aeiouwyh")


def one_edit_apart(a: str, b: str, letters: frozenset[str] | None = None) -> bool:
    """``a`` and ``b`` differ by exactly one inserted, deleted or replaced letter (with
    ``letters``: only one of those letters inserted or deleted, or one replaced by
    another)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        edited = {a[i], b[i]}
        rest = a[i + 1 :] == b[i + 1 :]
    else:
        edited = {b[i]}
        rest = a[i:] == b[i + 1 :]
    return rest and (letters is None or edited <= letters)


def _prefixed(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _PLACE_COLUMNS.split(","))


def default_path() -> Path:
    """``$FRONTLINES_GAZETTEER`` if set, else the cache file for this version of the data."""
    chosen = Settings.from_env().gazetteer
    if chosen:
        return Path(chosen)
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-{source_versions()}.sqlite"


SCHEMA = f"""
CREATE TABLE places ({_PLACE_COLUMNS.replace("geonames_id", "geonames_id INTEGER PRIMARY KEY")});
CREATE TABLE names (key TEXT, geonames_id INTEGER, kind TEXT, PRIMARY KEY (key, geonames_id))
    WITHOUT ROWID;
CREATE INDEX places_admin ON places(country, admin1, admin2, feature_code);
"""


def write_rows(
    conn: sqlite3.Connection, places: Iterable[PlaceRow], names: Iterable[NameRow]
) -> None:
    """Insert or replace places; add names (the strongest kind wins for a key and place)."""
    conn.executemany(
        "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            (p.geonames_id, p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.population,
             p.feature_class, p.feature_code)
            for p in places
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO names VALUES (?,?,?) ON CONFLICT(key, geonames_id) "
        "DO UPDATE SET kind = min(kind, excluded.kind)",
        ((n.key, n.geonames_id, _SORT_BY_KIND[n.kind]) for n in names),
    )


def build(path: Path) -> None:
    """Build the gazetteer file atomically (write to a temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    conn = sqlite3.connect(tmp)
    conn.executescript(SCHEMA)
    places, names = bundled_rows()
    write_rows(conn, places, names)
    conn.commit()
    conn.close()
    os.replace(tmp, path)
