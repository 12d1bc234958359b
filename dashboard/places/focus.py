"""The state a text names most: its geographic focus, which shapes its ambiguous names.

A text that names one first-level division again and again is about that division (the
document's focus, from the frequency of its mentions: Amitay et al. 2004, "Web-a-Where:
geotagging web content", SIGIR). A town or county that context alone chose in another
division it names only once ("Clinton" in a report on Indiana's counties that names Illinois
once) moves to its namesake in the focus, as one sense per discourse moves a repeated name.
"""

from __future__ import annotations

from dashboard.model import Mention, Place
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import name_key
from dashboard.places.pairs import moved_to

FOCUS_MIN = 3  # the focus is named this many times at least ...
FOCUS_RATIO = 2  # ... and this many times as often as any other division
_KEEPS = 100_000  # a city this big keeps its reading, as pairs.home_state's
# readings that context alone chose; explicit patterns and a name's one candidate are not
_CONTEXT_ONLY = ("population", "nearest namesake", "admin2 prior")


def focus_of(mentions: list[Mention]) -> str | None:
    """The ISO 3166-2 code of the division the text names ``FOCUS_MIN`` times or more and
    ``FOCUS_RATIO`` times as often as any other, or None.

    Only mentions resolved to a first-level division count ("Indiana", "Ind.")."""
    counts: dict[str, int] = {}
    for m in mentions:
        p = m.place
        if p is not None and p.kind == "admin1" and p.admin1:
            counts[p.admin1] = counts.get(p.admin1, 0) + 1
    return dominant(counts, FOCUS_MIN, FOCUS_RATIO)


def dominant(counts: dict[str, int], least: int, ratio: int) -> str | None:
    """The key of ``counts`` counted ``least`` times or more and ``ratio`` times as often
    as any other key, or None (the shared test of ``focus_of`` and ``joint_state``)."""
    if not counts:
        return None
    top = max(counts, key=counts.__getitem__)
    n = counts[top]
    if n < least or any(ratio * c > n for key, c in counts.items() if key != top):
        return None
    return top


def focus_state(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each town or county that context alone placed outside the focus
    division (``focus_of``) moved to its namesake of the same kind there, the biggest if
    several; a city of 100,000 or more stays. Unchanged when the text has no focus."""
    focus = focus_of(mentions)
    if focus is None:
        return mentions
    out = mentions
    moved: dict[tuple[str, str], Place | None] = {}
    for k, m in enumerate(mentions):
        p = m.place
        if (
            p is None
            or p.kind not in ("city", "admin2")
            or p.admin1 == focus
            or not m.reason.startswith(_CONTEXT_ONLY)
            or (p.kind == "city" and p.population >= _KEEPS)
        ):
            continue
        key = (name_key(m.text), p.kind)
        if key not in moved:
            there = [
                q
                for q in gaz.places_of(gaz.index.get(key[0], ()))
                if q.kind == p.kind and q.admin1 == focus
            ]
            moved[key] = max(there, key=lambda q: q.population) if there else None
        place = moved[key]
        if place is None:
            continue
        if out is mentions:
            out = list(mentions)
        why = f"in {focus}, the division the text names most (its focus)"
        out[k] = moved_to(m, place, why)
    return out
