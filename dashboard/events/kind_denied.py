"""A kind of act that a negated clause judges: "Such manoeuvres do not help build confidence".

"such" before an event noun points back to the kind of act already told (Merriam-Webster
such, determiner 1a 'of the character, quality, or extent previously indicated';
``kind_mentions.such_kind`` reads the copula form "Such attacks are rare"). When that noun
phrase is the subject of a negated operator ("did not", "do not", "will never"; Quirk et al.
1985 §10.54, clause negation), the clause is a comment on the kind (CAMEO 1.1b3 §01, make a
public statement), not a new act of it: the noun is no happening of its own, and the act it
points back to was read where it was told.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, load, sourced_rows


@cache
def _operators() -> frozenset[str]:
    """The operators that carry a clause's 'not' (``data/lexicon/kind_denied.csv``)."""
    rows = sourced_rows("kind_denied.csv", "word", "role")
    return frozenset(r["word"] for r in rows if r["role"] == "operator")


def such_kind_denied(p: Parse, m: Match) -> bool:
    """Is ``m`` an event noun right after "such" (one modifier may stand between: "such
    naval drills") whose clause goes on with an operator and a negation ("did not", "do
    n't", "will never")? "Such drills did not help build trust": True; "such drills took
    place on Monday" (no negation) and "had held such drills" (an object) stay False."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    j = m.first - 1
    if j >= 1 and tokens[j].lower != "such" and not tokens[j].boundary:
        j -= 1  # "such naval drills"
    if j < 0 or tokens[j].lower != "such":
        return False
    k = m.last + 1
    if k + 1 >= len(tokens) or tokens[k].lower not in _operators():
        return False
    return bool(tokens[k + 1].keys & load().words("negate"))
