"""An act told on one side of a dividing line ("north of the Military Demarcation Line"):
the line names no country, but its side does. The Korean Armistice Agreement (1953, Art. I)
puts North Korea north of the line and South Korea south of it; ACLED codes an event where
it took place, at the most specific location the report supports, so the side's country
(geo precision 3) outranks the line's zone, which belongs to neither, and outranks any
fallback (a dateline, a reporter's country). The sides are ``data/lexicon/line_sides.csv``
rows (the line's ``regions.csv`` id, a compass word, the ISO2 on that side), each sourced.
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.analysis import TextAnalysis
from dashboard.events.lexicon import sourced_rows
from dashboard.model import Mention

# "north of the", "just south of", "10 km north of": the compass word right before the line
_SIDE_BEFORE = re.compile(r"\b(north|south|east|west)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_REACH = 24  # "south of the " and a little slack


@cache
def _sides() -> dict[tuple[str, str], str]:
    """(regions.csv id, compass word) -> the ISO2 of the country on that side."""
    return {
        (r["region"], r["side"]): r["iso2"]
        for r in sourced_rows("line_sides.csv", "region", "side", "iso2")
    }


def line_side(
    analysis: TextAnalysis, clause: tuple[int, int], location: Mention | None
) -> tuple[Mention | None, str] | None:
    """The country on the side of a dividing line that ``clause`` (character offsets) tells
    the act on ("north of the Military Demarcation Line" -> North Korea), as a location at
    the line's mention with its reason; None when the clause tells no side of a listed line.
    ``location``: the act's place so far, kept when it is finer than a country (a town the
    clause names beside the line)."""
    here = location.place if location is not None else None
    if here is not None and here.geo_precision < 3 and not here.id.startswith("rg:"):
        return None  # "in Kaesong, north of the line": the town says more
    text = analysis.text
    for m in analysis.mentions:
        if not clause[0] <= m.start < clause[1] or m.place is None:
            continue
        if not m.place.id.startswith("rg:"):
            continue
        side = _SIDE_BEFORE.search(text, max(clause[0], m.start - _REACH), m.start)
        if side is None:
            continue
        code = _sides().get((m.place.id[3:], side.group(1).lower()))
        if code is None:
            continue
        country = analysis.country_places.get(code) or analysis.nations.get(code)
        if country is None:
            continue
        why = f"told {side.group(1).lower()} of {m.text}: the country on that side of the line"
        return Mention(m.start, m.end, m.text, country, 1.0, why), why
    return None
