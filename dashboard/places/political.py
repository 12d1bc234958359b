"""Parties, parliaments and courts whose names are also towns': "the Liberal government" is
Canada's or Australia's governing party, not Liberal, Kansas; "the Duma" is Russia's
parliament, not Douma in Syria; "Superior Court" is a court, not Superior, Wisconsin.

The names and the nouns that follow a party's or parliament's name are data with a source
on each row (``data/gazetteer/political_names.csv``):
- a party's, parliament's or court's name right before one of those nouns (after an
  optional possessive: "the Duma's speaker") names the body, not a place;
- a parliament's name after "the" does too ("sent to the Duma"): towns take no article.
The same words elsewhere stay places ("He flew to Liberal, Kansas", "shelling hit Duma").
"""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import TYPE_CHECKING

from dashboard.paths import data_dir

if TYPE_CHECKING:  # recognise imports party_members, which reads this module's names
    from dashboard.places.recognise import Match

_POSSESSIVE = ("'s ", "’s ")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(party and court names, parliament names, nouns) of ``political_names.csv``."""
    roles: dict[str, set[str]] = {
        "party": set(),
        "parliament": set(),
        "court": set(),
        "noun": set(),
    }
    path = data_dir() / "gazetteer" / "political_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            roles[row["role"]].add(row["word"])
    bodies = frozenset(roles["party"] | roles["court"])
    return bodies, frozenset(roles["parliament"]), frozenset(roles["noun"])


def party_names() -> frozenset[str]:
    """The party and court names of ``political_names.csv`` ("Liberal", "Superior")."""
    return _table()[0]


def political_body(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a party, parliament or court, not a place.

    >>> political_body("The Liberal government fell.", 4, 11)
    True
    >>> political_body("He flew to Liberal, Kansas.", 11, 18)
    False
    >>> political_body("The bill went to the Duma.", 21, 25)
    True
    """
    parties, parliaments, nouns = _table()
    name = text[start:end]
    if name not in parties and name not in parliaments:
        return False
    if name in parliaments and text.endswith(("the ", "The "), max(0, start - 4), start):
        return True
    rest = end + 3 if text.startswith(_POSSESSIVE, end) else end + 1
    if not text.startswith(" ", rest - 1):
        return False
    word = text[rest : rest + 16].split(" ", 1)[0].rstrip(".,;:!?\"'”’)")
    return word in nouns


def without_political_bodies(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` less the names of parties, parliaments and courts (``political_body``)."""
    parties, parliaments, _ = _table()
    if not any(
        text[m.start : m.end] in parties or text[m.start : m.end] in parliaments for m in matches
    ):
        return matches  # the common case: no such name
    return [m for m in matches if not political_body(text, m.start, m.end)]
