"""A name placed abroad by its size alone, in a text whose every other place lies in one
country that holds a namesake of it beside those places: that namesake.

"Farmers protested in Mérida on Tuesday. Tractors also blocked roads around Seville and
Córdoba" chose Mérida in Mexico (1.2 million people) over Mérida in Extremadura, 190 km
from Seville: the first pass weighs each name alone, and the neighbour pass reconsiders only
a winner holding under ``neighbours.RECONSIDER_BELOW`` of its candidates' mass, which a
city that large holds. One sense per discourse (Gale, Church and Yarowsky 1992) and the
minimality heuristic of toponym resolution (Leidner 2007, "Toponym Resolution in Text",
4.3: prefer the reading that spans the fewest countries, the one nearest the text's other
places) both read it in the text's one country.

So a town or division chosen by its size or its kind's prior alone (no container, no
dateline, no state named: ``_SIZE_ONLY``) moves when the text names at least
``MIN_OTHER_NAMES`` other names, all placed in one other country, and a namesake in that
country lies within ``proximity.NEAR_KM`` (300 km) of one of their points: the nearest
such namesake. A national capital keeps its reading (news names "Paris" or "Lima" from
anywhere: ``world_cities``), and so does a name whose country the text calls by its
demonym ("a Mexican city").
"""

from __future__ import annotations

from collections.abc import Collection

from dashboard.model import Mention, Place
from dashboard.places.capitals import is_capital
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.proximity import NEAR_KM, POINT_KINDS
from dashboard.places.told_within import placed_instead

# a place of the text with a point: (lat, lon, the place)
_Point = tuple[float, float, Place]

# the reasons (``choice._reason``) that say only how big or what kind the winner is
_SIZE_ONLY = ("population ", "admin1 prior", "admin2 prior")
# the kinds a size-only reading can give a name that a namesake beside the text may take
_MOVABLE = frozenset({"city", "admin1", "admin2"})
# the evidence for the text's one country: two names, not one (a lone "Seville" beside
# "Mérida" is as likely a comparison as a neighbour)
MIN_OTHER_NAMES = 2


def one_country_namesakes(
    mentions: list[Mention], demonym_codes: Collection[str], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each size-only reading abroad moved to its namesake beside the
    text's one country's places (see the module); the list itself when none moves."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if not _open(m, p, demonym_codes):
            continue
        assert p is not None  # _open refuses a mention with no place
        code, points = _one_other_country(mentions, fold(m.text))
        if code is None or code == p.country_code:
            continue
        near = _namesake_near(m.text, code, points, gaz)
        if near is None:
            continue
        place, anchor, km = near
        why = (
            f"every other place of the text lies in {code}: '{m.text}' is its namesake "
            f"{km:.0f} km from {anchor.name}, not {p.name} ({p.country_code}) by size"
        )
        out = placed_instead(out, mentions, k, place, why)
    return out


def _open(m: Mention, p: Place | None, demonym_codes: Collection[str]) -> bool:
    """Whether ``m``'s reading rests on its size alone, abroad, and may move."""
    return (
        p is not None
        and p.kind in _MOVABLE
        and p.country_code is not None
        and m.reason.startswith(_SIZE_ONLY)
        and p.country_code not in demonym_codes
        and not is_capital(p)
    )


def _one_other_country(mentions: list[Mention], key: str) -> tuple[str | None, list[_Point]]:
    """The one country code of every place the text names under another name than ``key``
    (None when they lie in more than one, or fewer than ``MIN_OTHER_NAMES`` names), with
    those places that are points."""
    codes: set[str | None] = set()
    names: set[str] = set()
    points: list[_Point] = []
    for x in mentions:
        q = x.place
        name = fold(x.text)
        if q is None or name == key:
            continue
        codes.add(q.country_code)
        names.add(name)
        if q.kind in POINT_KINDS and q.lat is not None and q.lon is not None:
            points.append((q.lat, q.lon, q))
    if len(codes) != 1 or len(names) < MIN_OTHER_NAMES:
        return None, []
    return codes.pop(), points


def _namesake_near(
    name: str, code: str, points: list[_Point], gaz: Gazetteer
) -> tuple[Place, Place, float] | None:
    """The namesake of ``name`` in ``code`` nearest one of ``points`` within NEAR_KM, with
    that point and the distance; None when none lies so near."""
    best: tuple[Place, Place, float] | None = None
    for c in gaz.lookup(name):
        if c.country_code != code or c.kind not in _MOVABLE or c.lat is None or c.lon is None:
            continue
        for lat, lon, q in points:
            km = distance_km(c.lat, c.lon, lat, lon)
            if km <= NEAR_KM and (best is None or km < best[2]):
                best = (c, q, km)
    return best
