"""Vehicle makes that are also towns' names: "a 1991 Honda" is a car, not Honda, Colombia.

Crash and crime reports name a car by its model year and make ("their red 1991 Honda broke
down"), then by the make alone ("the Honda's driver"). A model year between a determiner and
a make (``a``, ``the``, ``his``... and up to two lowercase words such as a colour) says the
make is a vehicle; one sense per discourse (Gale, Church and Yarowsky 1992) makes every bare
mention of that make in the text the same vehicle. A year after a preposition is a date, not
a model year: "In 2005 Lincoln hosted the fair" keeps the city. The makes are data, with a
source on each row, in ``data/gazetteer/vehicle_makes.csv``.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.recognise import Match

_DETERMINERS = "a|an|the|his|her|their|its|my|your|our|one|two|three"


@lru_cache(maxsize=1)
def _makes() -> frozenset[str]:
    """The makes of ``data/gazetteer/vehicle_makes.csv``, lowercased."""
    path = data_dir() / "gazetteer" / "vehicle_makes.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["make"].lower() for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _model_year() -> re.Pattern[str]:
    """``a [word [word]] YEAR MAKE``, the make captured, for every make of the data file."""
    makes = sorted(_makes(), key=len, reverse=True)
    return re.compile(
        rf"\b(?:{_DETERMINERS}) (?:[a-z][a-z-]* ){{0,2}}(?:19|20)\d\d (?P<make>{'|'.join(makes)})\b",
        re.IGNORECASE,
    )


def vehicle_makes(text: str) -> frozenset[str]:
    """The makes ``text`` names as vehicles by a model year, lowercased.

    >>> sorted(vehicle_makes("Their red 1991 Honda broke down. The Honda's driver fled."))
    ['honda']
    >>> vehicle_makes("In 2005 Lincoln hosted the state fair.")
    frozenset()
    """
    return frozenset(m.group("make").lower() for m in _model_year().finditer(text))


def without_vehicles(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less those that are exactly a make ``text`` names as a vehicle
    (``vehicle_makes``), in any case ("HONDA" in a headline); a longer name holding the make
    ("Toyota City") stays. The text is searched only when a match is a make's name: most
    texts name none."""
    makes = _makes()
    if not any(text[m.start : m.end].lower() in makes for m in matches):
        return matches
    named = vehicle_makes(text)
    if not named:
        return matches
    return [m for m in matches if text[m.start : m.end].lower() not in named]
