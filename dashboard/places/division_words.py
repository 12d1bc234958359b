"""A division word with a name ("Plateau State") names a division of a country that calls its
first-level divisions so.

ISO 3166-2 gives each country's subdivision category: Nigeria's 36 first-level units are
states, Benin's 12 are departments. "Plateau State" is therefore Nigeria's Plateau, never
Benin's Plateau department, whatever the scores say (``data/gazetteer/division_words.csv``,
one row per country and word, each sourced to its ISO 3166-2 part). A word the file does not
list ("province", "region") leaves the candidates as they were, and so does a word none of
whose candidates' countries use it (then the file is silent, not a veto).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache

from dashboard.model import Place
from dashboard.paths import data_dir


@lru_cache(maxsize=1)
def _countries_by_word() -> dict[str, frozenset[str]]:
    """``{word: countries whose first-level divisions bear it}`` from the data file."""
    out: dict[str, set[str]] = {}
    with (data_dir() / "gazetteer" / "division_words.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["word"], set()).add(row["country_code"])
    return {w: frozenset(cs) for w, cs in out.items()}


def of_word(word: str, named: Sequence[Place]) -> list[Place]:
    """``named`` without the first-level divisions of countries that do not call theirs
    ``word``, when some candidate's country does; else ``named`` as it is.

    Example: for "Plateau State", Nigeria's Plateau (NG: states) is kept and Benin's
    Plateau department (BJ: departments) dropped.
    """
    countries = _countries_by_word().get(word.lower())
    if not countries:
        return list(named)
    kept = [p for p in named if p.kind != "admin1" or p.country_code in countries]
    if not any(p.kind == "admin1" for p in kept):
        return list(named)
    return kept


def foreign_word(word: str, named: Sequence[Place]) -> bool:
    """True when the data file lists the countries that call their divisions ``word`` and
    no first-level division in ``named`` lies in one of them.

    Used for a lowercase word only ("the Gulf state"), which is vaguer than a title: a
    province of Papua New Guinea (ISO 3166-2:PG, provinces) is never "the Gulf state", and
    the phrase then describes a country ("a Gulf state", one on the Persian Gulf) rather
    than naming a division.
    """
    countries = _countries_by_word().get(word.lower(), frozenset())
    divisions = [p for p in named if p.kind == "admin1"]
    return bool(countries and divisions) and all(p.country_code not in countries for p in divisions)
