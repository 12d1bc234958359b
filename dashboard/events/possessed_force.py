"""An act of force owned by a named side in the genitive ("Russia's strikes on the grid",
"Iran's drone strikes", "Russia's shelling of the city"): the possessor is the agent of the
deverbal noun (Quirk et al. 1985, 17.41, the subjective genitive), and a definite noun
phrase presupposes its referent, so the act happened, whatever a copula then says of it
("… were illegal", "… was a war crime"). CAMEO 1.1b3 §18-20 codes the act by that side."""

from __future__ import annotations

from dashboard.events.dates_common import MONTHS, WEEKDAYS
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

GENITIVE = frozenset({"'s", "’s", "'", "’"})
# force roots (CAMEO 1.1b3 §18 assault, §19 fight, §20 mass violence)
_FORCE = ("18", "19", "20")


def side_genitive_before(tokens: list[Token], first: int) -> bool:
    """Whether a capitalised name in the genitive stands right before token ``first``
    ("Russia's", "the Kremlin's"), not a day or a month ("Tuesday's": a date, not a side)."""
    if first < 2 or tokens[first - 1].lower not in GENITIVE:
        return False
    owner = tokens[first - 2]
    return owner.text[:1].isupper() and owner.lower not in WEEKDAYS and owner.lower not in MONTHS


def possessed_force(tokens: list[Token], m: Match) -> bool:
    """Whether ``m`` is a noun of force owned by a named side in the genitive, the subject of
    what follows ("Iran's drone strikes were illegal"): a happening, not only a judgement."""
    code = m.rule.code
    return m.rule.kind == "N" and code.startswith(_FORCE) and side_genitive_before(tokens, m.first)
