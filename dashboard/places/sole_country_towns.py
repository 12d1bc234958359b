"""A small town the text calls a settlement ("the village of Moura"), whose only namesakes
lie in a country the text never names, in a text whose every other place lies in one other
country it names: the settlement is in that country, not abroad.

``placing._small_town_elsewhere`` moves "the village of Moura in central Mali" into Mali,
where the text puts it; with no "in Mali" after it, the text's own places still say where
it is. GeoNames holds one Moura (Portugal, 9,000 people): "Mali's army killed civilians in
the village of Moura" tells of no Portuguese town. One sense per discourse (Gale, Church
and Yarowsky 1992) and the minimality heuristic of toponym resolution (Leidner 2007, ch. 4:
prefer the reading that spans the fewest countries) both read it inside the one country the
text names. The namesake that country holds wins if the gazetteer has one; else the name
is placed at the country, geo precision 3, kind city, as ``_small_town_elsewhere`` does.
A demonym of the namesake's country ("a Portuguese village") or any place there keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.told_within import placed_at, placed_instead

# "the village of X", "the hamlet of X": the text's own kind word for a settlement
_SETTLEMENT_OF = re.compile(r"\b(?:village|hamlet|settlement)s?\s+of\s+$", re.IGNORECASE)
# "X in Y", "X, Y": a container after the name is read by ``placing``
_CONTAINER_AFTER = re.compile(r",? in |, [A-Z]")


def sole_country_settlements(
    text: str, mentions: list[Mention], demonym_codes: Collection[str], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each small settlement abroad moved into the one country the text's
    other places name (see the module); the list itself when none moves."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or not Gazetteer.minor(p) or p.country_code is None:
            continue
        if _SETTLEMENT_OF.search(text, max(0, m.start - 20), m.start) is None:
            continue
        if _CONTAINER_AFTER.match(text, m.end):
            continue  # "the village of X in Y", "X, Y": the container's rules decide
        country = _sole_other_country(mentions, m, p)
        if country is None or p.country_code in demonym_codes:
            continue
        place = _held(m, country, gaz) or placed_at(m.text, country, "city")
        why = (
            f"the text's only country is {country.name}, and it names nothing in "
            f"{p.country_code}: '{m.text}' is placed in {country.name}, not at {p.name}"
        )
        out = placed_instead(out, mentions, k, place, why)
    return out


def _sole_other_country(mentions: list[Mention], m: Mention, p: Place) -> Place | None:
    """The country the text names when every other place lies in it and none in ``p``'s."""
    others = [x.place for x in mentions if x is not m and x.place is not None]
    codes = {q.country_code for q in others}
    if len(codes) != 1 or p.country_code in codes or None in codes:
        return None
    return next((q for q in others if q.kind == "country"), None)


def _held(m: Mention, country: Place, gaz: Gazetteer) -> Place | None:
    """The biggest town of ``m``'s name in ``country``, if the gazetteer has one."""
    held = [
        c for c in gaz.lookup(m.text) if c.kind == "city" and c.country_code == country.country_code
    ]
    return max(held, key=lambda c: c.population, default=None)
