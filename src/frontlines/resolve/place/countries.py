"""Country facts from the installed ``countryinfo`` data: names, ISO codes, outlines, regions.

Read once per process. The map draws the outlines when no tile server can be
reached; the ACLED export needs the country name, the numeric ISO code and
ACLED's region (``data/acled_regions.toml``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from frontlines.vocab.files import read_data_toml

__all__ = ["CountryRecord", "countries"]


@dataclass(frozen=True)
class CountryRecord:
    alpha2: str
    alpha3: str
    numeric: int | None
    name: str
    subregion: str
    acled_region: str
    outline: tuple[dict[str, Any], ...]  # GeoJSON geometries


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryRecord]:
    """Every country the data knows, by ISO alpha-2 code."""
    regions = _acled_regions()
    found: dict[str, CountryRecord] = {}
    folder = resources.files("countryinfo").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text("utf-8"))
        except (ValueError, OSError):
            continue  # a few files in the package are empty
        iso = data.get("ISO") or {}
        alpha2 = iso.get("alpha2")
        if not alpha2:
            continue
        subregion = data.get("subregion") or ""
        features = (data.get("geoJSON") or {}).get("features", [])
        found[alpha2] = CountryRecord(
            alpha2, iso.get("alpha3") or "", _int(iso.get("numeric")), data.get("name") or alpha2,
            subregion, regions.get(alpha2) or regions.get(subregion, ""),
            tuple(f["geometry"] for f in features if f.get("geometry")),
        )  # fmt: skip
    return found


def _acled_regions() -> dict[str, str]:
    """Country code or UN subregion → ACLED region (codes first)."""
    table = read_data_toml("acled_regions.toml")
    by_code = {code: region for region, codes in table["countries"].items() for code in codes}
    return dict(table["subregions"]) | by_code


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
