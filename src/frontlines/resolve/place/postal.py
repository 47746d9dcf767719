"""US villages and neighbourhoods from the post office names of the ``zipcodes`` package.

Why: ``cities500`` stops at 500 people, and local US news names the hamlets, villages and
city neighbourhoods below that line (a township's village, a city's quarter). Every US
ZIP code carries the place name its post office goes by, and the "acceptable" names mail
to it also reaches: villages the office serves and the city's neighbourhoods. ``zipcodes``
(MIT; coordinates from GeoNames' postal file, CC BY 4.0) ships them inside the wheel,
nothing is downloaded. A name keeps the mean point of its ZIP codes in its state and the
county (admin2) they lie in.

Only names the GeoNames extracts lack are added: a name that a bundled place of the same
state already goes by within ``SAME_PLACE_KM`` is that place. The added places have no
GeoNames id (ids below ``POSTAL_ID_BASE``, apart from ``local_id``'s range) and no
population; the post office's own name is a ``PPL``, a further name the office serves a
``PPLX`` (a section of a populated place), so the ranker can weigh the two apart.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from frontlines.resolve.place.names import name_key
from frontlines.resolve.place.rows import NameRow, PlaceRow, names_for
from frontlines.vocab.geometry import haversine_km

__all__ = [
    "POSTAL_ID_BASE",
    "PROMINENT_POPULATION",
    "SAME_PLACE_KM",
    "PostalName",
    "abbreviated",
    "in_us_bounds",
    "joined",
    "postal_names",
    "postal_rows",
]

#: Postal places get ids ``-(POSTAL_ID_BASE + n)``: ``local_id`` stays above -2**28.
POSTAL_ID_BASE = 1_000_000_000
#: A bundled place of the same name and state this near is the same place.
SAME_PLACE_KM = 30.0
#: A name some bundled place of this many people goes by is that place's, never a hamlet's:
#: "Denver" beside Indiana towns is still the city (a Denver, Indiana post office exists).
PROMINENT_POPULATION = 100_000
#: ZIP codes of places people live in (not a firm's own code, nor a military post office).
_KINDS = frozenset({"STANDARD", "PO BOX"})


#: Latitudes of the US states, Hawaii's south to Alaska's north.
_US_LATITUDES = (18.0, 72.0)
#: The Aleutians run past the 180th meridian: east of it, and west of Maine's east tip.
_US_WEST_OF, _US_ALEUTIANS_FROM = -65.0, 170.0


def in_us_bounds(lat: float, lon: float) -> bool:
    """The point can lie in a US state: not (0, 0), the point of a record that has none."""
    return _US_LATITUDES[0] <= lat <= _US_LATITUDES[1] and (
        lon <= _US_WEST_OF or lon >= _US_ALEUTIANS_FROM
    )


#: USPS abbreviations for long names that keep a vowel ("Lagurda Arpt", "Los Angls AFB"):
#: the rest ("Hgts", "Twp", "Jct", "N") have none, or are one letter or capitals.
_ABBREVIATIONS = frozenset({
    "angls", "arpt", "cty", "hdqtrs", "hosp", "inst", "intl", "is", "isl", "natl", "prov",
    "sta", "ste", "univ", "vly",
})  # fmt: skip
_VOWELS = re.compile("[aeiouy]", re.IGNORECASE)
#: Short forms news copy writes too ("Tewksbury Twp.", "Mt. Airy", "Ft. Worth"): kept.
_WRITTEN_SHORT = frozenset({"ft", "mt", "st", "twp"})
#: One-letter words that are a name's own part ("Coeur D Alene", "Land O Lakes"), not a
#: shortening; "Mc" is joined to the name it opens ("Mc Lean" -> McLean).
_NAME_LETTERS = frozenset({"D", "O"})
_MC = re.compile(r"\bMc (?=[A-Z])")


def joined(name: str) -> str:
    """The USPS writes "Mc Lean", "Fort Mc Coy" with a space news copy has not: McLean."""
    return _MC.sub("Mc", name.strip())


def abbreviated(name: str) -> bool:
    """A post office name the USPS shortened to fit its 13 letters ("La Habra Hgts", "Aber
    Prov Grd", "W Springfield"): no text writes it so, and the full name, where GeoNames
    lacks it, is not this spelling. Short forms news writes too ("Twp.", "Mt.") and the
    name letters D and O ("Bois D Arc") stay; "Mc" is read after ``joined``."""
    return any(
        w not in _NAME_LETTERS
        and (
            len(w) == 1
            or (not _VOWELS.search(w) and w.lower() not in _WRITTEN_SHORT)
            or w.isupper()
            or w.lower() in _ABBREVIATIONS
        )
        for w in re.findall("[A-Za-z]+", name)
    )


@dataclass(frozen=True)
class PostalName:
    """One name in one state, with where its ZIP codes lie."""

    name: str
    state: str
    county: str
    lat: float
    lon: float
    primary: bool  # the post office's own name, not a further name it serves


def postal_names(records: Iterable[dict[str, object]]) -> list[PostalName]:
    """Group ZIP records by (name, state): the mean point, the county most of the codes lie
    in, and whether any code has the name as its own. Inactive codes, firms' and military
    codes, codes outside a US state, records whose point lies outside the US (none
    given: 0, 0) and names the USPS abbreviated are left out."""
    points: dict[tuple[str, str], list[tuple[float, float, str, bool]]] = defaultdict(list)
    for z in records:
        if not z.get("active") or z.get("zip_code_type") not in _KINDS or z.get("country") != "US":
            continue
        try:
            lat, lon = float(str(z["lat"])), float(str(z["long"]))
        except (KeyError, ValueError):
            continue
        if not in_us_bounds(lat, lon):
            continue  # a record without a point (0, 0) would drag its name's mean to sea
        state, county = str(z.get("state") or ""), str(z.get("county") or "")
        names = [(str(z.get("city") or ""), True)]
        names += [(str(a), False) for a in z.get("acceptable_cities") or []]  # type: ignore[attr-defined]
        for name, primary in map(lambda n: (joined(n[0]), n[1]), names):
            if name and not abbreviated(name):
                points[(name, state)].append((lat, lon, county, primary))
    out = []
    for (name, state), found in sorted(points.items()):
        counties = [f[2] for f in found if f[2]]
        out.append(PostalName(
            name, state, statistics.mode(counties) if counties else "",
            statistics.fmean(f[0] for f in found), statistics.fmean(f[1] for f in found),
            any(f[3] for f in found),
        ))  # fmt: skip
    return out


def _zip_records() -> list[dict[str, object]]:
    import zipcodes

    return list(zipcodes.list_all())


def postal_rows(
    places: list[PlaceRow],
    names: list[NameRow],
    records: Iterable[dict[str, object]] | None = None,
) -> tuple[list[PlaceRow], list[NameRow]]:
    """The postal names the bundled ``places``/``names`` lack, as places of their own."""
    everywhere = {p.geonames_id: p for p in places}
    by_id = {gid: p for gid, p in everywhere.items() if p.country == "US"}
    known: dict[str, list[PlaceRow]] = defaultdict(list)
    prominent: set[str] = set()
    for row in names:
        if row.kind == "demonym":
            continue
        place = by_id.get(row.geonames_id)
        if place is not None and place.lat is not None:
            known[row.key].append(place)
        big = everywhere.get(row.geonames_id)
        if big is not None and big.population >= PROMINENT_POPULATION:
            prominent.add(row.key)
    counties = {
        (p.admin1, name_key(p.name)): p.admin2 for p in by_id.values() if p.feature_code == "ADM2"
    }
    states = {p.admin1 for p in by_id.values() if p.feature_code == "ADM1"}
    added: list[PlaceRow] = []
    rows: list[NameRow] = []
    found = postal_names(records if records is not None else _zip_records())
    for n, postal in enumerate(_new(found, known, prominent, states)):
        gid = -(POSTAL_ID_BASE + n)
        admin2 = counties.get((postal.state, name_key(postal.county)), "")
        code = "PPL" if postal.primary else "PPLX"
        added.append(PlaceRow(gid, postal.name, postal.lat, postal.lon, "US", postal.state,
                              admin2, 0, "P", code))  # fmt: skip
        rows.extend(names_for(gid, "name", postal.name))
    return added, rows


def _new(
    found: list[PostalName],
    known: dict[str, list[PlaceRow]],
    prominent: set[str],
    states: set[str],
) -> Iterator[PostalName]:
    """The postal names no bundled place already is (same name and state, near), in a
    state, and not the name of a prominent place anywhere."""
    for postal in found:
        key = name_key(postal.name)
        if postal.state not in states or key in prominent:
            continue
        same = known.get(key, [])
        if any(
            p.admin1 == postal.state
            and haversine_km(postal.lat, postal.lon, p.lat or 0.0, p.lon or 0.0) <= SAME_PLACE_KM
            for p in same
        ):
            continue
        yield postal
