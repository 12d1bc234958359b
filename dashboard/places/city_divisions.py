"""A first-level division that is a city: ISO 3166-2 lists some cities as divisions of their
own (Azerbaijan's municipalities such as Xankəndi, Kyrgyzstan's Osh City, Slovenia's
municipalities), at the city's own point. Where such a division wins a name, the town of
that name at the division's point is what the text names: "fled Stepanakert" is the city
(kind ``city``), not an area around it. The town's population does not matter here (GeoNames
may list a city-division's town below the cut-off: Khankendi at 2,100 people); the
division's point lying on the town's is the test.
"""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.gazetteer import Gazetteer, distance_km

# A division's point this close to a town of its name is that town's: ISO 3166-2's points for
# city-divisions lie on the town (Xankəndi 0.15 km, Bishkek 1.3 km), a province's centre
# lies tens of kilometres from its capital (Kaduna State 60 km from Kaduna).
SAME_POINT_KM = 5.0


def town_of_division(gaz: Gazetteer, division: Place, place_ids: tuple[str, ...]) -> Place | None:
    """The biggest town among ``place_ids`` (a name's candidates) in ``division``'s country
    whose point lies within ``SAME_POINT_KM`` of the division's, or None."""
    if division.kind != "admin1" or division.lat is None or division.lon is None:
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
