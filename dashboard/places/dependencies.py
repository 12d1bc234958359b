"""A dependency that ISO 3166 lists twice: as a country and as a division of its sovereign.

ISO 3166-1 gives New Caledonia its own alpha-2 code (NC), and ISO 3166-2:FR lists it again
among France's subdivisions as FR-NC, a code that ends in that same alpha-2 (FR-PF French
Polynesia, FR-RE Réunion, US-PR Puerto Rico, US-GU Guam, CN-HK Hong Kong, NL-AW Aruba). Both
rows name one territory. A type word before or after the name ("the State of New Caledonia",
"the territory of Guam") must not pick the division row: the card's country would flip to the
sovereign's, while every bare mention of the name reads the territory's own code. A division
of the name whose code does not end in a country candidate's code is a part, not the whole
("the State of Mexico", MX-MEX, is one of Mexico's states) and keeps its reading.
"""

from __future__ import annotations

from collections.abc import Iterable

from dashboard.model import Place


def names_a_dependency(places: Iterable[Place]) -> bool:
    """True when ``places`` (one name's candidates) hold a country and a first-level division
    of another country whose ISO 3166-2 code ends in that country's alpha-2 code.

    >>> nc = Place("cc:NC", "New Caledonia", "country", -21.5, 165.5, "NC", 3)
    >>> fr_nc = Place("a1:FR-NC", "Nouvelle-Calédonie", "admin1", -21.3, 165.5, "FR", 2,
    ...               admin1="FR-NC")
    >>> names_a_dependency([nc, fr_nc])
    True
    >>> mx = Place("cc:MX", "Mexico", "country", 23.0, -102.0, "MX", 3)
    >>> mex = Place("a1:MX-MEX", "México", "admin1", 19.4, -99.6, "MX", 2, admin1="MX-MEX")
    >>> names_a_dependency([mx, mex])
    False
    """
    pool = list(places)
    countries = {p.country_code for p in pool if p.kind == "country" and p.country_code}
    return any(
        p.kind == "admin1"
        and p.admin1 is not None
        and p.country_code not in countries
        and p.admin1.rsplit("-", 1)[-1] in countries
        for p in pool
    )
