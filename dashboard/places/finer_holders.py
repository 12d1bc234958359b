"""A town the text puts in a province, district or island: the namesake there wins.

``placing`` moves "X, Y" and "the village of X in Y" into Y where Y is a first-level
division or a country. A second-level division ("Calamba, Misamis Occidental", the AP
Stylebook's "city, province" dateline of the Philippines), a curated region ("the village
of X in the Kurram district") or an island ("the town of X on the island of Mindanao") says
the same: the town lies inside it. GeoNames gives every town its first-level code, and a
second-level division's point lies within its province, so the namesake inside is found by
the division's code and distance; a region's or island's by its box. Where the gazetteer
holds no namesake inside and the text calls X a village or town of another country than
the one it resolved to, X is placed at the holder's point (geo precision 2 under a
district, as ``told_within.placed_at`` gives), as ``placing`` does under a division.
"""

from __future__ import annotations

import re

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.told_within import placed_at, placed_instead

_HOLDER_KINDS = frozenset({"admin2", "region"})
# "X, Y", "X in (the) Y", "X in northern Y", "X on the island of Y", "X on Y"
_GAP = re.compile(
    r",\s+|,? (?:in|on) (?:the )?(?:island of )?"
    r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)? )?"
    r"(?:the )?"
)
# the text's own word for a settlement before the name ("the village of X")
_SETTLEMENT_OF = re.compile(r"\b(?:village|hamlet|settlement|town)s?\s+of\s+$", re.IGNORECASE)
_DIVISION_REACH_KM = 120.0  # a second-level division's towns lie this near its point
_BOX_MARGIN = 0.2  # degrees round a region's or island's box: its coast towns


def _inside(town: Place, holder: Place) -> bool:
    """Whether ``town`` lies in ``holder``: in its box, or (a second-level division, which
    has a point only) in its first-level division and near its point."""
    if town.lat is None or town.lon is None or holder.lat is None or holder.lon is None:
        return False
    if holder.country_code and town.country_code != holder.country_code:
        return False
    if holder.bbox is not None:
        w, s, e, n = holder.bbox
        m = _BOX_MARGIN
        return w - m <= town.lon <= e + m and s - m <= town.lat <= n + m
    if holder.kind != "admin2" or (holder.admin1 and town.admin1 != holder.admin1):
        return False
    return distance_km(town.lat, town.lon, holder.lat, holder.lon) <= _DIVISION_REACH_KM


def _namesake_inside(name: str, holder: Place, gaz: Gazetteer) -> Place | None:
    """The town named ``name`` nearest ``holder``'s point among those inside it, or None."""
    inside = [p for p in gaz.lookup(name) if p.kind == "city" and _inside(p, holder)]
    if not inside:
        return None
    lat, lon = holder.lat, holder.lon
    assert lat is not None  # _inside checked both
    assert lon is not None
    return min(inside, key=lambda p: distance_km(p.lat or 0.0, p.lon or 0.0, lat, lon))


def finer_holders(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town the text puts in a second-level division, region or
    island that does not hold it moved to the namesake that lies inside (see the module)."""
    out = mentions
    for k in range(len(mentions) - 1):
        m, y = mentions[k], mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or p.kind != "city" or q.kind not in _HOLDER_KINDS:
            continue  # the common case
        if q.lat is None or _GAP.fullmatch(text, m.end, y.start) is None or _inside(p, q):
            continue
        town = _namesake_inside(m.text, q, gaz)
        if town is not None:
            why = f"'{text[m.start : y.end]}' puts it in {q.name}: the {town.name} there"
            out = placed_instead(out, mentions, k, town, why)
        elif p.country_code != q.country_code and _SETTLEMENT_OF.search(
            text, max(0, m.start - 30), m.start
        ):
            why = (
                f"'{text[m.start : y.end]}' puts it in {q.name}, where the gazetteer has no "
                f"place of that name (not {p.name}, {p.country_code}); placed at {q.name}"
            )
            out = placed_instead(out, mentions, k, placed_at(m.text, q, "city"), why)
    return out
