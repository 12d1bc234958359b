"""Whether one report's place holds another's (``contains``), and the one case where the
holder and the held are one name: a town and the division named after it; and the
distances the place test measures (``distance_km``, ``to_box_km``)."""

from __future__ import annotations

import math

from dashboard.happenings.model import Spot
from dashboard.happenings.shores import AREA_KINDS
from dashboard.places.names import fold

# the place part of a town and the division of its name that holds it ("Derna" read as the
# city in one report and as the district in another): the text named one place, and only
# our resolution of a name that GeoNames files as both (feature classes P and A) tells them
# apart; weaker than the same place, stronger than a town in a province (0.7)
NAMESAKE_SEAT = 0.9
POINT_KINDS = frozenset({"city", "landmark", "admin2"})


def contains(outer: Spot, inner: Spot) -> bool:
    """Is ``inner`` inside ``outer``: a country holds its places, a province its towns, a
    named sea or region with a box the points in it, and a land region the provinces whose
    point is in its box (``_province_of_region``)."""
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.country is not None
    if outer.kind == "admin1":
        return inner.kind != "admin1" and inner.admin1 == outer.admin1 is not None
    if outer.bbox is not None and inner.lat is not None and inner.lon is not None:
        west, south, east, north = outer.bbox
        inside = west <= inner.lon <= east and south <= inner.lat <= north
        return inside and (inner.kind in POINT_KINDS or _province_of_region(outer, inner))
    return False


def _province_of_region(outer: Spot, inner: Spot) -> bool:
    """Is ``inner`` a first-level division that a land region's box may hold by its point
    ("Donetsk Oblast" in "the Donbas", a province in "the Sahel")? GeoNames gives an ADM1
    the coordinates of a point inside it, and ACLED codes a region and a province alike at
    geo precision 3 (a larger region is represented by its provincial capital, ACLED
    Codebook), so a province whose point lies in the region's box is (at least in part) in
    it. Never a sea's (a province's point is ashore), and never another country's province
    for a region of one country."""
    return (
        inner.kind == "admin1"
        and outer.kind in AREA_KINDS
        and outer.country in (None, inner.country)
    )


def seat_and_division(outer: Spot, inner: Spot) -> bool:
    """Is ``outer`` a first-level division holding ``inner``, a town of the same name (its
    seat, as Derna of Darnah District, Idlib of Idlib Governorate)?"""
    return (
        outer.kind == "admin1"
        and inner.kind == "city"
        and contains(outer, inner)
        and fold(outer.name) == fold(inner.name)
    )


_EARTH_KM = 6371.0


def distance_km(pa: Spot, pb: Spot) -> float | None:
    """Great-circle distance (haversine, mean Earth radius 6371 km), ``None`` without points."""
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (pa.lat, pa.lon, pb.lat, pb.lon))  # type: ignore[arg-type]
    sin, cos = math.sin, math.cos
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(h))


def to_box_km(lat: float, lon: float, box: tuple[float, float, float, float]) -> float:
    """Great-circle km from a point to the nearest point of a ``(west, south, east, north)``
    box (0 inside; a box across the antimeridian is taken as its two halves)."""
    west, south, east, north = box
    spans = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
    near_lat = min(max(lat, south), north)
    return min(
        distance_km(
            Spot("", "", "", lat, lon, None, None, 1),
            Spot("", "", "", near_lat, min(max(lon, w), e), None, None, 1),
        )
        or 0.0
        for w, e in spans
    )
