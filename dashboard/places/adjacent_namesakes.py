"""A name read abroad by its size alone, while a namesake lies right beside another place
the text names, is that namesake: a district or suburb of the named city.

"Police dispersed protesters in the Gombe district of Kinshasa" read Gombe as Nigeria's
city of 560,000 (a district named after it), though Kinshasa's own commune of Gombe lies
2 km from the city's point: the first pass weighs each name alone, and the neighbour pass
reopens only a winner holding under ``neighbours.RECONSIDER_BELOW`` of its candidates'
mass, which a town that much bigger than its namesakes holds. A city's districts and
suburbs are named beside it (one sense per discourse, Gale, Church and Yarowsky 1992; the
minimality heuristic, Leidner 2007, 4.3: prefer the reading nearest the text's other
places).

So a town chosen by its population alone, or a second-level division named after such a
town (``NameRules._second_level``), moves to the namesake town of its very name lying
within ``neighbours.ADJACENT_KM`` (25 km, the same town's area) of another place of the
text that has a point, when no other place of the text lies in the first reading's country
and the text calls no one by that country's demonym. A national capital and a city of
``scoring.METROPOLIS`` (a million) or more keep their reading: news names them from
anywhere.
"""

from __future__ import annotations

from collections.abc import Collection

from dashboard.model import Mention, Place
from dashboard.places.capitals import is_capital
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.neighbours import ADJACENT_KM
from dashboard.places.proximity import POINT_KINDS
from dashboard.places.scoring import METROPOLIS
from dashboard.places.told_within import placed_at, placed_instead

# the first pass's reasons that rest on a town's size alone (``choice._reason``) and the
# second-level division named after a town chosen so (``NameRules._second_level``)
_BY_SIZE = "population "
_SECOND_LEVEL = "the second-level division named after"


def adjacent_namesakes(
    mentions: list[Mention], demonym_codes: Collection[str], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each size-only reading abroad moved to its namesake beside another
    place of the text (see the module); the list itself when none moves.

    ``demonym_codes`` are the country codes of the text's country adjectives; ``gaz`` is the
    gazetteer the mentions were resolved in. Raises nothing."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or not _open(m, p, demonym_codes):
            continue
        key = fold(m.text)
        others = [x.place for x in mentions if x.place is not None and fold(x.text) != key]
        if any(q.country_code == p.country_code for q in others):
            continue  # the text names the first reading's country or a place there
        points = [q for q in others if q.kind in POINT_KINDS]
        near = _namesake_beside(key, p, points, gaz)
        if near is None:
            continue
        town, anchor, km = near
        place = town if p.kind == "city" else placed_at(p.name, town, p.kind)
        why = (
            f"a namesake {km:.0f} km from {anchor.name}, named in the text: {place.name} "
            f"({town.country_code}), not {p.name} ({p.country_code}) by size"
        )
        out = placed_instead(out, mentions, k, place, why)
    return out


def _open(m: Mention, p: Place, demonym_codes: Collection[str]) -> bool:
    """Whether ``m``'s reading rests on a town's size alone and may move."""
    if p.country_code is None or p.country_code in demonym_codes:
        return False
    if p.kind == "city":
        return m.reason.startswith(_BY_SIZE) and p.population < METROPOLIS and not is_capital(p)
    return p.kind == "admin2" and _SECOND_LEVEL in m.reason


def _namesake_beside(
    key: str, p: Place, points: list[Place], gaz: Gazetteer
) -> tuple[Place, Place, float] | None:
    """The town of own name ``key`` (folded) in another country than ``p``'s nearest one of
    ``points`` within ADJACENT_KM, with that point and the distance; None when none."""
    best: tuple[Place, Place, float] | None = None
    for c in gaz.lookup(key):
        if c.kind != "city" or c.country_code == p.country_code or fold(c.name) != key:
            continue
        if c.lat is None or c.lon is None:
            continue
        for q in points:
            if q.lat is None or q.lon is None:
                continue
            km = distance_km(c.lat, c.lon, q.lat, q.lon)
            if km <= ADJACENT_KM and (best is None or km < best[2]):
                best = (c, q, km)
    return best
