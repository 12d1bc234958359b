"""Heads of state and government by name (``data/lexicon/leaders.csv``): CAMEO codes such a
person by the country led (Schrodt, CAMEO 1.1b3, ch. 4: actor codes)."""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.events.lexicon import DATA
from dashboard.events.word_trie import opening


@cache
def _leaders() -> dict[str, tuple[str, str]]:
    """``data/lexicon/leaders.csv``: each written name of a head of state or government ->
    (the person's one name, ISO2). CAMEO's actor dictionaries code such a person by the
    country they lead (Schrodt, CAMEO 1.1b3, ch. 4: actor codes), so "Putin" is Russia's
    side as "the Kremlin" is; a surname others share widely ("Kim", "Johnson") is left out."""
    with (DATA / "leaders.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if not (r["name"] and r["person"] and len(r["iso2"]) == 2 and r["source"].strip()):
            raise ValueError(f"leaders.csv: bad row {r!r} (name, person, iso2, source set)")
    return {r["name"]: (r["person"], r["iso2"]) for r in rows}


@cache
def _leader_pattern() -> re.Pattern[str]:
    names = sorted(_leaders(), key=len, reverse=True)
    if not names:
        return re.compile(r"(?!)")  # an empty table names no one
    # a possessive may follow ("Putin's"), a name may not go on ("Xi'an", "Trump-era");
    # ``opening``: "(?<![\w-])(?:Vladimir Putin|...)" shaped for ``re``'s first-character scan
    return re.compile(opening(names, r"[\w-]") + r"(?![\w-]|['’](?!s\b)\w)")


def leader_country(name: str) -> str | None:
    """The ISO2 of a head of state or government named ``name`` (whole, or by the last
    word), else ``None``.

    >>> leader_country("Vladimir Putin"), leader_country("Xi"), leader_country("Anne Smith")
    ('RU', 'CN', None)
    """
    known = _leaders()
    found = known.get(name) or known.get(name.split()[-1]) if name else None
    return found[1] if found else None
