"""Kin, mourners and fans gathered: no rally (session 89, fix111).

"Families of the crew gathered at the harbour on Tuesday" tells people waiting for news; CAMEO
1.1b3 §141 codes a demonstration or rally, a gathering "carried out as protests" (§14), and
a gathering of relatives, mourners, fans or pilgrims (``classes.csv`` WAITING_KIN) at a
place where news of the missing comes (WAITING_PLACE: a harbour, an airport, a hospital, a
rescue site) names no cause. Kin gathered in a city ("families of the hostages gathered in
the capital") may rally, and stay §141. Told with a protest, a demand or a rally word anywhere in the sentence (PROTEST,
PROTEST_GATHERING, DEMAND: "relatives gathered to demand answers", "families gathered in
protest"), it stays §141, and so does a gathering of protesters.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_GATHER = frozenset("gather assemble".split())  # the §141 row's verbs of a crowd met
_PLACE_REACH = 5  # "gathered at the ferry terminal": the place within four words


def kin_gathered(p: Parse, m: Match) -> bool:
    """Is ``m`` the §141 verb "gather|assemble" whose clause's subject (the words from the
    clause's opening to the verb) holds a WAITING_KIN word, with a WAITING_PLACE word within
    ``_PLACE_REACH`` words after the verb, in a sentence with no protest or demand word?"""
    tokens = p.tokens
    if m.rule.code != "141" or not tokens[m.first].keys & _GATHER:
        return False
    if not any(t.keys & word_class("WAITING_KIN") for t in tokens[p.opening(m.first) : m.first]):
        return False
    end = min(len(tokens), m.last + _PLACE_REACH)
    if not any(t.keys & word_class("WAITING_PLACE") for t in tokens[m.last + 1 : end]):
        return False
    cause = word_class("PROTEST") | word_class("PROTEST_GATHERING") | word_class("DEMAND")
    return not any(t.keys & cause for t in tokens)
