"""A seat of government named as where an act took place is in that seat's city.

"KYIV, Ukraine — Zelenskyy held talks with Trump at the White House" was placed at Kyiv:
the White House is no gazetteer place, so the act fell back to the dateline, which is only
where the story was filed. A locative preposition before a seat's name ("at", "in",
"inside", "outside", "in front of") uses it literally, as the building (Markert & Nissim
2007, place-for-institution metonymy: "the White House said" is the institution, "at the
White House" is the place), and the building stands in a known city:
``data/gazetteer/seat_venues.csv`` (words, the city's GeoNames id, ISO2, a source per row).
The act is placed there, at the city's point (ACLED: the most specific place the report
supports; the building is within a few kilometres of the city's point).

Only an act with no place of its own reaches this (``finishing``): a town the clause names
("at the White House ... in Kyiv") is read first.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.events.drafts import _Context, _Draft
from dashboard.events.word_trie import opening
from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places import gazetteer

# the literal, locative use: a preposition of place (and "the") right before the seat
_VENUE_BEFORE = re.compile(
    r"\b(?:at|in|inside|outside|in\s+front\s+of|on\s+the\s+steps\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _seats() -> tuple[re.Pattern[str], dict[str, int]]:
    """One pattern for every seat of ``seat_venues.csv`` (case as written, whole words,
    the longest first) and each seat's city (GeoNames id)."""
    with (data_dir() / "gazetteer" / "seat_venues.csv").open(encoding="utf-8", newline="") as fh:
        rows = {row["words"]: int(row["geonameid"]) for row in csv.DictReader(fh)}
    words = sorted(rows, key=len, reverse=True)
    # "(?<![\w.])(?:White House|...)" shaped for ``re``'s first-character scan
    pattern = re.compile(opening(words, r"[\w.]") + r"(?![\w'’-])")
    return pattern, rows


def seat_venue(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The city of the first seat of government ``d``'s clause names after a locative
    preposition, as a location at the seat's words: "held talks at the White House" ->
    Washington; "the White House said" -> (None, ""). (None, "") when there is none or the
    gazetteer lacks the city."""
    text = ctx.analysis.text
    pattern, cities = _seats()
    s, e = d.clause
    for m in pattern.finditer(text, s, e):
        if _VENUE_BEFORE.search(text, max(s, m.start() - 24), m.start()) is None:
            continue
        place = gazetteer.load().get(f"gn:{cities[m.group()]}")
        if place is None:
            continue
        why = f"the clause names a seat of government as the venue ('{m.group()}'): in {place.name}"
        return Mention(m.start(), m.end(), m.group(), place, 1.0, why), why
    return None, ""
