"""A first-level division that is a city: ISO 3166-2 lists some cities as divisions of their
own (Azerbaijan's municipalities such as Xankəndi, Kyrgyzstan's Osh City, Hungary's cities
with county rights; ``data/gazetteer/city_divisions.csv``, from iso3166-2's subdivision
types), at the city's own point. Where such a division wins a name, the town of that name at
the division's point is what the text names: "fled Stepanakert" is the city (kind ``city``),
not an area around it. The town's population does not matter here (GeoNames may list a
city-division's town below the cut-off: Khankendi at 2,100 people). A governorate or province
whose point lies on its capital ("Rafah", a Gaza governorate) is no city-division and stays.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.model import Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer, distance_km

# A division's point this close to a town of its name is that town's: ISO 3166-2's points for
# city-divisions lie on the town (Xankəndi 0.15 km, Bishkek 1.3 km), a province's centre
# lies tens of kilometres from its capital (Kaduna State 60 km from Kaduna).
SAME_POINT_KM = 5.0


@lru_cache(maxsize=1)
def city_division_codes() -> frozenset[str]:
    """The ISO 3166-2 codes of first-level divisions that are cities (``city_divisions.csv``)."""
    with (data_dir() / "gazetteer" / "city_divisions.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(row["code"] for row in csv.DictReader(fh))


def town_of_division(gaz: Gazetteer, division: Place, place_ids: tuple[str, ...]) -> Place | None:
    """The biggest town among ``place_ids`` (a name's candidates) in ``division``'s country
    whose point lies within ``SAME_POINT_KM`` of the division's, when the division is a
    city-division; else None."""
    if division.kind != "admin1" or division.lat is None or division.lon is None:
        return None
    if division.admin1 not in city_division_codes():
        return None
    best: Place | None = None
    for p in gaz.places_of(place_ids):
        if (
            p.kind == "city"
            and p.country_code == division.country_code
            and p.lat is not None
            and p.lon is not None
            and distance_km(division.lat, division.lon, p.lat, p.lon) <= SAME_POINT_KM
            and (best is None or p.population > best.population)
        ):
            best = p
    return best
