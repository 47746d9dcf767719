"""A country's map point from its outline: the area-weighted centroid of its mainland.

``countryinfo`` gives a country's point in whole degrees (the United States at
38 N, 97 W), often a few hundred kilometres from where a reference work or
GeoNames puts it (the middle of the contiguous states, about 39.8 N, 98.6 W);
scored within 161 km, that gap turns right readings into misses. The package
also ships the country's GeoJSON outline, so the point is computed from it:

* the **largest polygon** by true area is the mainland (the contiguous states,
  not Alaska; metropolitan France, not French Guiana);
* its centroid is the spherical one: the mean of the region's points as
  vectors from the earth's centre, brought back to the surface (computed
  exactly from the outline by Stokes' theorem). A centroid of raw degrees, or
  of an equal-area map, is not the same point: for the contiguous states it
  falls near 38.9 N, a hundred kilometres south of the spherical 39.9 N;
* a ring that crosses the 180th meridian is unwrapped first (longitudes
  shifted by 360) so its edges do not run round the other side of the globe;
* an outline whose largest polygon is less than half of it (Indonesia, the
  Philippines) has no mainland, and keeps the package's point;
* holes (Lesotho inside South Africa) are subtracted;
* a centroid outside its polygon (a crescent or a hooked country) is no
  place in the country: the caller then keeps the package's own point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

__all__ = ["Centroid", "mainland_point", "polygon_centroid", "polygons", "inside"]

Ring = Sequence[Sequence[float]]  # GeoJSON positions: [lon, lat]
Polygon = Sequence[Ring]  # outer ring, then holes
#: (lat, lon, area in steradians)
Centroid = tuple[float, float, float]
#: The largest polygon is a mainland when it holds at least this share of the outline.
MAINLAND_SHARE = 0.5
#: The longest step, in degrees, between the points the moment integral follows.
STEP_DEGREES = 0.5


def polygons(geometries: Sequence[dict[str, Any]]) -> list[Polygon]:
    """Every polygon of GeoJSON ``Polygon`` and ``MultiPolygon`` geometries."""
    found: list[Polygon] = []
    for geometry in geometries:
        if geometry.get("type") == "Polygon":
            found.append(geometry["coordinates"])
        elif geometry.get("type") == "MultiPolygon":
            found.extend(geometry["coordinates"])
    return [p for p in found if p and len(p[0]) >= 3]


def _shift(polygon: Polygon) -> float:
    """360 when the outer ring spans more than half the globe in longitude (it crosses
    the 180th meridian, so western longitudes belong east of 180), else 0."""
    lons = [p[0] for p in polygon[0]]
    return 360.0 if max(lons) - min(lons) > 180.0 else 0.0


def _unwrapped(ring: Ring, shift: float) -> list[tuple[float, float]]:
    return [(p[0] + shift if shift and p[0] < 0 else p[0], p[1]) for p in ring]


def _ring_area(ring: list[tuple[float, float]]) -> float:
    """Area in steradians: the shoelace formula on the equal-area projection."""
    points = [(math.radians(lon), math.sin(math.radians(lat))) for lon, lat in ring]
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def _vector(lon: float, lat: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


def _densified(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring with points every ``STEP_DEGREES`` at most along each edge: an outline's
    edge is straight in degrees (a border along a parallel), the moment below follows
    great circles; short steps make the two agree."""
    found: list[tuple[float, float]] = []
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        steps = max(1, math.ceil(max(abs(x2 - x1), abs(y2 - y1)) / STEP_DEGREES))
        found.extend((x1 + (x2 - x1) * i / steps, y1 + (y2 - y1) * i / steps) for i in range(steps))
    return found


def _ring_moment(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """The integral of the position vector over the ring's region of the unit sphere, by
    Stokes: half the sum, over the edges, of each great-circle arc's angle times its unit
    normal. Its sign follows the ring's orientation; the caller fixes it."""
    vectors = [_vector(lon, lat) for lon, lat in _densified(ring)]
    mx = my = mz = 0.0
    for (ax, ay, az), (bx, by, bz) in zip(vectors, vectors[1:] + vectors[:1], strict=True):
        nx, ny, nz = ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx
        norm = math.sqrt(nx * nx + ny * ny + nz * nz)
        if norm == 0.0:
            continue
        angle = math.atan2(norm, ax * bx + ay * by + az * bz)
        mx += nx / norm * angle
        my += ny / norm * angle
        mz += nz / norm * angle
    return mx / 2, my / 2, mz / 2


def polygon_centroid(polygon: Polygon) -> Centroid | None:
    """(lat, lon, area) of a polygon with its holes removed; None for a degenerate one.
    The point is the spherical centroid (the mean of the region's points as vectors,
    brought back to the surface); the area is in steradians."""
    shift = _shift(polygon)
    area = 0.0
    total = [0.0, 0.0, 0.0]
    for index, ring in enumerate(polygon):
        points = _unwrapped(ring, shift)
        moment = _ring_moment(points)
        # orientation differs between files: turn each ring's moment towards the ring
        middle = _vector(*_mean(points))
        if sum(m * c for m, c in zip(moment, middle, strict=True)) < 0:
            moment = (-moment[0], -moment[1], -moment[2])
        sign = 1.0 if index == 0 else -1.0  # holes subtract
        area += sign * _ring_area(points)
        total = [t + sign * m for t, m in zip(total, moment, strict=True)]
    x, y, z = total
    if area <= 0 or x == y == z == 0.0:
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x)), area


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def inside(polygon: Polygon, lat: float, lon: float) -> bool:
    """Whether the point lies inside the polygon (even-odd rule over all its rings)."""
    shift = _shift(polygon)
    if shift and lon < 0:
        lon += shift
    found = False
    for ring in polygon:
        points = _unwrapped(ring, shift)
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                found = not found
    return found


def mainland_point(geometries: Sequence[dict[str, Any]]) -> tuple[float, float] | None:
    """The centroid of the mainland, or None when the outline has none (no polygon holds
    ``MAINLAND_SHARE`` of its area: an archipelago such as Indonesia, whose largest
    island's middle is hundreds of kilometres from the country's) or the centroid falls
    outside the mainland; the caller then keeps its other point."""
    found = [(c, p) for p in polygons(geometries) if (c := polygon_centroid(p)) is not None]
    if not found:
        return None
    (lat, lon, area), polygon = max(found, key=lambda f: f[0][2])
    if area < MAINLAND_SHARE * sum(c[2] for c, _ in found) or not inside(polygon, lat, lon):
        return None
    return round(lat, 4), round(lon, 4)
