"""Where a first-level division's towns lie: the point for a place of it the gazetteer lacks.

A division's reference point may lie far from where its settlements are (Ontario's in its
empty north, 800 km from the towns of its south). A place the text puts in a division,
with no namesake there (an Indonesian regency in the province the text names,
``regencies``), is placed at the median latitude and median longitude of the division's
towns in the packaged GeoNames data (cities500: every settlement of 500 people or more),
when the division has ``MIN_TOWNS`` towns or more; else at the division's own point. The
geo precision stays what the division gives (somewhere in it).
"""

from __future__ import annotations

from statistics import median

from dashboard.model import Place
from dashboard.places.gazetteer import Gazetteer, PlaceTable

MIN_TOWNS = 5  # fewer towns than this say little about where the division's places lie

_memo: dict[tuple[int, str], tuple[float, float] | None] = {}


def towns_point(gaz: Gazetteer, division: Place) -> tuple[float, float] | None:
    """The median latitude and longitude of the towns ``division`` (a first-level division)
    holds in ``gaz``, or None for another kind or with fewer than MIN_TOWNS towns. Walked
    once per division and gazetteer: the path is rare (a town the gazetteer lacks)."""
    code = division.admin1
    if division.kind != "admin1" or not code:
        return None
    key = (id(gaz), code)
    if key not in _memo:
        lats, lons = _towns_of(gaz, code)
        _memo[key] = (median(lats), median(lons)) if len(lats) >= MIN_TOWNS else None
    return _memo[key]


def _towns_of(gaz: Gazetteer, code: str) -> tuple[list[float], list[float]]:
    lats: list[float] = []
    lons: list[float] = []
    places = gaz.places
    if isinstance(places, PlaceTable):
        for row in places.town_rows(code):
            # name, kind, lat, lon, country, precision, geonameid, population, admin1
            parts = row.split("\t")
            if parts[1] == "city" and parts[2] and parts[3]:
                lats.append(float(parts[2]))
                lons.append(float(parts[3]))
        return lats, lons
    for p in places.values():
        if p.kind == "city" and p.admin1 == code and p.lat is not None and p.lon is not None:
            lats.append(p.lat)
            lons.append(p.lon)
    return lats, lons
