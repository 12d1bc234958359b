"""A threat noun denied by its own copula ("the dam was not a threat to anyone", "Iran
poses no threat", "the drills are no danger") is no threat made: CAMEO 1.1b3 §13 codes an
actor's warning of its own act, and a statement that something is not a threat warns of
nothing. The speaker's words are a comment on the thing (§01 at most), and what the
sentence tells next ("and invited Egypt to cooperate") is its act.
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.hazard_warnings import hazard_warning
from dashboard.events.lexicon import Match
from dashboard.events.warned_state import warned_fact

_NEGATORS = frozenset("not n't never no".split())
# the copula and "pose", the verbs whose object or complement a threat noun is
_LINKING = frozenset("be pose represent constitute".split())


def denied_threat(p: Parse, m: Match) -> bool:
    """Is ``m`` a threat that is none: a denied threat noun (``_denied_noun``) or a
    background warning of a fact (``warned_state.warned_fact``: "after engineers warned that
    the bridge was unsafe") or a warning of what a hazard may do
    (``hazard_warnings.hazard_warning``: "warned that gases could drift")?"""
    return _denied_noun(p, m) or warned_fact(p, m) or hazard_warning(p, m)


def _denied_noun(p: Parse, m: Match) -> bool:
    """Is noun match ``m`` of root 13 the complement of a negated copula or "pose" of its
    clause, with at most two articles, adjectives or adverbs between ("was not a serious
    threat", "poses no threat", "is not in any way a threat")?"""
    if m.rule.kind != "N" or m.rule.code[:2] != "13":
        return False
    tokens = p.tokens
    k = m.first - 1
    for _ in range(4):
        if k < 1 or tokens[k].boundary:
            return False
        if tokens[k].lower in _NEGATORS:
            before = tokens[k - 1]
            return bool(before.keys & _LINKING) and p.clause[k] == p.clause[m.first]
        if not (tokens[k].lower in ARTICLES or tokens[k].pos & {"ADJ", "ADV"}):
            return False
        k -= 1
    return False
