"""Whom an act held open by "has not ruled out" is aimed at (fix96): CAMEO 1.1b3 §13 codes a
threat made to a target ("has not ruled out sanctions against Iran", §1312). With no party
named after it ("has not ruled out a curfew if cases keep rising", "declined to rule out new
tariffs on Danish goods": a trade good is no party), the speaker keeps an act possible, a
hedge: the act itself, flagged hypothetical by the caller (FactBank 1.0: possible, PS+)."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import Token

# the prepositions that aim a measure at a party ("sanctions against Iran", "on Belarus")
_AIMED = frozenset("against on over targeting".split())
_REACH = 6  # a determiner and modifiers between "rule out" and the preposition


@cache
def _traded() -> frozenset[str]:
    rows = sourced_rows("caused_acts.csv", "word", "role")
    return frozenset(r["word"] for r in rows if r["role"] == "traded_object")


def aimed_at_party(tokens: list[Token], k: int) -> bool:
    """Is a party named within ``_REACH`` words after token ``k`` by an aiming preposition
    and a capitalised name ("against Iran", "on Moscow"), its noun no traded good ("on
    Danish goods")?"""
    for j in range(k, min(k + _REACH, len(tokens) - 1)):
        if tokens[j].lower not in _AIMED or not re.match(r"[A-Z]", tokens[j + 1].text):
            continue
        nxt = tokens[j + 2].lower if j + 2 < len(tokens) else ""
        return nxt not in _traded()
    return False
