"""Words written with a dot that end no sentence ("Sen.", "Brig. Gen.", "Mt.", "Sept."): the
rows of ``data/lexicon/abbreviations.csv``, each with its source (the AP Stylebook's titles
and months, the Chicago Manual of Style's place-name forms).

``abbreviation_end`` is the pattern ``names.sentences`` and the recogniser try at the end of
a chunk: two or more letter-dot pairs ("U.S.", "U.N."), or one of these words and its dot,
each with an optional closing quote or bracket.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.paths import data_dir


@cache
def _rows() -> tuple[tuple[str, str], ...]:
    path = data_dir() / "lexicon" / "abbreviations.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple((r["abbreviation"], r["kind"]) for r in csv.DictReader(fh))


@cache
def abbreviations() -> tuple[str, ...]:
    """Every abbreviation of the file, without its dot, in file order."""
    return tuple(word for word, _ in _rows())


@cache
def titles() -> frozenset[str]:
    """The titles before a name ("Sen", "Brig", "Dr"): the rows of kind ``title``."""
    return frozenset(word for word, kind in _rows() if kind == "title")


@cache
def abbreviation_end() -> re.Pattern[str]:
    """The pattern of an abbreviation ending a chunk (module doc), for ``search``."""
    words = "|".join(sorted(abbreviations(), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:[A-Za-z]\.){{2,}}|\b(?:{words})\.)[\"”’)]?$")


def reach() -> int:
    """How many characters before a chunk's end ``abbreviation_end`` needs to see: the
    longest word, its dot and a closing quote, or the last letter-dot pairs of a longer run
    ("U.S.A.") and a quote (8, the reach before the words were data)."""
    return max(8, *(len(w) + 3 for w in abbreviations()))
