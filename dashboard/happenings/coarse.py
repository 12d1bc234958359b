"""A report placed only at a wide area, on a day its block holds two acts at two places in it.

"Russia hit Ukraine's largest children's hospital with a missile yesterday" is read at Ukraine:
the country holds every town of it, so the place part matches the report with the Kyiv strike
of that day and with the Kryvyi Rih strike of that day alike, and the date and the side (one
attacker, one day) do too. The grouping takes reports in id order, so such a report joins
whichever of the two it meets first, or seeds it and lets the other city's reports join it: a
false merge on either side (sets X and AI: a Russian wave that hit two cities on one day).
ACLED codes each event at one location, and an act across several as one event per location
(Codebook 2023, geography): a report whose
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
  told at two granularities; an event of ``r``'s own article placed only by a place named
  near its act (``Spot.inferred``: "the bomber detonated his explosives" after its lead)
  fits ``g`` as ``r`` does and says nothing of two places, so it is not counted;
- neither happening is placed only by places named near its act, not at it (``_near_only``:
  ``Spot.inferred``), which tell no second act's place;
- ``r`` does not name a kind of site struck that ``h``'s other reports name and ``g``'s do not
  (``struck_sites``: "one of them hit the country's largest children's hospital", told at the
  country, with the hospital's own reports at Kyiv and another city's strike of an apartment
  block: the site says which, as a ship's name does at sea, ``cues.ship_names``).

Such a report is taken out of ``h`` and stands alone, with a reason that names the two places.
An act told at sea ("an attack off Yemen", a ship named) is left to the sea's rules: the
country is the coast it happened off, not an area holding it (``at_sea``). A report at a wide
area on a day with one act in it (Fico shot in Handlová, "in Slovakia") joins as before; and
so does one whose area holds only one of the two places (a province).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from dashboard.happenings.containment import contains
from dashboard.happenings.means import cue_patterns
from dashboard.happenings.model import Match, Report
from dashboard.happenings.rules import place_part

WIDE = 3  # ACLED's geo precision of a region or a country (``model``)
_NONE: frozenset[str] = frozenset()


def struck_sites(texts: Iterable[str]) -> frozenset[str]:
    """The kinds of site an act of force's clause and sentences name as struck.

    >>> sorted(struck_sites(["Russia struck Ukraine, and one missile hit a children's hospital"]))
    ['hospital']
    >>> struck_sites(["Missiles hit the city of Kharkiv"])
    frozenset()
    """
    found = {
        k
        for k, pattern in cue_patterns("struck_sites.csv", "site")
        for t in texts
        if t and pattern.search(t)
    }
    return frozenset(found) if found else _NONE


def is_wide(r: Report) -> bool:
    """Is the report placed only at a region or a country (``WIDE``)?"""
    return r.place is not None and r.place.precision >= WIDE


def at_sea(r: Report) -> bool:
    """Is the act told at sea: off a coast, on a named ship, or at a sea's port (``cues``)? A
    country named as the coast an act happened off is no area holding it: the sea's own rules
    (ships' names, ``grouping._ashore``) say which act it is."""
    return r.offshore or bool(r.ships) or r.sea_port


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
    if not is_wide(r) or at_sea(r):
        return None
    rest = [m for m in members if m.event_id != r.event_id]
    if not finer(rest, r):
        return None
    if _near_only(rest, r):
        return None  # its happening's other places are only named near the act: no second place
    # in a fixed order (by each rival's first report), so the reason names the same rival
    # whether the block was swept by date or looked up by key (``grouping.CROWD``)
    ordered = sorted(rivals, key=lambda rt: min((m.event_id for m in rt[0]), default=""))
    for rival, takes in ordered:
        if _near_only(rival, r):
            continue
        # an event of ``r``'s own article placed only near its act (``Spot.inferred``) fits
        # the rival as ``r`` does, and says nothing of two places
        others = [m for m in rest if m.article_id != r.article_id or not _near(m)]
        if _told_by_site(r, rest, rival) or not finer(rival, r) or not apart(others, rival):
            continue
        if takes() is None:
            continue
        here = _names(others)
        there = _names(rival)
        name = r.place.name if r.place else "?"
        return (
            f"placed at {name} only, which holds both {here} and {there}, two acts of that "
            "day: it could tell either, so it joins neither"
        )
    return None


def _near(m: Report) -> bool:
    return m.place is not None and m.place.inferred


def _near_only(members: Sequence[Report], r: Report) -> bool:
    """Is every member of another article than ``r``'s placed only by a place named near its
    act (``Spot.inferred``: "crowds lined the streets of the capital" beside "was shot dead on
    Friday")? Such a place is not where an act was told, so it makes no second act there."""
    others = [m for m in members if m.article_id != r.article_id]
    return bool(others) and all(_near(m) for m in others)


def _told_by_site(r: Report, rest: Sequence[Report], rival: Sequence[Report]) -> bool:
    """Does ``r`` name a kind of site struck that its happening's other reports name and the
    rival's do not? Then the site says which act it tells (module doc)."""
    mine = r.sites & frozenset().union(*(m.sites for m in rest))
    return bool(mine) and not mine & frozenset().union(*(m.sites for m in rival))


def _names(members: Sequence[Report]) -> str:
    return " / ".join(sorted({m.place.name for m in members if m.place is not None}))
