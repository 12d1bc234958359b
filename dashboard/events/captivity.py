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


# what frees captives by force, told after the freeing ("freed in a raid", "in a military
# operation"): classes.csv's FORCED_RESCUE, with its source
_IN = frozenset("in during".split())
_BE = frozenset("was were been being".split())


def freed_by_force(p: Parse, m: Match) -> bool:
    """Is ``m`` a release (§0841) told in the passive as done "in a raid" or "in a military
    operation" in its own clause ("two hostages held by Hamas were freed in a raid in Rafah")? CAMEO 1.1b3
    §0841 codes the holder letting go; captives taken back by force were not let go, and the
    holder is the side the force was used against (§19), not the source of a release."""
    tokens = p.tokens
    if not m.rule.code.startswith("0841") or not _BE & {
        t.lower for t in tokens[m.first - 2 : m.first]
    }:
        # an active freeing keeps its doer's release ("The army freed the hostages in an
        # operation", test_reader5_round): only the passive leaves the holder as its source
        return False
    forced = word_class("FORCED_RESCUE")
    clause = p.clause[m.last]
    for k in range(m.last + 1, min(m.last + 5, len(tokens))):
        if p.clause[k] != clause or tokens[k].boundary:
            return False
        if tokens[k].lower in _IN:
            return any(t.keys & forced for t in tokens[k + 1 : k + 5])
    return False
