"""Force words read as no force: killers named as a row's subject who are the dead of a
passive ("soldiers were killed in the raid and hundreds of residents fled"), and "riot"
naming the police's kit ("riot police")."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match


def killers_killed(p: Parse, m: Match) -> bool:
    """Is ``m`` a row that opens on the killers ("fighters … kill … hundreds of civilians",
    §202) whose verb is passive ("soldiers were killed in the raid and hundreds of residents
    fled")? The armed men are then the dead, no killers (Quirk et al. 1985 §3.63)."""
    tokens = p.tokens
    if m.rule.kind != "V" or not m.rule.code.startswith("20") or m.first == m.last:
        return False
    kill = next((k for k in range(m.first + 1, m.last) if "kill" in tokens[k].keys), None)
    return kill is not None and any("be" in tokens[k].keys for k in range(m.first + 1, kill))


# nouns "riot" modifies as the police's kit or unit ("riot police", "riot gear"): Merriam-
# Webster riot police 'police trained and equipped to deal with riots', no riot itself
_RIOT_KIT = frozenset("police policeman officer squad unit gear shield control truck".split())


def riot_gear(p: Parse, m: Match) -> bool:
    """A §145 row whose last word is "riot" modifying the police's kit or unit ("were
    injured in clashes with riot police"): the noun names police, no riot."""
    if not m.rule.code.startswith("14") or "riot" not in p.tokens[m.last].keys:
        return False
    nxt = m.last + 1
    return nxt < len(p.tokens) and bool(p.tokens[nxt].keys & _RIOT_KIT)
