"""Armed forces that gather are no street rally. CAMEO 1.1b3 §141 "demonstrate or rally" is
civilians (or soldiers acting as protesters) demonstrating; troops, tanks or armoured
vehicles that gather or assemble somewhere with no aim of protest told after them mass for
an operation, the §154 "mobilize or increase armed forces" that the lexicon's "massed" row
already reads. Soldiers who gather "to demand unpaid wages" or "against" a decision still
rally (§141): the aim words are ``protest_aims._OPENERS``, as that module reads a protest's aim.
"""

from __future__ import annotations

from itertools import pairwise

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.protest_aims import _OPENERS

# the subjects: armed forces by their plural nouns, and their vehicles (WordNet 3.0 armored
# vehicle n. 'a vehicle that is protected by armor plate'); "police" stays out, since a
# police line gathered at a march is the march's business, told by its own rows
_TROOPS = frozenset("troop soldier tank army military".split())
_ARMOUR = frozenset("armoured armored military".split())  # "vehicles" alone may be a convoy protest
_GATHER = frozenset("gather assemble converge".split())
_REACH = 12  # tokens after the verb within which a protest's aim is told


def troops_gathered(p: Parse, m: Match) -> bool:
    """Is the §141 match a verb of gathering ("gathered", "assembled") whose subject before
    it in its clause is armed forces or their vehicles ("Troops and armoured vehicles
    gathered in the square"), with no protest aim ("to demand", "against", "over") after it?"""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "V" or not tokens[k].keys & _GATHER:
        return False
    subject = tokens[p.opening(k) : k]
    armour = any(a.lower in _ARMOUR and "vehicle" in b.keys for a, b in pairwise(subject))
    if not armour and not any(t.keys & _TROOPS for t in subject):
        return False
    return not any(t.keys & _OPENERS for t in tokens[k + 1 : k + 1 + _REACH])
