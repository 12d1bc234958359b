"""A sea's or ocean's name that ends an institution's title names the institution, not a
place at sea: "an inquiry into the University of the South Pacific" happens on land, at
its campuses, and the ocean is only whom it serves.

The ACE 2005 English entity guidelines tag a university's, a bank's or a commission's name
ORG as a whole, so the sea inside it is no place mention; the text's place comes from
elsewhere (the dateline, the town named beside it). A match with a sea among its readings
(gazetteer kind ``sea``; its namesake towns are no better) and that ends a capitalised title "<Head> of [the] [compass word]
<sea>" is dropped before resolution, for a head of ``data/gazetteer/sea_titled_heads.csv``
(a source per row). Only seas: a town or region after "University of" is where it lies
("the University of Oxford"), and continents are ``recognise_filters``'
(``_CONTINENT_TITLE``). A lower-case "bank of the river" is no title and stays."""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.recognise import Match
from dashboard.sourced_rows import read_sourced

# "University of the South Pacific": the title's head, "of", "the", up to two capitalised
# words ("South", "Western"), right before the sea's name
_BEFORE = "(?:{heads}) of (?:the )?(?:[A-Z][a-z]+ ){{0,2}}$"


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    """The title's start before a sea's name, from the heads of the CSV (see the module).

    Raises ``ValueError`` for a row without its word or source."""
    rows = read_sourced(data_dir() / "gazetteer" / "sea_titled_heads.csv", "word")
    heads = "|".join(re.escape(row["word"]) for row in rows)
    return re.compile(r"\b" + _BEFORE.format(heads=heads))


def _a_sea(m: Match, gaz: Gazetteer) -> bool:
    # any sea reading: the title's other readings are namesake towns ("Pacific", Missouri)
    # that the institution does not lie in either
    return any(p.kind == "sea" for p in gaz.places_of(m.place_ids))


def without_sea_titles(text: str, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` without the seas that end an institution's title (see the module).
    Example: "a halted inquiry into the University of the South Pacific" -> the match of
    "Pacific" is dropped; "a ship sank in the South Pacific" keeps it."""
    if " of " not in text:
        return matches  # no title at all
    titled = _titled()
    return [
        m
        for m in matches
        if not (titled.search(text[max(0, m.start - 80) : m.start]) and _a_sea(m, gaz))
    ]
