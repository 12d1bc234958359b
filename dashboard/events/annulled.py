"""What a court or a legislature "struck down": the law, order or measure named after the
phrase is annulled (WordNet 3.0, strike down v. 'declare null and void; make ineffective'),
so no act of its own is told by its words ("struck down Trump's curfew order" imposes no
curfew, "struck down the martial law decree" declares none), and "struck" is no force.
Only a row for the annulment itself (§081 ease administrative sanctions, ``cameo.csv``:
"strike down * @RESTRICTION") is read.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_STRIKE = frozenset("strike strikes struck striking".split())
_REACH = 6  # "struck down the governor's new curfew order": the object's words


def annulled(p: Parse, m: Match) -> bool:
    """Is ``m`` the force of "struck down" (CAMEO roots 18-20 on the verb itself), or an
    event noun inside the object of "struck down", within six words after "down"?"""
    tokens = p.tokens
    first = m.first
    head = tokens[first].lower
    if head in _STRIKE and first + 1 < len(tokens) and tokens[first + 1].lower == "down":
        return m.rule.code[:2] in ("18", "19", "20")
    if m.rule.kind != "N":
        return False
    for k in range(first - 1, max(0, first - _REACH - 2), -1):
        if tokens[k].lower == "down" and tokens[k - 1].lower in _STRIKE:
            return True
        if tokens[k].boundary:
            break
    return False
