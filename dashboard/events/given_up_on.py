""" "Give up on" is losing hope in something, not yielding it.

CAMEO 1.1b3 §080 (yield) codes a party that gives way: it "gave up" its claim, "gave in" to a
demand. The prepositional verb "give up on" means 'to stop hoping for or believing in'
(Merriam-Webster, give up on), so "would not give up on the town" or "gave up on the talks"
tells a stance toward the thing, and no concession to any party.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match


def given_up_on(p: Parse, m: Match) -> bool:
    """Is ``m`` a §08 match that ends on "give up" with "on" right after it?

    "Icelanders would never give up on their homes" gives True; "the rebels gave up their
    weapons", "the government gave up" and "gave up on Monday" give False."""
    tokens = p.tokens
    if m.rule.code[:2] != "08" or m.last < 1 or m.last + 1 >= len(tokens):
        return False
    verb, particle, after = tokens[m.last - 1], tokens[m.last], tokens[m.last + 1]
    if not ("give" in verb.keys and particle.lower == "up" and after.lower == "on"):
        return False
    # "gave up on Monday": "on" heads the date of the yield, not the thing given up on
    nxt = tokens[m.last + 2] if m.last + 2 < len(tokens) else None
    return nxt is not None and nxt.lower not in _DAYS and not nxt.text[:1].isdigit()


# what "on" dates (a weekday, a month): the time of the act, not its object
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
