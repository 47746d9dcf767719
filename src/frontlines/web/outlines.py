"""Country outlines for the map when no tile server is reachable.

They come from the ``countryinfo`` package already installed for the gazetteer
(``resolve.place.countries``), served as one FeatureCollection, so the map
always has a base layer and nothing is fetched from the internet.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlines.resolve.place.countries import countries

__all__ = ["country_outlines"]


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    features = [{"type": "Feature", "properties": {"name": c.name}, "geometry": geometry}
                for c in countries().values() for geometry in c.outline]  # fmt: skip
    return {"type": "FeatureCollection", "features": features}
