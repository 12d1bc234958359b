"""A political figure named before an active verb of killing with an object after it is the
one who acts, no victim: "Lawmakers killed the budget bill" kills a bill.

The §186 row that names the figure first ("the mayor … was shot dead", "Opposition leader
killed in ambush") reads the passive, written in full or as a headline without its auxiliary
(AP Stylebook, "headlines"). An active past verb followed by its object's determiner has the
figure as its subject (Quirk et al. 1985 §10.2, the subject before the verb in a declarative
clause), so the row tells no assassination; what was killed is the object, often a bill
(``other_senses.csv`` reads "killed the bill" for a verb-first match).
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match

_ASSASSINATE = "186"
_KILLING = frozenset("kill murder assassinate shoot gun".split())


def figure_as_killer(p: Parse, m: Match) -> bool:
    """Is ``m`` a §186 figure-first match with no "be" before its verb and an object's
    determiner or a number right after it ("Lawmakers killed the bill", "the mayor shot
    two robbers")? "The mayor was killed on Monday" and "Mayor killed in ambush" stay."""
    tokens = p.tokens
    if m.rule.code != _ASSASSINATE or m.last + 1 >= len(tokens):
        return False
    if tokens[m.first].keys & _KILLING:
        return False  # a verb-first row ("killed the mayor"): the figure is its object
    if any("be" in t.keys for t in tokens[m.first : m.last + 1]):
        return False
    nxt = tokens[m.last + 1]
    return nxt.lower in ARTICLES or nxt.text.replace(",", "").isdigit()
