"""Counties named together lie in one state: the state that holds them all.

US county names repeat across states (30 states have a Washington County, 24 a Jackson
County), and a text that names a county without its state gives the resolver nothing but the
kind's prior, so the first namesake won. Local news names the counties of one area, so where
a text names several counties and one state holds a county of each name, each county the
prior alone chose is that state's ("Hall County ... Forsyth County": Georgia holds both,
Nebraska and North Carolina one each). Texts that name their state already place their
counties by it; this pass touches only counties chosen by the prior, or placed only as the
nearest namesake of such a county.

Where several states hold a county of every name, the one state whose counties of those
names lie within ``NEIGHBOUR_KM`` of each other (neighbouring counties) is the area the text
is about ("Henry County ... Washington County": ten states hold both; Iowa's points lie 39
km apart, the next nearest pair, Kentucky's, 76 km).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.names import fold

PRIOR_ONLY = "admin2 prior"  # how score() begins the reason of a county chosen by its kind alone
# what score() may add to that reason without the text placing the county in a state: the
# country, and "near X" (a place within 300 km, weaker than a county of each name in a state)
_NO_PLACE = ("in the document's main country", "beat ", "US is named in the text", "near ")
# the farthest pair of a text's county points for them to count as neighbours: a US county
# is ~51 km across on average (the 50 states' 9.1 million km2 over 3,143 counties, Census
# Bureau figures), so two adjacent counties' points lie about that far apart
NEIGHBOUR_KM = 60.0
_ANCHORED = "nearest namesake to "  # placed only beside another ambiguous name (neighbours.py)


def counties_together(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each county chosen by the prior alone moved to the one state that
    holds a county of every county name the text gives (at least two names), with the reason.
    Unchanged when no such state exists or more than one does, when the text placed
    another of its counties (by "X, Y", a town, its state) in another state, or when it
    names US states and not that one. A mention resolved to the
    moved county by another name ("DeKalb" after "DeKalb County") moves with it."""
    counties = [m for m in mentions if m.place is not None and m.place.kind == "admin2"]
    names = {fold(m.place.name) for m in counties if m.place is not None}
    if len(names) < 2 or not any(_by_prior(m) for m in counties):
        return mentions  # the common case: one county or none, or all placed by the text
    by_name = {key: _namesakes(gaz, key) for key in names}
    holds = Counter(state for found in by_name.values() for state in found)
    every = [state for state, n in holds.items() if n == len(names)]
    which = "with a county of each name"
    if len(every) > 1:
        every = [s for s in every if _spread([by_name[k][s] for k in names]) <= NEIGHBOUR_KM]
        which = "whose counties of the names are neighbours, of those with each"
    if len(every) != 1:
        return mentions
    state = every[0]
    by_prior = {m.place.id for m in counties if m.place and _by_prior(m)}
    placed = {m.place.admin1 for m in counties if m.place and m.place.id not in by_prior}
    if placed - {state}:
        return mentions  # the text put one of its counties in another state itself
    named = {
        m.place.admin1
        for m in mentions
        if m.place and m.place.kind == "admin1" and m.place.country_code == "US"
    }
    if named and state not in named:
        return mentions  # the text names its states, and not this one
    moved: dict[str, Place] = {}
    for m in counties:
        p = m.place
        if p is not None and _by_prior(m) and p.admin1 != state:
            moved[p.id] = by_name[fold(p.name)][state]
    if not moved:
        return mentions
    others = sorted(names)
    out = []
    for m in mentions:
        new = moved.get(m.place.id) if m.place is not None else None
        if new is None:
            out.append(m)
            continue
        why = (
            f"the one state ({state}) {which} the text gives "
            f"({', '.join(others)}); beat {len(m.candidates) - 1} other candidate(s)"
        )
        out.append(replace(m, place=new, reason=why))
    return out


def _by_prior(m: Mention) -> bool:
    """Whether the county of ``m`` was chosen by the kind's prior with no state behind it:
    no named state, "X, Y" or dateline added to its reason (see ``_NO_PLACE``), or only as
    the nearest namesake of another name (which a county by the prior may be)."""
    head, *rest = m.reason.split("; ")
    if head.startswith(_ANCHORED):
        return True
    return head == PRIOR_ONLY and all(part.startswith(_NO_PLACE) for part in rest)


def _spread(places: list[Place]) -> float:
    """The greatest distance in km between two of ``places`` (inf when one has no point)."""
    if any(p.lat is None or p.lon is None for p in places):
        return float("inf")
    return max(
        (
            distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            for i, a in enumerate(places)
            for b in places[i + 1 :]
        ),
        default=0.0,
    )


def _namesakes(gaz: Gazetteer, key: str) -> dict[str, Place]:
    """State code -> that state's US county whose folded name is ``key``."""
    found: dict[str, Place] = {}
    for p in gaz.lookup(key):
        if p.kind == "admin2" and p.country_code == "US" and p.admin1 and fold(p.name) == key:
            found.setdefault(p.admin1, p)
    return found
