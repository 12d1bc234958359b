"""A rescue from captors by armed or security forces: an operation against whoever holds
the captives, not aid given to people in need (CAMEO 1.1b3 §073 provide humanitarian aid).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_RESCUE = frozenset("rescue free".split())


def rescued_from_captors(p: Parse, m: Match) -> bool:
    """A humanitarian-aid reading (CAMEO 07) of "rescue" whose doer, before it in the
    sentence, is a force of the ``TROOPS`` class ("ordered security forces to rescue the
    children", "commandos rescued the hostages"), in a sentence that names captivity (a
    ransom, hostages, kidnappers): freeing captives by force is a security operation against
    the captors, and no aid; "rescue teams pulled survivors from the rubble" stays §073."""
    tokens = p.tokens
    if not m.rule.code.startswith("07") or not tokens[m.first].keys & _RESCUE:
        return False
    captivity = word_class("CAPTIVITY")  # classes.csv, with its source
    if not any(t.keys & captivity for t in tokens):
        return False
    troops = word_class("TROOPS")
    return any(t.keys & troops for t in tokens[max(0, m.first - 6) : m.first])
