"""The map's offline base layer: country outlines and place names, from data installed
with the package, so the map is readable with no tile server.

Outlines come from the ``countryinfo`` package (``resolve.place.countries``);
labels are country names at a point inside each country's largest polygon and
towns from our gazetteer, the most populous inside the view first, so zooming in
shows smaller towns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from frontlines.resolve.place.countries import countries
from frontlines.resolve.place.gazetteer import Gazetteer, default_path
from frontlines.resolve.place.outline_point import inside, polygon_centroid, polygons

__all__ = ["LABELLED_TOWNS", "basemap_labels", "country_outlines"]

#: Towns smaller than this are never labelled; at most LABELLED_TOWNS per view.
SMALLEST_TOWN = 15_000
LABELLED_TOWNS = 40


@lru_cache(maxsize=1)
def country_outlines() -> dict[str, Any]:
    features = [{"type": "Feature", "properties": {"name": c.name}, "geometry": geometry}
                for c in countries().values() for geometry in c.outline]  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def _country_points() -> tuple[tuple[str, str, float, float, float], ...]:
    """(code, name, lat, lon, area) per country: the label goes on its largest polygon, at
    that polygon's centroid (``outline_point``, where the gazetteer puts the country too),
    or at the mean of its corners when the centroid falls outside it (a crescent)."""
    found = []
    for code, c in countries().items():
        shapes = polygons(c.outline)
        if not shapes:
            continue
        shape = max(shapes, key=lambda p: _area(p[0]))
        centre = polygon_centroid(shape)
        if centre is not None and inside(shape, centre[0], centre[1]):
            lat, lon = centre[0], centre[1]
        else:
            ring = shape[0]
            lon = sum(p[0] for p in ring) / len(ring)
            lat = sum(p[1] for p in ring) / len(ring)
        found.append((code, c.name, lat, lon, _area(shape[0])))
    return tuple(sorted(found, key=lambda f: -f[4]))


def _area(ring: Sequence[Sequence[float]]) -> float:
    """Shoelace area in square degrees: enough to pick a country's main polygon."""
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))) / 2


@lru_cache(maxsize=1)
def _towns() -> tuple[tuple[str, float, float, int], ...]:
    """Towns worth a label, most populous first; none when no gazetteer is built yet
    (the map never builds one on a request: outlines and country names still show)."""
    if not default_path().exists():
        return ()
    return tuple(Gazetteer().towns(SMALLEST_TOWN))


def basemap_labels(bbox: tuple[float, float, float, float], zoom: int) -> dict[str, Any]:
    """Country names (big countries first when zoomed out) and the most populous towns
    inside ``bbox`` (west, south, east, north) as GeoJSON points."""
    west, south, east, north = bbox
    features = []
    min_area = 0.0 if zoom >= 5 else 400.0 / (2 ** max(zoom, 0))
    for code, name, lat, lon, area in _country_points():
        if area >= min_area and west <= lon <= east and south <= lat <= north:
            features.append(_point(name, lat, lon, "country", code=code))
    if zoom >= 4:
        shown = 0
        for name, lat, lon, population in _towns():
            if west <= lon <= east and south <= lat <= north:
                features.append(_point(name, lat, lon, "town", population=population))
                shown += 1
                if shown >= LABELLED_TOWNS:
                    break
    return {"type": "FeatureCollection", "features": features}


def _point(name: str, lat: float, lon: float, kind: str, **more: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": {"name": name, "kind": kind, **more},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}  # fmt: skip
