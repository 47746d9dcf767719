"""Country outlines for the map when no tile server is reachable.

They come from the ``countryinfo`` package already installed for the gazetteer
(one GeoJSON per country), read once and served as one FeatureCollection, so the
map always has a base layer and nothing is fetched from the internet.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["country_outlines"]


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    features: list[dict[str, Any]] = []
    folder = resources.files("countryinfo").joinpath("data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text("utf-8"))
        except (ValueError, OSError):
            continue  # a few files in the package are empty
        for feature in (data.get("geoJSON") or {}).get("features", []):
            if feature.get("geometry"):
                features.append({"type": "Feature", "properties": {"name": data.get("name")},
                                 "geometry": feature["geometry"]})  # fmt: skip
    return {"type": "FeatureCollection", "features": features}
