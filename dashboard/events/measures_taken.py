"""Measures told as taken, not promised: "Beijing said its coast guard had taken necessary
measures against the vessels" reports a done act, while cameo.csv's "take * necessary
measure" rows read the promise of one ("China will take all necessary measures"), a warning
of what is to come (CAMEO 1.1b3 §130 threaten: 'coercive or forceful warnings with serious
potential repercussions'). A warning is about the future; a past or perfect "took"/"had
taken" tells what was done, whose kind the phrase does not say, so no §130 card is made.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# past and perfect forms of the rows' verbs ("took", "has taken", "adopted")
_DONE = frozenset("took taken adopted".split())
# what before the verb makes it a promise again ("will have taken", "would have taken")
_MODALS = frozenset("will would shall should could may might must 'll".split())


def measures_taken(p: Parse, m: Match) -> bool:
    """Is ``m`` a §130 "take * measure" row whose verb is past or perfect ("had taken
    necessary measures", "took resolute measures"), with no modal before it?"""
    if not m.rule.code.startswith("130") or m.rule.kind != "V":
        return False
    tokens = p.tokens
    verb = tokens[m.first]
    if verb.lower not in _DONE:
        return False
    before = tokens[max(0, m.first - 3) : m.first]
    return not any(t.lower in _MODALS for t in before)
