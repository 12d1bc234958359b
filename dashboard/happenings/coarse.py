"""A report placed only at a wide area, on a day its block holds two acts at two places in it.

"Russia hit Ukraine's largest children's hospital with a missile yesterday" is read at Ukraine:
the country holds every town of it, so the place part matches the report with the Kyiv strike
of that day and with the Kryvyi Rih strike of that day alike, and the date and the side (one
attacker, one day) do too. The grouping takes reports in id order, so such a report joins
whichever of the two it meets first, or seeds it and lets the other city's reports join it: a
false merge on either side (sets X and AI: a Russian wave that hit two cities on one day).
ACLED codes one event per location (Codebook 2023, "one event, one location"): a report whose
place holds both locations cannot say which of the two it tells, as a week-dated report whose
week holds two happenings cannot (``grouping._both_inside``), so it joins neither.

After a block is grouped (``grouping._unmix``), a member ``r`` of a happening ``h`` is
**ambiguous** when:

- its place is a wide area (``WIDE``: ACLED's geo precision 3, a region or a country) and
  every member of ``h`` from another article is placed at a smaller place inside it (a town,
  a province: ``containment.contains``);
- another happening ``g`` of the block, of at least one other article, would take ``r``
  (``grouping._join``: complete link, no part refusing), and every member of ``g`` is placed
  inside the area too;
- the two happenings are at two places: no member of ``h`` but ``r`` matches any member of
  ``g`` on place (``rules.place_part``), so they are two acts the area holds, not one act
  told at two granularities.

Such a report is taken out of ``h`` and stands alone, with a reason that names the two places.
A report at a wide area on a day with one act in it (Fico shot in Handlová, "in Slovakia")
joins as before; and so does one whose area holds only one of the two places (a province).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from dashboard.happenings.containment import contains
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import place_part

WIDE = 3  # ACLED's geo precision of a region or a country (``model``)


def is_wide(r: Report) -> bool:
    """Is the report placed only at a region or a country (``WIDE``)?"""
    return r.place is not None and r.place.precision >= WIDE


def finer(members: Sequence[Report], r: Report) -> bool:
    """Is every member of another article placed inside ``r``'s area, at a smaller place (a
    town in its country, a province of it: ``containment.contains``)?"""
    others = [m for m in members if m.article_id != r.article_id]
    area = r.place
    if area is None or not others:
        return False
    return all(m.place is not None and contains(area, m.place) for m in others)


def apart(one: Sequence[Report], other: Sequence[Report]) -> bool:
    """Are the two groups at two places: no report of one matches one of the other on place?"""
    return all(place_part(a, b) is None for a in one for b in other)


def ambiguous(
    r: Report,
    members: Sequence[Report],
    rivals: Iterable[tuple[Sequence[Report], Callable[[], Match | None]]],
) -> str | None:
    """Why ``r`` (a member of the happening of ``members``) joins neither of two happenings
    (module doc), or ``None`` when it is not ambiguous. ``rivals`` are the block's other
    happenings near ``r``, each with ``r``'s complete-link join to it (called last: it costs).
    """
    if not is_wide(r):
        return None
    rest = [m for m in members if m.event_id != r.event_id]
    if not finer(rest, r):
        return None
    for rival, takes in rivals:
        if not finer(rival, r) or not apart(rest, rival) or takes() is None:
            continue
        here = _names(rest)
        there = _names(rival)
        name = r.place.name if r.place else "?"
        return (
            f"placed at {name} only, which holds both {here} and {there}, two acts of that "
            "day: it could tell either, so it joins neither"
        )
    return None


def _names(members: Sequence[Report]) -> str:
    return " / ".join(sorted({m.place.name for m in members if m.place is not None}))
