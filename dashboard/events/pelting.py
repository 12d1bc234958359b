"""Who pelts whom: "Settlers pelted Palestinian farmers with stones" is an assault, not a riot.
CAMEO 1.1b3 §145 (protest violently, riot) codes "civilian demonstrations that involve
violence": missiles thrown by a crowd of demonstrators, or at the police, troops, officials
or their seats (classes.csv ``CROWD`` and ``AUTHORITY_PELTED``). Missiles thrown at other
civilians by a group that is no crowd are §180 (use unconventional violence), the root of
assaults by non-state groups on civilians.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_PELT = frozenset({"pelt", "stone"})
# demonstrators named by the riot rows' own words, beside classes.csv ``CROWD``
_DEMONSTRATORS = frozenset("protester demonstrator rioter supporter marcher activist fan".split())


def pelted_civilians(p: Parse, m: Match) -> bool:
    """Is ``m`` an active "pelt(ed) … with" whose subject names no crowd and whose object,
    up to "with", names no police, troops, official or their seat ("Settlers pelted
    Palestinian shepherds with rocks")?

    A passive ("were pelted with stones by protesters") is left to its own row."""
    tokens = p.tokens
    if not tokens[m.first].keys & _PELT or m.first not in p.verbs:
        return False
    crowd = word_class("CROWD") | _DEMONSTRATORS
    if any(t.keys & crowd for t in tokens[p.opening(m.first) : m.first]):
        return False
    end = next((k for k in range(m.first + 1, m.last + 1) if tokens[k].lower == "with"), m.last)
    return not any(t.keys & word_class("AUTHORITY_PELTED") for t in tokens[m.first + 1 : end])
