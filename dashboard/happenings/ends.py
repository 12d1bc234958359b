"""Two places of one act: a hand-over's two countries, and a drill's strait and its islands.

- **A hand-over** (CAMEO 1.1b3 §063 "engage in judicial cooperation", whose examples are
  extraditions and the surrender of a suspect to another state) is done by one state to
  another: the sending state is its source, the receiving one its target, and each outlet
  places it at its own end ("the United States extradited him to Peru" read at the United
  States, "he landed in Lima after the US handed him over" read at Peru), as a launch is
  placed at its launcher and where it came down (``two_ends``). Two §063 reports with
  the same named sender and receiver, each placed at one of the two and not the same one,
  are placed at one hand-over (``hand_over``); ``Report.cell`` files the report at the
  sender at the receiver's country, where the arrest and court hearing are told, so the two
  are compared and the reports told at the receiver stay in their own block. Another sender (Colombia and
  Mexico each sending a suspect to the United States that day) is another hand-over, and
  a deportation (§174, root 17) is never one.
- **A drill among islands** (CAMEO 15, exhibit force posture): naval exercises spread over a
  strait and its approaches, and one outlet names the waters ("drills in the strait") while
  another names the islands the ships sailed round. A report at a sea or strait of no
  country and one at a town or island within ``NEAR_WATER_KM`` of that water's box, both
  §15, dated to the same day and naming the same side as who acted, are one show of force
  (``near_water``). Only shows of force: a side's strike at a port and its strike at a ship
  in the sea beside it are two attacks (``rules._sided_at_sea`` keeps those apart).
"""

from __future__ import annotations

from dashboard.happenings.containment import POINT_KINDS, to_box_km
from dashboard.happenings.model import HAND_OVER_CODE, LAUNCH_ROOT, Report

HAND_OVER = 0.5  # the place part of a hand-over told at its two ends, as a launch's (TWO_ENDS)
# km from a strait's or sea's box to an island or town a drill in its approaches is told at:
# the approaches of a strait such as Hormuz reach ~150 km beyond its narrows, so 200 km
# (~108 nautical miles, about half an exclusive economic zone's 200 nmi) holds them
NEAR_WATER_KM = 200.0


def handed(r: Report) -> tuple[str, str] | None:
    """``(sender, receiver)`` of a hand-over (§063) naming both, two countries, else ``None``."""
    src, tgt = r.source_country, r.target_country
    if not r.code.startswith(HAND_OVER_CODE) or not src or not tgt or src == tgt:
        return None
    return src, tgt


def hand_over(a: Report, b: Report) -> str | None:
    """The reason two reports are placed at one hand-over's two ends (module doc), else ``None``.

    >>> from datetime import date
    >>> from dashboard.happenings.model import Spot
    >>> us = Spot("cc:US", "United States", "country", 39.8, -98.5, "US", None, 3)
    >>> pe = Spot("cc:PE", "Peru", "country", -10.0, -76.0, "PE", None, 3)
    >>> d = date(2023, 4, 23)
    >>> a = Report("e1", "a1", "06", d, d, 1, us, source_country="US", target_country="PE", code="063")
    >>> b = Report("e2", "a2", "06", d, d, 1, pe, source_country="US", target_country="PE", code="063")
    >>> hand_over(a, b)
    'United States and Peru: the two ends of one hand-over from US to PE'
    """
    ends, pa, pb = handed(a), a.place, b.place
    if ends is None or handed(b) != ends or pa is None or pb is None:
        return None
    if pa.country == pb.country or {pa.country, pb.country} != set(ends):
        return None
    return f"{pa.name} and {pb.name}: the two ends of one hand-over from {ends[0]} to {ends[1]}"


def two_ends(a: Report, b: Report) -> str | None:
    """Two reports of a missile launch by one country, one placed in the launcher's country and
    one where it was aimed or came down ("North Korea fired missiles" at North Korea, "sirens
    sounded on an island after a North Korean missile" in South Korea): a missile flies from
    one country to another and outlets place it at their own end, as a meeting is placed at
    each party's side (``meetings``). Both must name the launcher as who acted and be told as
    launches or neither way; a drill is held where it is, so an exercise never has two ends
    (``cues.show_kind``; ``rules.told_apart`` refuses a drill against a launch)."""
    pa, pb = a.place, b.place
    if a.root != LAUNCH_ROOT or b.root != LAUNCH_ROOT or pa is None or pb is None:
        return None
    side = a.source_country
    if side is None or b.source_country != side or "exercise" in (a.kind, b.kind):
        return None
    if side not in (pa.country, pb.country) or pa.country == pb.country:
        return None
    return f"{pa.name} and {pb.name}: the two ends of one launch by {side}"


def near_water(sea: Report, land: Report) -> bool:
    """Is ``land`` a town or island near ``sea``'s water where the same side's show of force
    was told that same day (module doc)?"""
    water, spot = sea.place, land.place
    if sea.root != LAUNCH_ROOT or land.root != LAUNCH_ROOT or water is None or spot is None:
        return False
    if "launch" in (sea.kind, land.kind) or water.bbox is None or spot.kind not in POINT_KINDS:
        return False  # a launch has its own two ends (``two_ends``)
    if spot.lat is None or spot.lon is None or spot.precision > 2:
        return False
    side = sea.source_country
    if side is None or land.source_country != side or not (sea.firm and land.firm):
        return False
    if (sea.start, sea.end) != (land.start, land.end):
        return False
    return to_box_km(spot.lat, spot.lon, water.bbox) <= NEAR_WATER_KM
