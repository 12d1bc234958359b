"""An act named as the object of a verb of preparing is still to come.

"The EU was preparing new sanctions against Minsk", "ministers drew up a package of tariffs":
the sanctions and tariffs are being readied, not imposed. TimeML 1.2.1 (Pustejovsky et al.
2006) reads such a verb as an I_ACTION, whose event argument is not asserted to have
happened, and ACE 2005 gives the act no actual modality (Other); the reader flags it
``planned``, as it does an act "set to" or "due to" happen.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# WordNet 3.0 prepare v. 1 'make ready or suitable or equip in advance for a particular
# purpose', draft v. 'draw up an outline or sketch for something', draw up v. 'make up
# (a document)', finalize v. 'make final; put the last touches on', ready v. 'prepare for use'
_PREPARE = frozenset("prepare draft finalise finalize ready".split())
_DRAW = frozenset({"draw"})  # with "up": "drew up new sanctions"
_STOPS = frozenset("to for with on in at of by from against about over".split())
_REACH = 5  # words between the verb and the act's noun: "preparing a fresh package of"


def prepared_object(p: Parse, m: Match) -> bool:
    """Is the noun match ``m`` the direct object of the clause's governing verb of preparing
    ("was preparing new sanctions", "drew up fresh tariffs"), with no preposition between?

    "preparing new sanctions against Belarus" gives True for the sanctions; "imposed new
    sanctions" (no preparing), "prepared for talks" (a preposition: CAMEO 1.1b3 §036's row)
    and "prepared the ground for sanctions" (past the reach) give False."""
    gov, tokens = p.gov, p.tokens
    if m.rule.kind != "N" or gov is None or not 0 < m.first - gov <= _REACH:
        return False
    if p.clause[m.first] != p.clause[gov]:
        return False
    start = gov + 1
    if tokens[gov].keys & _DRAW and start < len(tokens) and tokens[start].lower == "up":
        start += 1
    elif not tokens[gov].keys & _PREPARE:
        return False
    between = tokens[start : m.first]
    return not any(t.lower in _STOPS or t.boundary or not t.text[:1].isalnum() for t in between)
