"""A town's name that opens a university's or college's name names the institution, not the
town, unless the name is one big city's.

"Students protested at Columbia University" names no town: Columbia University is in New
York, not in Columbia, South Carolina, which the town's name alone resolves to; Georgetown
University is in Washington. The ACE 2005 entity guidelines tag such a name ORG (a
facility or organisation), and the text's place comes from elsewhere (the dateline, the
town named beside it). So a town or division name right before a word of
``data/gazetteer/institution_words.csv`` (with "State" between: "Georgia State University")
is no place mention, and is dropped before resolution, so it backs no namesake either.
Two kept, as the institution lies there: a division's or country's name ("Eastern Kentucky
University", "Ohio State University": a state's universities lie in it), and a city of
``BIG_CITY`` people or more that no namesake of even ``RIVAL`` its size shares ("Baghdad
University", "Aberdeen University", "Youngstown State University"); a small town's name is
mostly a person's (Harvard, Wright State) and a shared one no one's in particular
(Columbia, Georgetown). Hospitals, bases and airports are places of their own, near their
town (``landmarks``), and stay."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.recognise import Match
from dashboard.places.sea_titles import without_sea_titles

BIG_CITY = 50_000  # people: a city this big with its name to itself holds its university
RIVAL = 1 / 3  # a namesake this share of the biggest one's size makes the name shared


@lru_cache(maxsize=1)
def _after() -> re.Pattern[str]:
    """The institution words, right after a name's end (one space), "State" allowed between."""
    path = data_dir() / "gazetteer" / "institution_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        words = [row["word"] for row in csv.DictReader(fh)]
    return re.compile(rf" (?:State )?(?:{'|'.join(map(re.escape, words))})\b")


def _holds_it(m: Match, gaz: Gazetteer) -> bool:
    """Whether the place ``m`` names is where an institution of its name lies (see the
    module): a division or country, or one big city of that name."""
    places = gaz.places_of(m.place_ids)
    if any(p.kind in ("admin1", "country") for p in places):
        return True
    sizes = sorted((p.population for p in places if p.kind == "city"), reverse=True)
    if not sizes or sizes[0] < BIG_CITY:
        return False
    return len(sizes) == 1 or sizes[1] < RIVAL * sizes[0]


def without_institutions(text: str, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` without the names that open an institution's name and do not name the
    place it lies in (see the module), before resolution, so that they back no namesake
    either ("Georgia State University" is kept as Georgia, "Columbia University" dropped)."""
    matches = without_sea_titles(text, matches, gaz)  # "University of the South Pacific"
    if "University" not in text and "College" not in text:
        return matches  # the common case
    after = _after()
    return [m for m in matches if not after.match(text, m.end) or _holds_it(m, gaz)]
