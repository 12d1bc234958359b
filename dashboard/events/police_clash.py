"""The police clashing with a crowd ("Riot police clashed with demonstrators outside
parliament"): the crowd's violent protest told from the police's side, CAMEO 1.1b3 §145
(protest violently, riot), as "protesters clashed with police" (cameo.csv's "clash with
police" row) tells it from the crowd's and "clashes between police and protesters"
(``recoding._police_and_crowd``) from neither. §19 (fight) is force between armed parties:
"police clashed with gunmen" stays a fight. ACLED codes a demonstration that turns violent
against the police as a riot.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.recoding import CROWD

# the police (recoding._POLICE's words, and riot and security police told as such)
_POLICE = frozenset("police policeman officer gendarme gendarmerie".split())
# a crowd named by its people (recoding.CROWD, and the crowds of classes.csv CROWD)
_CROWDS = CROWD | frozenset("mob student youth villager resident striker".split())
_CLASH = frozenset({"clash", "scuffle", "skirmish"})
_REACH = 4  # tokens from "with" to the crowd's noun: "with hundreds of angry demonstrators"


def police_clashed_with_crowd(p: Parse, m: Match) -> bool:
    """Is the match the verb "clash" (or "scuffle", "skirmish") whose subject, before it in
    its clause, names the police and whose "with" object names a crowd?"""
    tokens, k = p.tokens, m.first
    if m.rule.kind != "V" or not tokens[k].keys & _CLASH:
        return False
    if not any(tokens[i].keys & _POLICE for i in range(p.opening(k), k)):
        return False
    at = next((i for i in range(k + 1, min(k + 3, len(tokens))) if tokens[i].lower == "with"), None)
    if at is None:
        return False
    for i in range(at + 1, min(at + 1 + _REACH, len(tokens))):
        if tokens[i].boundary:
            return False
        if tokens[i].keys & _CROWDS:
            return True
    return False
