"""A state's closure of a passage ("Authorities closed the international airport", "the
government shut the main port"): CAMEO 1.1b3 §172 "impose administrative sanctions,
restrictions" codes a restriction a state imposes; §144 "obstruct passage, block" is the
dissent of civilians who block a road (CAMEO §14 opens: civilian demonstrations and other
collective actions). The subject decides, as ``recoding._frontier_closed`` reads borders.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, sourced_rows


def state_closed(p: Parse, m: Match, close: frozenset[str], crowd: frozenset[str]) -> bool:
    """Is the §144 match ``m`` a verb of closing (``close``) whose subject, in its clause
    before it, names a state's authority (``state_closers.csv``) and no crowd (``crowd``)?
    True for "Authorities banned TikTok and closed the airport"; False for "Protesters
    closed the road" and "Students and officials closed the road" (a crowd is named)."""
    k, tokens = m.first, p.tokens
    if not tokens[k].keys & close:
        return False
    subject = tokens[p.opening(k) : k]
    if any(t.keys & crowd for t in subject):
        return False
    return any(t.keys & _closers() for t in subject)


@cache
def _closers() -> frozenset[str]:
    return frozenset(r["word"] for r in sourced_rows("state_closers.csv", "word"))
