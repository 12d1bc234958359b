"""The crime a charge names: "on a warrant for statutory rape", "faces charges of sexual
assault", "charged with murder".

A noun of violence that completes a charge, a warrant, a conviction or a suspicion names
what someone is accused of, not a happening the sentence tells (CAMEO 1.1b3 §112: allegations
"do not in any way imply that the alleged events have taken place"; ACE 2005: a Justice
event's Crime argument is no event mention of its own). The charge's own verb ("charged",
"arrested", "convicted") keeps its code.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

_FORCE = ("18", "19", "20")  # assault, fight, mass violence: the crimes a charge names
# the word before the linking preposition, per preposition ("charges of", "warrant for",
# "charged with"): a charge, a conviction, a suspicion or a warrant
_HEADS = {
    "of": frozenset(
        "charge charges count counts conviction convictions suspicion guilty accused convicted "
        "acquitted suspected allegation allegations accusation accusations offense offence "
        "offenses offences".split()
    ),
    "for": frozenset(
        "warrant warrants wanted indicted jailed sentenced tried prosecuted extradited".split()
    ),
    "with": frozenset("charged charge".split()),
    # "pleaded guilty to sexual assault": a plea answers the charge (Fed. R. Crim. P. 11)
    "to": frozenset("guilty innocent contest".split()),
}
_MODIFIERS = 3  # words between the preposition and the noun ("of aggravated sexual assault")


def charged_crime(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun of violence (a row of kind "N", roots 18-20) whose phrase completes a
    charge, a warrant, a conviction or a plea: "of", "for", "with" or "to" after a word of ``_HEADS``, at
    most ``_MODIFIERS`` words before it, with no verb or boundary between?"""
    tokens = p.tokens
    if _pleaded_to(p, m.first):
        return True  # "pleaded guilty to conspiracy", "to the offense of evading arrest"
    if m.rule.code[:2] not in _FORCE or m.rule.kind != "N":
        return False
    for k in range(m.first - 1, max(0, m.first - 2 - _MODIFIERS), -1):
        word = tokens[k]
        if word.lower in _HEADS:
            return k >= 1 and bool(tokens[k - 1].keys & _HEADS[word.lower])
        if word.boundary or k in p.verbs:
            return False
    return False


_PLEA = frozenset("plead pleaded pled pleads pleading".split())
_PLEA_REACH = 8  # words from the plea's "to" to the charge's noun ("to the state jail felony …")


def _pleaded_to(p: Parse, first: int) -> bool:
    """Does the match at token ``first`` stand in the object of a plea ("pleaded guilty to
    X", "pled not guilty to the offense of X"): a "to" after "guilty" or "innocent" after a
    form of "plead", at most ``_PLEA_REACH`` words before it, with no boundary between? Any
    act named there is the charge the plea answers (Fed. R. Crim. P. 11), of whatever root."""
    tokens = p.tokens
    for k in range(first - 1, max(1, first - 1 - _PLEA_REACH), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "to":
            # "pleaded guilty (on Monday) to": a date or a place may stand before the "to"
            before = [t.lower for t in tokens[max(0, k - 9) : k]]
            heads = [i for i, w in enumerate(before) if w in _HEADS["to"]]
            return bool(heads) and any(
                w in _PLEA for w in before[max(0, heads[-1] - 3) : heads[-1]]
            )
    return False
