"""A barrier that gave way read as an obstruction: "the barricades had collapsed under the
crowd" matches CAMEO 1.1b3 §144 (obstruct passage, block) through the noun "barricade", but
a barrier that breaks is a structure failing, and no actor blocked anyone with it."""

from __future__ import annotations

from dashboard.events.act_contexts import context_words
from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match

# words that may stand between the subject noun and its verb ("had", "suddenly", "all")
_BETWEEN = frozenset("just suddenly then reportedly apparently all both partly".split())


def failed_barrier(p: Parse, m: Match) -> bool:
    """Is ``m`` a §144 noun of ``act_contexts.csv`` ``BARRIER`` that is the subject of a verb
    of failure (``GIVE_WAY``: "broke", "had collapsed", "gave way")? WordNet 3.0 give way
    'break down, literally or metaphorically'. "Protesters set up barricades" (the noun an
    object) and "barricades blocked the road" (a verb of blocking) stay §144."""
    if m.rule.kind != "N" or not m.rule.code.startswith("144"):
        return False
    tokens = p.tokens
    if not tokens[m.last].keys & context_words("BARRIER"):
        return False
    k = m.last + 1
    while k < len(tokens) and (tokens[k].lower in AUX or tokens[k].lower in _BETWEEN):
        k += 1
    if k >= len(tokens):
        return False
    verb = tokens[k]
    if verb.keys & context_words("GIVE_WAY"):
        return True
    # "gave way": the phrasal verb (WordNet 3.0 give way v. 2)
    return "give" in verb.keys and k + 1 < len(tokens) and tokens[k + 1].lower == "way"
