"""A division's map point is the middle of its cities' extent (issue 21,
resolve/place/sources.py): the mean of its cities' points sat in its populous corner."""

from __future__ import annotations

from frontlines.resolve.place.sources import _Division
from frontlines.vocab.geometry import haversine_km


def _division(points: list[tuple[float, float]]) -> _Division:
    return _Division(1, "Somewhere", "XX", "01", "", 1, (), points=points)


def test_the_centre_is_the_middle_of_the_extent_not_the_mean():
    # four towns crowded in the south-east corner, one far to the north-west
    crowded = [(42.0, -80.0), (42.2, -80.1), (42.1, -80.0), (42.3, -80.2), (50.0, -90.0)]
    lat, lon = _division(crowded).centre()
    assert (lat, lon) == (46.0, -85.0)  # the mean: (43.7, -82.1)


def test_a_town_far_offshore_is_no_part_of_the_extent():
    mainland = [(-33.0 + i * 0.1, -71.0 - i * 0.1) for i in range(30)]
    lat, lon = _division([*mainland, (-27.1, -109.4)]).centre()
    assert lat is not None and lon is not None
    assert -33.0 <= lat <= -30.0 and -74.0 <= lon <= -71.0


def test_across_the_date_line_the_mean_stays():
    lat, lon = _division([(65.0, 179.0), (66.0, -179.0), (64.0, 177.0)]).centre()
    assert lat == 65.0 and lon is not None and abs(lon - 59.0) < 1e-9


def test_a_state_sits_in_the_middle_of_its_territory(gazetteer):
    texas = next(c.place for c in gazetteer.candidates("Texas") if c.place.admin_level == 1)
    assert texas.lat is not None and texas.lon is not None
    assert haversine_km(texas.lat, texas.lon, 31.0, -100.0) < 100.0
