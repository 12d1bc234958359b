"""Event words a sentence names as already known, to tell something else of them: the
happening a toll is counted in ("18 people died in the unrest and declared…"), when the
sentence's own act is another.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.trigger import WEAK

_DEATH = frozenset("kill die injure wound hurt".split())
_SETTING = frozenset("in during".split())


def toll_setting(p: Parse, m: Match, matches: list[Match]) -> bool:
    """A definite event noun after "died in"/"were killed during" ("18 people died in the
    unrest") when the sentence tells an act of another root with a phrase of its own: the
    definite article presents the happening as known (Prince 1981, given information), and
    the clause counts its dead; the act the sentence adds ("…and declared a state of
    emergency") is what it tells. Alone, "Five died in the clashes" keeps its reading."""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "N" or k < 3 or tokens[k - 1].lower != "the":
        return False
    if tokens[k - 2].lower not in _SETTING:
        return False
    if not any(t.keys & _DEATH for t in tokens[max(0, k - 5) : k - 2]):
        return False
    root = m.rule.code[:2]
    return any(
        o.rule.code[:2] != root
        and o.rule.weight > WEAK
        and len(o.rule.slots) > 1
        and o.first > m.last
        for o in matches
    )


# people named by the violence they do (cameo.csv §180's nouns "gunman", "gunmen")
_AGENTS = frozenset("gunman gunmen".split())


def agent_named(p: Parse, m: Match) -> bool:
    """A definite agent noun that is its clause's subject ("saying the gunmen had tried to
    flee"): "the" presents them as known (Prince 1981), and the noun names who did violence,
    not an act; what the clause tells is its verb's, coded by its own words (an escape is
    no force). "Gunmen stormed a school" keeps the verb's reading; "a gunman" is new."""
    k, tokens = m.first, p.tokens
    if m.rule.kind != "N" or m.first != m.last or tokens[k].lower not in _AGENTS:
        return False
    if k == 0 or tokens[k - 1].lower != "the":
        return False
    return any(j in p.verbs for j in range(k + 1, min(k + 3, len(tokens))))
