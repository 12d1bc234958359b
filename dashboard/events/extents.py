"""Whether a place lies within another's extent, by GeoNames-style bounding boxes."""

from __future__ import annotations

from dashboard.model import Place


def within_extent(town: Place, area: Place) -> bool | None:
    """Whether ``town``'s point lies in ``area``'s bbox (west, south, east, north, degrees);
    ``None`` without either. A box across the antimeridian has west > east: either side."""
    if area.bbox is None or town.lat is None or town.lon is None:
        return None
    west, south, east, north = area.bbox
    return south <= town.lat <= north and (town.lon >= west) + (town.lon <= east) > (west <= east)
