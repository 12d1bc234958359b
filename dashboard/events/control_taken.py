"""Control taken is no control imposed. ``classes.csv`` RESTRICTION holds "control" for the
controls a state lays on people or trade ("imposed capital controls", "tightened border
controls": CAMEO 1.1b3 §172 impose administrative sanctions, §081 ease them); "announced
they had taken control of the country" and "lost control of the town" name power or ground
held (WordNet 3.0 control n. 1 'power to direct or determine'), which a row of §192 or §190
reads where it is the act itself. No §172 or §081 from such a phrase.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# verbs of getting or losing power over something (Levin 1993 §13.5.2 obtain, §13.2 give up)
_HOLD = frozenset("take seize gain regain assume wrest retake lose cede".split())


def control_held(p: Parse, m: Match) -> bool:
    """Is ``m`` a §172 or §081 match that ends on "control" right after a verb of taking or
    losing it ("had taken control", "seized control")? "imposed controls on exports" and
    "tightened controls" give False."""
    if m.rule.code not in ("172", "081") or m.last < 1:
        return False
    tokens = p.tokens
    if tokens[m.last].lower != "control":
        return False
    return bool(tokens[m.last - 1].keys & _HOLD)
