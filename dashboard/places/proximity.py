"""Distances between a candidate and the text's unambiguous places.

The anchor shapes (``_Point`` for the first pass, ``_Anchor`` for the neighbour pass), the
reaches measured on LGL/GeoVirus (``CLOSE_KM``, ``NEAR_KM``) and the nearest-anchor and
bounding-box tests the resolver runs for most candidates of every text.
"""

from __future__ import annotations

import math
from math import asin, cos, radians, sin, sqrt

from dashboard.model import Place

POINT_KINDS = frozenset({"city", "admin2", "landmark"})
CLOSE_KM = 161.0  # the scorer's own radius: a neighbour this close is the same place's area
# an anchor for the neighbour pass: (lat, lon, folded name as written, place)
_Anchor = tuple[float, float, str, Place]
# The half bonus's reach, and the first pass's "near": 300 and 320 km measured the same on
# LGL (acc@161km .8994, all-gold .7113), 350 km .8986, 400 km .8977, 250 km lost F1 (.8084);
# GeoVirus moved only in AUC. A namesake 300-400 km off is no neighbour ("Mansfield" beside
# Shreveport is Louisiana's village, not the Texas city 318 km west).
NEAR_KM = 300.0
_NEAR_DEGREES = NEAR_KM / 111.0  # a degree of latitude is 111 km
# an unambiguous place of the text: (lat, lon, place, its latitude in radians, that
# latitude's cosine), the last two made once for the haversine of every candidate near it
_Point = tuple[float, float, Place, float, float]


def _nearest_anchor(p: Place, anchors: tuple[_Point, ...]) -> Place | None:
    """The first unambiguous place of the text within NEAR_KM (300 km) of ``p`` (not ``p`` itself)."""
    lat, lon = p.lat, p.lon
    if lat is None or lon is None:
        return None
    p2 = radians(lat)
    cos_p2 = cos(p2)
    for a_lat, a_lon, a, p1, cos_p1 in anchors:
        # the cheap reject before the haversine
        if -_NEAR_DEGREES <= a_lat - lat <= _NEAR_DEGREES and a.id != p.id:
            # distance_km(a_lat, a_lon, lat, lon), inlined with the same operations in the
            # same order (so the same floats; the anchor's radians and cosine made once per
            # name): this runs for most candidates of every text
            dp, dl = p2 - p1, radians(lon - a_lon)
            h = sin(dp / 2) ** 2 + cos_p1 * cos_p2 * sin(dl / 2) ** 2
            if 6371.0 * 2 * asin(min(1.0, sqrt(h))) <= NEAR_KM:
                return a
    return None


_Box = tuple[float, float, float, float]


def _reach_boxes(anchors: list[_Anchor]) -> tuple[_Box, _Box]:
    """(south, north, west, east) of everything within 161 km of an anchor, then within
    NEAR_KM: a point outside a box passes no anchor's box test in ``_neighbour`` at that reach
    (its longitude span uses the cosine of the box's widest latitude, the smallest any point
    inside it has)."""
    lats = [a[0] for a in anchors]
    lons = [a[1] for a in anchors]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    boxes = []
    for reach in (CLOSE_KM, NEAR_KM):
        dlat = reach / 111.2
        widest = max(abs(south) + dlat, abs(north) + dlat)
        dlon = dlat / max(0.05, math.cos(math.radians(min(89.0, widest))))
        boxes.append((south - dlat, north + dlat, west - dlon, east + dlon))
    return boxes[0], boxes[1]


def _neighbour(p: Place, anchors: list[_Anchor], reach: float) -> tuple[Place, float] | None:
    """The nearest of ``anchors`` within ``reach`` km of the town or county ``p``, with its
    distance. A box test first: most anchors are far, and the haversine is the cost."""
    lat, lon = p.lat, p.lon
    if p.kind not in POINT_KINDS or lat is None or lon is None:
        return None
    dlat_max = reach / 111.2
    cos_lat = max(0.05, math.cos(math.radians(lat)))
    dlon_max = dlat_max / cos_lat
    best: tuple[Place, float] | None = None
    for a_lat, a_lon, _, q in anchors:
        dlat, dlon = a_lat - lat, a_lon - lon
        if not (-dlat_max <= dlat <= dlat_max and -dlon_max <= dlon <= dlon_max):
            continue
        if q.id == p.id:
            continue
        # equirectangular: within 400 km it is the haversine to a fraction of a kilometre
        d = 111.2 * math.sqrt(dlat * dlat + (dlon * cos_lat) ** 2)
        if d <= reach and (best is None or d < best[1]):
            best = (q, d)
    return best
