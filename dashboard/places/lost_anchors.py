"""A namesake placed only beside a neighbour that a later pass read elsewhere keeps no point.

The neighbour pass (``neighbours.py``) puts an ambiguous name at the namesake nearest
another place of the text, as the first pass read that place: "Avondale" beside "Decatur"
went to Illinois' Avondale while Decatur was Illinois' Decatur. Passes after it (a county
list, the text's focus state, a county and its town named together) may move the neighbour
itself, to Georgia's Decatur, and nothing then backs the first name's reading: its reason
("nearest namesake to Decatur, named in the text (255 km)") no longer holds. Where no
candidate of the name lies within the scorer's radius (161 km) of any place the text now
names, nothing in the text says which namesake it is, and the name keeps its span and its
candidates but no point: a confident wrong place is worse than none (the developers'
guide). One with a candidate near the places as they now stand is left to the passes that
read it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold
from dashboard.places.proximity import CLOSE_KM, POINT_KINDS

_ANCHORED = re.compile(r"nearest namesake to (.+?), named in the text \((\d+) km\)")


def lost_anchors(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each one placed as the nearest namesake of a neighbour that no
    longer lies where it did (see the module) unplaced: ``place`` None, score 0, its
    candidates kept and a reason that says why. Unchanged when no reading lost its anchor."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or not m.reason.startswith("nearest namesake to "):
            continue
        hit = _ANCHORED.match(m.reason)
        if hit is None or _anchored(m, p, hit.group(1), float(hit.group(2)), mentions):
            continue
        if _backed(m, mentions, gaz):
            continue
        if out is mentions:
            out = list(mentions)
        why = (
            f"{m.reason.split(';')[0]}, but {hit.group(1)} was read elsewhere after: "
            "no place of the text lies near any namesake, so no point"
        )
        out[k] = replace(m, place=None, score=0.0, reason=why)
    if out is mentions:
        return out
    return _landmarks_of(out, mentions)


def _landmarks_of(out: list[Mention], before: list[Mention]) -> list[Mention]:
    """``out`` with each landmark placed at a town that lost its point here ("X Road"
    placed at Twin Lakes) unplaced too: it had no point but the town's."""
    lost = {
        (p.name, p.lat, p.lon)
        for m, was in zip(out, before, strict=True)
        if m.place is None and (p := was.place) is not None
    }
    for k, m in enumerate(out):
        p = m.place
        if p is None or p.kind != "landmark" or "named with its town: placed at " not in m.reason:
            continue
        town = m.reason.rsplit("placed at ", 1)[1]
        if (town, p.lat, p.lon) in lost:
            why = f"{m.reason}, which lost its point: no point"
            out[k] = replace(m, place=None, score=0.0, reason=why)
    return out


def _anchored(m: Mention, p: Place, anchor: str, km: float, mentions: list[Mention]) -> bool:
    """A place named ``anchor`` still lies within ``km`` (+1, the reason's rounding) of
    ``p`` among the text's other readings."""
    if p.lat is None or p.lon is None:
        return True  # no point to judge: leave it
    for x in mentions:
        q = x.place
        if x is m or q is None or q.name != anchor or q.lat is None or q.lon is None:
            continue
        if distance_km(p.lat, p.lon, q.lat, q.lon) <= km + 1.0:
            return True
    return False


def _backed(m: Mention, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """One of ``m``'s candidates lies within 161 km of a town, county or landmark the text
    names under another name (a landmark placed at ``m``'s own town backs nothing)."""
    key = fold(m.text)
    points = [
        (q.lat, q.lon)
        for x in mentions
        if (q := x.place) is not None
        and q.kind in POINT_KINDS
        and q.lat is not None
        and q.lon is not None
        and fold(x.text) != key
        and not (m.place is not None and q.lat == m.place.lat and q.lon == m.place.lon)
    ]
    for pid, _ in m.candidates:
        c = gaz.get(pid)
        if c is None or c.lat is None or c.lon is None:
            continue
        if any(distance_km(c.lat, c.lon, a, b) <= CLOSE_KM for a, b in points):
            return True
    return False
