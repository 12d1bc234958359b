"""A landmark written bare ("the Capitol"), read as the one place its name stands for only
when nothing in the article could make it a namesake.

News writes "a mob broke into the Capitol" for the US Capitol in Washington (AP Stylebook,
"Capitol"), but a state's or a Philippine province's news writes "the Capitol" for its own
capitol building (NCSL, "State Capitols"). So a row of ``data/gazetteer/bare_landmarks.csv``
(words, place id, source) gives "the <words>" its place only in an article that names no
place below the country level other than that place, and no country other than its own: the
article gives no other state, province or country whose capitol it could be. Like
``told_within``'s "the capital", it serves the reader of events (``Geoparser.analyse``), not
the toponym output of ``parse``: the words are no place name of their own.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str], ...]:
    """(words, place id) of each row of ``bare_landmarks.csv``."""
    path = data_dir() / "gazetteer" / "bare_landmarks.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple((row["words"], row["place_id"]) for row in csv.DictReader(fh))


def _bare(words: str) -> re.Pattern[str]:
    """ "the <words>" with no name between ("the US Capitol" is read by its "US") and no
    capitalised word after ("the Capitol Police" is a force, "Capitol Hill" a cue)."""
    return re.compile(rf"\b[Tt]he\s+{re.escape(words)}\b(?!\s+[A-Z])(?![\w-])")


def _namesake_possible(place: Place, mentions: list[Mention]) -> bool:
    """Whether the article names a place that could own a namesake of ``place``: any place
    below the country level but ``place`` itself, or a country other than its own."""
    for m in mentions:
        q = m.place
        if q is None or q.id == place.id:
            continue
        if q.kind != "country" or q.country_code != place.country_code:
            return True
    return False


def bare_landmarks(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """New mentions, one for each bare "the <words>" of a ``bare_landmarks.csv`` row, at the
    row's place, when the article names no place that could own a namesake (see the module).
    "A mob broke into the Capitol." gives ``Mention(19, 30, "the Capitol", <Washington, US>,
    ...)``; "Protesters filled the Capitol in Austin, Texas." gives none (Texas is named)."""
    found: list[Mention] = []
    for words, place_id in _rows():
        place = gaz.get(place_id)
        if place is None or words not in text or _namesake_possible(place, mentions):
            continue
        for hit in _bare(words).finditer(text):
            if any(x.start < hit.end() and hit.start() < x.end for x in mentions):
                continue
            why = (
                f"'{hit.group()}': {place.name} (bare_landmarks.csv), as the article names "
                "no other place whose namesake it could be"
            )
            found.append(
                Mention(hit.start(), hit.end(), hit.group(), place, 1.0, why, ((place.id, 1.0),))
            )
    return found
