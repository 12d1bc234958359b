"""The compass parts of a country a wide report tells its act in, which a town may lie outside.

"Strikes across southern and eastern Lebanon killed 492 people" is placed at Lebanon (ACLED's
geo precision 3): the country holds every town of it, so the place part matches the report
with a strike on Beirut of that day (``containment.contains``), and the side and the day do
too. The sentence says more than the place does: the act was in the south and the east, and
Beirut lies in neither. ACLED codes an event told only for a part of a country at that part's
representative location (Codebook 2023, geography: "northern Mali" is coded to a point in the
north, precision 3), not anywhere in the country.

A **part** is a compass adjective of ``data/lexicon/compass_parts.csv`` ("southern",
"north-eastern") before the report's own place name, alone or in a list ("southern and eastern
Lebanon"). Its extent is the matching half of the place's box (the north half of its
latitudes, the east half of its longitudes; a diagonal part both): the dictionary sense, the
part lying to that side, with no line drawn finer than the middle. A report at a town (geo
precision 1 or 2) of that country whose point lies outside every part told is another act
(``other_part``), unless the wide report's sentences name the town too ("across southern
Lebanon and in Beirut"). Two parts or more only (``PARTS``): a list of parts tells the act as
a wave over them. A place with no box, a report naming no part, a town with no point:
nothing is refused. Only acts of force are read (CAMEO roots 18-20: a strike told across a
country's south is many strikes there, not one in its capital).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.happenings.model import Report, Spot

WIDE = 3  # ACLED's geo precision of a region or a country (``model``)
# parts a wide report must tell for a town outside them to be another act: a list of parts
# ("across southern and eastern Lebanon") tells a wave over the country; a report told in one
# part ("in south-western Pakistan") is left to ``coarse``, which keeps it from two towns of
# its day (set BH: told in one part, bh31 joined its own town's bombing, and a second
# report's card with no place of its own followed it there, precision 1 -> .925)
PARTS = 2
_NONE: frozenset[str] = frozenset()


@cache
def _halves() -> dict[str, str]:
    """Compass adjective (casefolded) -> the halves it names ("n", "se")."""
    return {
        r["word"].casefold(): r["half"] for r in sourced_rows("compass_parts.csv", "word", "half")
    }


@cache
def _list_of_parts(name: str) -> re.Pattern[str]:
    """ "southern and eastern <name>", "northern, western <name>" before the place's name."""
    word = "|".join(sorted(map(re.escape, _halves()), key=len, reverse=True))
    return re.compile(
        rf"\b((?:{word})(?:\s*(?:,|and|or|,\s*and)\s*(?:{word}))*)\s+{re.escape(name)}\b",
        re.IGNORECASE,
    )


def told_parts(texts: Iterable[str], place: Spot | None) -> frozenset[str]:
    """The halves ("s", "e", "ne") a wide report's sentences tell its act in, before its place's
    own name; empty for a place that is no region or country or has no box.

    >>> box = (35.1, 33.1, 36.6, 34.6)
    >>> lb = Spot("cc:LB", "Lebanon", "country", 33.8, 35.8, "LB", None, 3, box)
    >>> sorted(told_parts(["Strikes across southern and eastern Lebanon killed 492."], lb))
    ['e', 's']
    >>> told_parts(["Strikes across Lebanon killed 492 people."], lb)
    frozenset()
    """
    if place is None or place.precision < WIDE or place.bbox is None:
        return _NONE
    found = {
        _halves()[w.casefold()]
        for t in texts
        if t
        for m in _list_of_parts(place.name).finditer(t)
        for w in re.findall(r"[\w-]+", m.group(1))
        if w.casefold() in _halves()
    }
    return frozenset(found) if found else _NONE


def outside(parts: frozenset[str], box: tuple[float, float, float, float], town: Spot) -> bool:
    """Does ``town`` lie outside every half of ``box`` (west, south, east, north) named?

    >>> box = (35.1, 33.1, 36.6, 34.6)
    >>> beirut = Spot("gn:276781", "Beirut", "city", 33.89, 35.5, "LB", None, 1)
    >>> outside(frozenset({"s", "e"}), box, beirut), outside(frozenset({"w"}), box, beirut)
    (True, False)
    """
    if town.lat is None or town.lon is None:
        return False
    west, south, east, north = box
    mid_lat, mid_lon = (south + north) / 2, (west + east) / 2
    sides = {
        "n": town.lat >= mid_lat,
        "s": town.lat <= mid_lat,
        "e": town.lon >= mid_lon,
        "w": town.lon <= mid_lon,
    }
    return not any(all(sides[h] for h in part) for part in parts)


def other_part(a: Report, b: Report) -> bool:
    """Is one of two reports told in compass parts of its country that the other's town lies
    outside (``told_parts``, ``outside``), the wide one not naming that town?"""
    return _outside(a, b) or _outside(b, a)


def _outside(wide: Report, town: Report) -> bool:
    w, t = wide.place, town.place
    if len(wide.parts) < PARTS or w is None or w.bbox is None or t is None or t.precision >= WIDE:
        return False
    if t.country != w.country or t.id in wide.named:
        return False
    return outside(wide.parts, w.bbox, t)
