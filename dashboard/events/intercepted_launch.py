"""A launch of missiles or drones that the same sentence says were shot down or intercepted
("Russia launched 90 drones and four missiles overnight, of which 70 were shot down", "Iran
launched dozens of missiles, most of which were intercepted"): the defender shot at what
came at it, so the launch was an attack on the defender, CAMEO 1.1b3 §195 (employ aerial
weapons), not a show of force or a test (§150), whose weapons fall where the tester aims.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.verbal import NEGATIONS

# the words that tell air defence at work on what was launched
_DOWNED = frozenset({"intercept", "downed"})
_SHOOT = frozenset({"shot", "shoot", "shoots", "shooting"})


def launch_intercepted(p: Parse, m: Match) -> bool:
    """Whether the sentence after launch ``m`` tells that what was launched was shot down,
    downed or intercepted (not "was not intercepted"). Only launches of weapons reach here
    (the caller's §15 codes): "launched an investigation into drones shot down" is none."""
    tokens = p.tokens
    if any(t.keys & word_class("EXERCISE") for t in tokens[m.first : m.last + 1]):
        # "launched military exercises on Friday, days after jets shot down drones": what
        # was launched is a drill (§150), whose weapons no air defence met
        return False
    for k in range(m.last + 1, len(tokens)):
        t = tokens[k]
        downed = bool(t.keys & _DOWNED) or (
            t.lower in _SHOOT and k + 1 < len(tokens) and tokens[k + 1].lower == "down"
        )
        if downed:
            # "the rocket was not intercepted", "did not intercept it": no air defence at work
            before = tokens[max(m.last + 1, k - 3) : k]
            return not any(w.lower in NEGATIONS or w.lower == "no" for w in before)
    return False
