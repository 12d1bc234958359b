"""Landmark words that name a kind of place, not one place: "a Christmas market", "an
Easter camp". ``landmarks`` reads a capitalised name before a lower-case "market", "beach"
or "camp" as that place's name ("Bakara market in Mogadishu"); these two tests refuse it.

- After the indefinite article the noun phrase is a common noun, as a proper name takes no
  "a" or "an" (Quirk et al. 1985, A Comprehensive Grammar, §5.60: proper nouns are used
  without an article, the indefinite one marks a reclassified common use).
- A feast's name before the noun (``data/lexicon/holidays.csv``) is an attributive modifier
  naming a seasonal kind of market or camp (Quirk et al. 1985 §17.108; the events layer's
  ``classes.csv`` row HOLIDAY_THING reads the same nouns so for dates).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.paths import data_dir

_INDEFINITE = re.compile(r"(?:^|\W)(?:a|an|A|An)\s+$")


@lru_cache(maxsize=1)
def _feasts() -> frozenset[str]:
    """The lower-case holiday phrases of ``data/lexicon/holidays.csv`` (``OSError`` when the
    shipped file is missing)."""
    with (data_dir() / "lexicon" / "holidays.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(row["phrase"].lower() for row in csv.DictReader(fh))


def names_a_kind(text: str, start: int, name: str) -> bool:
    """True when ``name`` (the words before a lower-case landmark word, opening at
    ``start`` in ``text``) names a kind of place: it follows "a" or "an", or it is a feast's
    name ("Christmas", "Eid al-Fitr")."""
    return bool(_INDEFINITE.search(text[max(0, start - 4) : start])) or (
        name.strip().lower() in _feasts()
    )
