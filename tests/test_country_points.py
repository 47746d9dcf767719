"""A country's map point: the spherical centroid of its mainland outline (outline_point)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from frontlines.resolve.place import sources
from frontlines.resolve.place.countries import countries
from frontlines.resolve.place.outline_point import inside, mainland_point, polygon_centroid
from frontlines.vocab.geometry import haversine_km


def _polygon(*rings: list[tuple[float, float]]) -> dict[str, Any]:
    """A GeoJSON Polygon from (lon, lat) rings, each closed as GeoJSON closes them."""
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]] for ring in rings]}


def _square(west: float, south: float, size: float) -> list[tuple[float, float]]:
    return [(west, south), (west + size, south), (west + size, south + size), (west, south + size)]


def test_a_square_on_the_equator_has_its_middle_as_its_point():
    assert mainland_point([_polygon(_square(10.0, -2.0, 4.0))]) == pytest.approx((0.0, 12.0))


def _brute_centroid(
    west: float, south: float, size: float, cells: int = 200
) -> tuple[float, ...]:
    """The spherical centroid of a lon/lat box by summing the unit vectors of small cells
    weighted by their area (cos latitude): an independent check of the exact formula."""
    sx = sy = sz = 0.0
    for i in range(cells):
        lat = math.radians(south + (i + 0.5) * size / cells)
        for j in range(cells):
            lon = math.radians(west + (j + 0.5) * size / cells)
            weight = math.cos(lat)
            sx += weight * math.cos(lat) * math.cos(lon)
            sy += weight * math.cos(lat) * math.sin(lon)
            sz += weight * math.sin(lat)
    return math.degrees(math.atan2(sz, math.hypot(sx, sy))), math.degrees(math.atan2(sy, sx))


@pytest.mark.parametrize("west,south,size", [(0.0, 50.0, 10.0), (-120.0, 20.0, 30.0)])
def test_a_box_far_from_the_equator_has_its_spherical_centroid(west, south, size):
    # neither the mean of its latitudes nor a planar centroid: more area lies at the low
    # latitudes, and a wide box's middle rises towards the pole on a globe
    point = mainland_point([_polygon(_square(west, south, size))])
    assert point is not None
    assert point == pytest.approx(_brute_centroid(west, south, size), abs=0.02)
    assert point[0] != pytest.approx(south + size / 2, abs=0.05)


def test_the_ring_orientation_does_not_matter():
    ring = _square(30.0, 10.0, 6.0)
    one = mainland_point([_polygon(ring)])
    other = mainland_point([_polygon(list(reversed(ring)))])
    assert one is not None and one == pytest.approx(other)


def test_an_l_shape_has_its_point_in_the_heavy_corner():
    # an L of three unit squares: cells (0,0), (1,0) and (0,1); the middle of the shape is
    # pulled towards the corner cell, unlike the middle of its bounding box (1, 1)
    shape = [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (1.0, 1.0), (1.0, 2.0), (0.0, 2.0)]
    lat, lon = mainland_point([_polygon(shape)]) or (9.0, 9.0)
    assert lon == pytest.approx(5 / 6, abs=0.01) and lat == pytest.approx(5 / 6, abs=0.01)
    assert inside(_polygon(shape)["coordinates"], lat, lon)


def test_a_hooked_shape_whose_middle_is_outside_it_gives_no_point():
    # a U open to the north: its centroid falls in the gap between the arms
    shape = [(0.0, 0.0), (3.0, 0.0), (3.0, 3.0), (2.0, 3.0), (2.0, 1.0), (1.0, 1.0),
             (1.0, 3.0), (0.0, 3.0)]  # fmt: skip
    assert mainland_point([_polygon(shape)]) is None


def test_of_two_islands_the_larger_is_the_mainland():
    small = [_square(20.0, 0.0, 1.0)]
    large = [_square(0.0, 0.0, 3.0)]
    islands = {"type": "MultiPolygon", "coordinates": [[[*r, r[0]] for r in p]
                                                       for p in (small, large)]}  # fmt: skip
    assert mainland_point([islands]) == pytest.approx((1.5, 1.5), abs=0.01)


def test_an_archipelago_without_a_majority_island_has_no_mainland():
    # three equal islands: none holds half the country
    islands = {"type": "MultiPolygon",
               "coordinates": [[[*_square(x, 0.0, 2.0), (x, 0.0)]] for x in (0.0, 5.0, 10.0)]}
    assert mainland_point([islands]) is None


def test_a_hole_pulls_the_point_away_from_it():
    outer = _square(0.0, 0.0, 4.0)
    hole = _square(0.5, 0.5, 1.0)  # in the south-west corner
    lat, lon = mainland_point([_polygon(outer, hole)]) or (0.0, 0.0)
    assert lat > 2.0 and lon > 2.0
    assert not inside(_polygon(outer, hole)["coordinates"], 1.0, 1.0)


def test_a_ring_across_the_180th_meridian_keeps_its_point_on_its_side():
    ring = [(178.0, -1.0), (-178.0, -1.0), (-178.0, 1.0), (178.0, 1.0)]
    centroid = polygon_centroid(_polygon(ring)["coordinates"])
    assert centroid is not None
    assert abs(centroid[0]) < 0.01 and abs(abs(centroid[1]) - 180.0) < 0.01


def test_real_countries_get_a_point_inside_their_outline():
    found = countries()
    for code in ("US", "FR", "SY", "ZA"):
        geometries = found[code].outline
        point = mainland_point(geometries)
        assert point is not None
        largest = max(
            (p for g in geometries
             for p in (g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]])),
            key=lambda p: (polygon_centroid(p) or (0, 0, 0))[2],
        )  # fmt: skip
        assert inside(largest, *point)
    # the contiguous states' centre is near Lebanon, Kansas (39.8 N, 98.6 W)
    us = mainland_point(found["US"].outline)
    assert us is not None and haversine_km(*us, 39.83, -98.58) < 40


def test_the_gazetteer_rows_carry_the_outline_point_and_the_cache_name_says_so():
    places, _ = sources.country_places()
    by_code = {p.country: p for p in places}
    us = by_code["US"]
    assert us.lat is not None and us.lon is not None
    assert haversine_km(us.lat, us.lon, 39.83, -98.58) < 40
    # no majority island: the package's own point stays
    assert (by_code["ID"].lat, by_code["ID"].lon) == (-5.0, 120.0)
    assert sources.COUNTRY_POINTS in sources.source_versions()


def test_the_map_labels_a_country_where_the_gazetteer_places_it() -> None:
    """The base map's country label sits at its mainland's centroid, inside its outline, as
    the gazetteer's country point does (not at the mean of the outline's corners)."""
    from frontlines.resolve.place.countries import countries
    from frontlines.resolve.place.outline_point import inside, polygons
    from frontlines.vocab.geometry import haversine_km
    from frontlines.web.outlines import _country_points

    labels = {code: (lat, lon) for code, _, lat, lon, _ in _country_points()}
    assert haversine_km(*labels["US"], 39.83, -98.58) < 40
    outlines = countries()
    outside = [code for code, (lat, lon) in labels.items()
               if not any(inside(p, lat, lon) for p in polygons(outlines[code].outline))]
    assert len(outside) <= len(labels) // 20, outside
