"""Lists as files: the same filtered items as CSV (flat columns) or GeoJSON points."""

from __future__ import annotations

import io
from typing import Any

from fastapi.responses import JSONResponse, Response

from frontlines.store.csvsafe import SafeDictWriter

__all__ = ["download"]


def download(items: list[dict[str, Any]], fmt: str, name: str) -> Response:
    """The same filtered list as CSV (flat columns) or GeoJSON (items with lat/lon)."""
    if fmt == "csv":
        buffer = io.StringIO()
        flat = [_flatten(i) for i in items]
        columns = list(dict.fromkeys(k for row in flat for k in row))
        writer = SafeDictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(flat)
        return Response(buffer.getvalue(), media_type="text/csv", headers={
            "Content-Disposition": f'attachment; filename="{name}.csv"'})  # fmt: skip
    features = []
    for item in items:
        lat, lon = _lat_lon(item)
        if lat is None or lon is None:
            continue
        features.append({"type": "Feature", "properties": _flatten(item),
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}})  # fmt: skip
    return JSONResponse({"type": "FeatureCollection", "features": features},
                        media_type="application/geo+json")  # fmt: skip


def _lat_lon(item: dict[str, Any]) -> tuple[Any, Any]:
    if item.get("lat") is not None:
        return item["lat"], item["lon"]
    place = item.get("place")
    if isinstance(place, dict):
        return place.get("lat"), place.get("lon")
    return None, None


def _flatten(item: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in item.items():
        if isinstance(value, dict):
            flat |= _flatten(value, f"{prefix}{key}_")
        elif isinstance(value, list | tuple):
            flat[prefix + key] = "|".join(str(v) for v in value if not isinstance(v, dict))
        else:
            flat[prefix + key] = value
    return flat
