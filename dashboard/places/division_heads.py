"""A name whose governor or premier (or another officer of a state: its attorney general)
the text names is the division, not its city.

"Quebec's premier", "São Paulo's governor", "Washington's governor" name the head of a
first-level division (``data/gazetteer/division_heads.csv``, each cue sourced); a city has
a mayor. The resolver reads these names as their city, the most populous place of the name,
which is right for "protests in Quebec" but not for the province's premier. A city reading
whose name is also a first-level division of the same country (a GeoNames ADM1 among its
namesakes) moves to that division where the words around it are such a cue:

- ``after``: the possessive, then the cue, one word between at most ("Oaxaca's governor",
  "Quebec's new premier");
- ``before``: "the governor of X" ("the premier of Quebec").

A country reading never moves ("China's premier"): only a city's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.model import Mention, Place
from dashboard.places.cue_files import alternation, cue_words
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold
from dashboard.places.told_within import placed_instead


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after, before) patterns from ``division_heads.csv``, case-blind."""
    rows = cue_words("division_heads.csv", "after", "before")
    after = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{alternation(rows['after'])})\b", re.IGNORECASE)
    before = re.compile(rf"\b(?:{alternation(rows['before'])})\s+of\s+$", re.IGNORECASE)
    return after, before


def _names_a_head(text: str, m: Mention) -> bool:
    """Whether the words around ``m`` name the head of a division (see the module)."""
    after, before = _cues()
    if after.match(text, m.end):
        return True
    return before.search(text, max(0, m.start - 30), m.start) is not None


def _division_of_name(m: Mention, city: Place, gaz: Gazetteer) -> Place | None:
    """The first-level division of ``city``'s country whose own name is the name as
    written."""
    key = fold(m.text)
    for c in gaz.lookup(m.text):
        if c.kind == "admin1" and c.country_code == city.country_code and fold(c.name) == key:
            return c
    return None


def division_heads(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each city reading moved to the division of its very name where the
    text names that division's governor or premier (see the module)."""
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or not _names_a_head(text, m):
            continue
        division = _division_of_name(m, p, gaz)
        if division is None:
            continue
        why = (
            f"the text names its governor or premier (or a state officer): the division "
            f"{division.name}, not its city"
        )
        out = placed_instead(out, mentions, k, division, why)
    return out
