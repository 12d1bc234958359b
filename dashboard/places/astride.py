"""A feature astride countries told inside one: "the Niger River in central Mali".

A river, lake, desert or news region that spans several countries is a ``regions.csv`` row
with no country code and one point on it (the Niger River's lies at Niamey, in Niger). When
the text puts it in a country at once ("capsized on the Niger River in central Mali"), the
point on the feature lies in another country, and an event there was drawn in Niger though
the report says Mali. The text names the part of the feature it means: the mention keeps the
feature's name and takes the country's point and code, at geo precision 3 (ACLED codes an
event told only by a region of a country at that country's level, ACLED Codebook 2023,
"Geo-precision"), as ``placing._placed_within`` places an area the gazetteer has no point
for at the place the text puts it in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.model import Mention

# a list goes on after the country: "the Nile in Egypt and Sudan" lies in both
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+")
# "in", an optional article and a compass word, then the country: nothing else between
_IN_COUNTRY = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|(?:north|south)-?"
    r"(?:east|west))(?:ern)?\s+)?$",
    re.IGNORECASE,
)


def told_in_country(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each feature astride countries that the next mention, a country,
    holds by "in" ("the Niger River in central Mali") placed at that country (see the module).

    >>> from dashboard.model import Place
    >>> river = Place("rg:niger-river", "Niger River", "region", 13.5, 2.1, None, 3)
    >>> mali = Place("cc:ML", "Mali", "country", 18.0, -2.0, "ML", 3)
    >>> text = "on the Niger River in central Mali"
    >>> out = told_in_country(text, [Mention(7, 18, "Niger River", river, 1.0, ""),
    ...                              Mention(30, 34, "Mali", mali, 1.0, "")])
    >>> out[0].place.country_code, out[0].place.lat
    ('ML', 18.0)
    """
    out = mentions
    for k, m in enumerate(mentions[:-1]):
        p, nxt = m.place, mentions[k + 1]
        if p is None or p.kind != "region" or p.country_code is not None:
            continue
        country = nxt.place
        if country is None or country.kind != "country" or country.lat is None:
            continue
        if _IN_COUNTRY.fullmatch(text, m.end, nxt.start) is None or _listed(text, mentions, k + 1):
            continue
        if out is mentions:
            out = list(mentions)
        place = replace(
            p,
            id=f"{p.id}@{country.country_code}",
            lat=country.lat,
            lon=country.lon,
            country_code=country.country_code,
            geo_precision=3,
            bbox=None,  # the feature's extent runs beyond the country: only its point is drawn
            shape=None,
        )
        why = (
            f"{m.reason}; a feature astride countries the text puts in {country.name}: placed there"
        )
        out[k] = replace(m, place=place, reason=why)
    return out


def _listed(text: str, mentions: list[Mention], k: int) -> bool:
    """Whether the country ``mentions[k]`` opens or continues a list of countries."""
    if k + 1 >= len(mentions):
        return False
    nxt = mentions[k + 1]
    return (
        nxt.place is not None
        and nxt.place.kind == "country"
        and _LIST_GAP.fullmatch(text, mentions[k].end, nxt.start) is not None
    )
