"""A strait and a sea it opens into: one area of water for the merge (``rules.place_part``).

An outlet names where a ship was taken or struck by the water it knows best, and the limit
between two seas is drawn across the strait between them: IHO S-23 (*Limits of Oceans and
Seas*, 3rd ed. 1953) runs the Persian Gulf's limit with the Gulf of Oman across the Strait of
Hormuz, the Red Sea's with the Gulf of Aden across Bab-el-Mandeb. So "seized the tanker near
the Strait of Hormuz" and "seized in the Gulf of Oman" can tell one seizure, as a town and its
province do ashore (``containment.contains``). The pairs are data, a source on every row
(``data/gazetteer/strait_waters.csv``: ``strait,water,source``, ids of ``regions.csv``).

The link is at sea only and narrow, because precision comes first:

- a strait and one sea it opens into, never the two seas on either side of it: the Red Sea
  and the Gulf of Aden stay two places, and the grouping's complete link keeps a happening
  that holds one of them from taking the other through a strait report;
- an act that happens at one spot, a ship taken (``SEIZURE``) or an attack (CAMEO 18-20), or
  a disaster (a wreck). Not a show of force (CAMEO 15): a drill covers an area, and drills in
  two named seas on one day are often two drills;
- an act needs a shared side (an actor or an actor country in both), as across a shore
  (``rules._sided_at_sea``), but a ship taken told by one outlet with its taker and by the
  other with no taker at all (only the ship or its flag) holds too (``_one_taker``); a
  disaster has no sides.

Every other test (type, dates, actors, ``cues``) must still pass, and the place scores
``STRAIT_WATERS``, below "inside" (0.7) and above a sea and its shore (0.5).
"""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.happenings.model import TAKEN_ROOT, Report
from dashboard.happenings.shores import SEA_KINDS
from dashboard.paths import data_dir

STRAIT_WATERS = 0.6
# the types a link through a strait holds for: a ship taken (merged as 17, ``rules.SEIZURE``)
# and the three roots of violence (``rules.FAMILIES``); disasters are ``DIS-`` codes
AT_ONE_SPOT = frozenset({"17", "18", "19", "20"})
_ID = "rg:"  # the gazetteer's prefix of ``regions.csv`` ids


@lru_cache(maxsize=1)
def strait_waters() -> dict[str, frozenset[str]]:
    """Strait place id -> the ids of the seas it opens into (``rg:`` ids), from
    ``strait_waters.csv``. Raises ``FileNotFoundError`` or ``KeyError`` on a missing file or
    column."""
    out: dict[str, set[str]] = {}
    with (data_dir() / "gazetteer" / "strait_waters.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(_ID + row["strait"], set()).add(_ID + row["water"])
    return {strait: frozenset(waters) for strait, waters in out.items()}


def linked_waters(place_id: str) -> tuple[str, ...]:
    """The ids of the places a strait or a sea is linked to: a strait's seas, or the straits
    opening into a sea (the cells the store looks up beside a sea's own)."""
    table = strait_waters()
    linked = set(table.get(place_id, ())) | {s for s, ws in table.items() if place_id in ws}
    return tuple(sorted(linked))


def one_water(a: Report, b: Report) -> str | None:
    """Why ``a`` and ``b`` are one area of water (a strait and a sea it opens into, a type
    told at one spot, a shared side unless a disaster), or ``None``.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> hormuz = Spot("rg:strait-of-hormuz", "Strait of Hormuz", "sea", 26.6, 56.6, None, None, 3)
    >>> oman = Spot("rg:gulf-of-oman", "Gulf of Oman", "sea", 24.5, 58.5, None, None, 3)
    >>> day, iran = date(2024, 1, 6), frozenset({"IR"})
    >>> r1 = Report("e1", "a1", "17", day, day, 1, hormuz, countries=iran)
    >>> one_water(r1, Report("e2", "a2", "17", day, day, 1, oman, countries=iran))
    'the Strait of Hormuz opens into the Gulf of Oman'
    """
    pa, pb = a.place, b.place
    if pa is None or pb is None or pa.kind not in SEA_KINDS or pb.kind not in SEA_KINDS:
        return None
    table = strait_waters()
    for strait, water in ((pa, pb), (pb, pa)):
        if water.id in table.get(strait.id, ()):
            break
    else:
        return None
    if not _at_one_spot(a, b):
        return None
    return f"the {strait.name} opens into the {water.name}"


def _at_one_spot(a: Report, b: Report) -> bool:
    if a.root.startswith("DIS-") and a.root == b.root:
        return True  # a disaster has no sides: the type and the dates tie it
    if a.root not in AT_ONE_SPOT or b.root not in AT_ONE_SPOT:
        return False
    return bool(a.countries & b.countries or a.actors & b.actors) or _one_taker(a, b)


def _one_taker(a: Report, b: Report) -> bool:
    """A ship taken (``TAKEN_ROOT``, one of the two read as a vessel taken: ``Report.taken``)
    that one report tells with its taker and the other with none, only the ship or its flag
    ("Guards forces boarded a Portuguese-flagged freighter"): an outlet near the ship's owner
    names the ship, one near the taker names the taker, and the flag is no side of the act
    (UNCLOS art. 91: a ship has its flag state's nationality, not its taker's). The actors must
    still not contradict (``rules.actor_part``), and the dates still decide: two seizures in
    one strait on two days stay apart."""
    if a.root != TAKEN_ROOT or b.root != TAKEN_ROOT or not (a.taken or b.taken):
        return False
    return (a.source_country is None) != (b.source_country is None)
