"""A namesake reached only through another name (a former one: "Salisbury" for Harare) does
not displace a living place that bears the name as its own.

GeoNames lists old and alternate names among a place's names, so Harare answers to
"Salisbury", its name until 1982. The rules that move a small town's name to a bigger city
abroad (``world_cities``, ``country_alone``) weigh population, and a capital of 1.5 million
outweighs England's Salisbury; but a text writing "Salisbury" today means the place called
so today, whose country the text backs. A city that bears the name as its own (Geneva for
"Geneva") still may move the reading.
"""

from __future__ import annotations

from dashboard.model import Place
from dashboard.places.names import fold


def only_by_other_name(surface: str, chosen: Place, namesake: Place) -> bool:
    """True when ``chosen`` bears ``surface`` as its own name and ``namesake`` does not
    (it answers to it only as an alternate or former name), so ``namesake`` must not
    replace ``chosen``. Both are gazetteer places; names are compared folded (case and
    accents aside). Never raises. Rule source: GeoNames alternate names hold historical
    names ("Salisbury" for Harare, renamed 1982; Britannica, "Harare")."""
    key = fold(surface)
    return fold(chosen.name) == key and fold(namesake.name) != key
