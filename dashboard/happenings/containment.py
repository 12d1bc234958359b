"""Whether one report's place holds another's (``contains``), and the one case where the
holder and the held are one name: a town and the division named after it."""

from __future__ import annotations

from dashboard.happenings.model import Spot
from dashboard.places.names import fold

# the place part of a town and the division of its name that holds it ("Derna" read as the
# city in one report and as the district in another): the text named one place, and only
# our resolution of a name that GeoNames files as both (feature classes P and A) tells them
# apart; weaker than the same place, stronger than a town in a province (0.7)
NAMESAKE_SEAT = 0.9
POINT_KINDS = frozenset({"city", "landmark", "admin2"})


def contains(outer: Spot, inner: Spot) -> bool:
    """Is ``inner`` inside ``outer``: a country holds its places, a province its towns, a
    named sea or region with a box the points in it."""
    if outer.kind == "country":
        return inner.kind != "country" and inner.country == outer.country is not None
    if outer.kind == "admin1":
        return inner.kind != "admin1" and inner.admin1 == outer.admin1 is not None
    if outer.bbox is not None and inner.lat is not None and inner.lon is not None:
        west, south, east, north = outer.bbox
        return (
            inner.kind in POINT_KINDS and west <= inner.lon <= east and south <= inner.lat <= north
        )
    return False


def seat_and_division(outer: Spot, inner: Spot) -> bool:
    """Is ``outer`` a first-level division holding ``inner``, a town of the same name (its
    seat, as Derna of Darnah District, Idlib of Idlib Governorate)?"""
    return (
        outer.kind == "admin1"
        and inner.kind == "city"
        and contains(outer, inner)
        and fold(outer.name) == fold(inner.name)
    )
