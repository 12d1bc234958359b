"""A crowd that gathers to greet someone hosts no visit: "Crowds gathered at the pier to
greet the rescued sailors" is no §043, nor "to welcome the freed men" a §051.

CAMEO 1.1b3 §043 "host a visit" codes an actor receiving a visitor it invited or agreed to
receive (a state, a leader, an organisation); people who gather to greet the arrivals are
no host, and their gathering for a welcome is no protest either (``gatherings``: classes.csv
``GATHER_PURPOSE``). So a §043 verb that is the purpose infinitive ("to greet") of a
gathering verb in its clause ("gathered", "assembled") is dropped: no card rather than a
wrong host. "The president received the envoy in the capital" has no gathering: it stays.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the §141 row's verbs of a gathering (as ``gatherings._GATHER``: "march" and "rally" are
# a protest's own and keep their reading there)
_GATHER = frozenset("gather assemble".split())
# §043 host a visit ("greet", "receive") and §051 praise or endorse ("welcome": "welcomed
# the decision"): a crowd's welcome of arrivals is neither a host's nor an endorsement
_WELCOME_CODES = frozenset({"043", "051"})


def welcome_gathered(p: Parse, m: Match) -> bool:
    """Is ``m`` a §043 or §051 verb right after "to" whose clause has a gathering verb before it
    ("Thousands gathered in Ramallah to greet the freed men")? See the module. "The king
    received the envoy" gives False."""
    tokens = p.tokens
    if m.rule.code not in _WELCOME_CODES or m.first < 2 or tokens[m.first - 1].lower != "to":
        return False
    for k in range(m.first - 2, p.opening(m.first) - 1, -1):
        if tokens[k].boundary:
            return False
        if tokens[k].keys & _GATHER:
            return True
    return False
