"""Distances on the globe, shared by the resolver (nearby places) and the geo scorer."""

from __future__ import annotations

import math
from functools import lru_cache

EARTH_RADIUS_KM = 6371.0088

__all__ = ["EARTH_RADIUS_KM", "haversine_km", "remembered_km"]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlam = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


#: ``haversine_km`` remembered: the resolver weighs each reading's distance to every other
#: toponym's readings once per voting pass, and the same towns recur across a batch's
#: stories; a lookup costs a fifth of the trigonometry.
remembered_km = lru_cache(maxsize=1 << 15)(haversine_km)
