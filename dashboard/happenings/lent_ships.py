"""A ship's name one report marks as a ship's, read in another report of the same days.

``cues.ship_names`` reads a name only where the text marks it as a ship's ("the bulk carrier
Magic Seas", "sank the Eternity C"), so a bare "hit the Magic Seas" or "The Eternity C went
down" names no ship, and two such reports of two ships one side attacked a day apart meet
through the rule's one-day slack (set V: the Magic Seas on a Sunday, the Eternity C on the
Monday). A name is a ship's wherever it is told once that outlets have called it one (ACLED
and the UKMTO name a vessel attacked by its name alone once it is known): a report of an act
of force or a seizure that names no ship takes the names of ships that reports of the day
before, the same day or the day after mark, when its own clause holds one, or when one opens
its sentence as the subject ("The Eternity C, struck by drones, has sunk"). A name elsewhere
in its sentence may be another ship recalled ("a day after the Magic Seas was hit"), so it is
not lent. Names only ever tell two ships apart (``cues.two_ships``), so a lent name joins
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from dashboard.happenings.model import Report

_DAY = timedelta(days=1)


def _told(name: str, texts: tuple[str, ...]) -> bool:
    """Is ``name`` in the clause (``texts[0]``) or opening a sentence (the others)?"""
    if not texts:
        return False
    word = re.escape(name)
    if re.search(rf"(?<!\w){word}(?!\w)", texts[0]):
        return True
    return any(re.match(rf"(?:the\s+)?{word}(?!\w)", t) for t in texts[1:])


def lend_ship_names(reports: Sequence[Report]) -> list[Report]:
    """``reports``, each that names no ship given the ships it tells by a name other reports
    of its days mark as a ship's (``Report.ship_text``)."""
    marked: dict[tuple[date, date], set[str]] = {}
    for r in reports:
        if r.ships and r.start <= r.end:  # an empty span marks no day
            marked.setdefault((r.start, r.end), set()).update(r.ships)
    if not marked:
        return list(reports)
    near: dict[tuple[date, date], set[str]] = {}
    out = []
    for r in reports:
        if not r.ship_text or r.ships:
            out.append(r)
            continue
        days = (r.start - _DAY, r.end + _DAY)
        if days not in near:
            near[days] = _marked_within(marked, *days)
        found = frozenset(n for n in near[days] if _told(n, r.ship_text))
        out.append(replace(r, ships=found) if found else r)
    return out


def _marked_within(marked: dict[tuple[date, date], set[str]], first: date, last: date) -> set[str]:
    """The names marked on any day from ``first`` to ``last``: those of every marking span
    that shares a day with it. Spans are compared, not walked day by day: a report dated by
    a year or a decade spans hundreds or thousands of days, and walking them for each report
    of a regroup was two thirds of an ingest's regroup (session 86)."""
    if first > last:
        return set()
    return set().union(*(names for (s, e), names in marked.items() if s <= last and first <= e))
