"""A small town the first pass set aside, beside the text's places, beats a lone namesake
abroad that won only because it was the one town of the name big enough to count.

The first pass sets small towns aside (``Gazetteer.minor``: under 15,000 people) unless the
text names their state, so "Penrith" under a SYDNEY dateline was Penrith in England (16,700)
over Sydney's Penrith (13,343), and "a bear shot in Eagle ... officers from Denver" was
Eagle, Idaho (23,612) over Eagle, Colorado: the one big-enough namesake wins as "only
candidate", with all its name's mass, so the neighbour pass never reopens it. A dateline
names where the story was filed (AP Stylebook, "datelines"), and a text's other places say
which of a name's namesakes it means (one sense per discourse, Gale, Church and Yarowsky
1992; the minimality heuristic, Leidner 2007, 4.3: prefer the reading nearest the text's
other places).

So a town read as "only candidate" moves to a small namesake of its very name when the
town lies farther than ``proximity.NEAR_KM`` (300 km) from every other place of the text,
and the namesake lies within it of one of them (the nearest such namesake); when the town
lies in a country the text's other places lie in too, the namesake must lie within it of
``MIN_BACKERS`` (two) of them, as one place sets no focus (``focus_towns``). It stays when it
is a national capital or a city of ``TOWN_YIELDS_BELOW`` (100,000) or more (news names those
from anywhere), when no other place of the text has a point, and when the text names its
country or state by another name or calls the country by its demonym ("the English town of
Penrith", "Penrith in England").
"""

from __future__ import annotations

from collections.abc import Collection

from dashboard.model import Mention, Place
from dashboard.places.capitals import is_capital
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.proximity import NEAR_KM, POINT_KINDS
from dashboard.places.scoring import TOWN_YIELDS_BELOW
from dashboard.places.told_within import placed_instead

# the first pass's reason for a name with one candidate left once small towns are set aside
_ONLY = "only candidate"
# a town in the text's own country moves only beside this many of its other names: one
# ("Police in Knoxville ... near Sweetwater") is as likely a trip across the country
MIN_BACKERS = 2


def set_aside_towns(
    mentions: list[Mention], demonym_codes: Collection[str], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each lone town far from the text's other places moved to its small
    namesake beside one of them (see the module); the list itself when none moves.

    ``demonym_codes`` are the country codes of the text's country adjectives; ``gaz`` is
    the gazetteer the mentions were resolved in. Raises nothing."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or not _open(m, p, demonym_codes):
            continue
        key = fold(m.text)
        others = [x.place for x in mentions if x.place is not None and fold(x.text) != key]
        if any(_holds(q, p) for q in others):
            continue  # the text names the town's country or state by another name
        points = [q for q in others if q.kind in POINT_KINDS and q.lat is not None]
        if not points or _near_any(p, points):
            continue
        near = _namesake_near(key, p, points, gaz)
        if near is None:
            continue
        town, anchor, km = near
        domestic = any(q.country_code == p.country_code for q in others)
        if domestic and _backers(town, points) < MIN_BACKERS:
            continue  # one place of the same country sets no focus (``focus_towns``)
        why = (
            f"a small town of that name {km:.0f} km from {anchor.name}, named in the text; "
            f"{p.name} ({p.country_code}) lies over {NEAR_KM:.0f} km from every place the "
            f"text names"
        )
        out = placed_instead(out, mentions, k, town, why)
    return out


def _open(m: Mention, p: Place, demonym_codes: Collection[str]) -> bool:
    """Whether ``m`` is a town read as its name's one big-enough candidate, and may move."""
    return (
        m.reason == _ONLY
        and p.kind == "city"
        and p.population < TOWN_YIELDS_BELOW
        and not is_capital(p)
        and p.country_code not in demonym_codes
        and p.lat is not None
    )


def _holds(q: Place, p: Place) -> bool:
    """Whether ``q`` is the country or the state ``p`` lies in."""
    if q.kind == "country":
        return q.country_code == p.country_code
    return q.kind == "admin1" and q.admin1 is not None and q.admin1 == p.admin1


def _backers(town: Place, points: list[Place]) -> int:
    """How many places of ``points``, by distinct names, lie within NEAR_KM of ``town``."""
    if town.lat is None or town.lon is None:
        return 0
    return len(
        {
            q.name
            for q in points
            if q.lat is not None
            and q.lon is not None
            and distance_km(town.lat, town.lon, q.lat, q.lon) <= NEAR_KM
        }
    )


def _near_any(p: Place, points: list[Place]) -> bool:
    """Whether ``p`` lies within NEAR_KM of one of ``points``."""
    if p.lat is None or p.lon is None:
        return True  # no point to be far with: the reading stays
    return any(
        distance_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_KM
        for q in points
        if q.lat is not None and q.lon is not None
    )


def _namesake_near(
    key: str, p: Place, points: list[Place], gaz: Gazetteer
) -> tuple[Place, Place, float] | None:
    """The small town of own name ``key`` (folded), not ``p``, nearest one of ``points``
    within NEAR_KM, with that point and the distance; None when none lies so near."""
    best: tuple[Place, Place, float] | None = None
    for c in gaz.lookup(key):
        if c.id == p.id or c.kind != "city" or not gaz.minor(c) or c.lat is None:
            continue
        if fold(c.name) != key or c.lon is None:
            continue  # by its own name only: an old or other-language name says less
        for q in points:
            if q.lat is None or q.lon is None:
                continue
            km = distance_km(c.lat, c.lon, q.lat, q.lon)
            if km <= NEAR_KM and (best is None or km < best[2]):
                best = (c, q, km)
    return best
