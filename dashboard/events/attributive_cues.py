"""A belief word used as an adjective before the subject's noun ("A week earlier, suspected
rebels burned a bulldozer", "the alleged gunmen"): it hedges who the doers are, not whether
the act happened (fix96).

ACLED Codebook 2023 ("suspected" perpetrators are coded as the actor, the event as
reported); FactBank 1.0 (Saurí and Pustejovsky 2009) marks the factuality of an event by the
predicates that embed it, and an attributive participle embeds none. So a cue of opinion
("suspect", cues.csv ``speculate``) in that place is no hypothetical for the verb after it.
"""

from __future__ import annotations

from dashboard.events.tokens import Token, is_noun

# what may stand before an attributive participle opening a noun phrase: nothing (the
# sentence's start), a comma after a fronted adverbial, a determiner or a number
_BEFORE = frozenset(", ; : — – the a an two three four five six several some".split())
# words after the participle that make it a verb ("suspected of", "suspected that")
_VERBAL_AFTER = frozenset("of that to the a an it they he she".split())


# participles of belief that premodify a doer's noun (Merriam-Webster suspected adj.
# 'believed to be guilty'; alleged adj. 'asserted to be true without proof')
_BELIEF = frozenset("suspected alleged presumed purported reputed".split())


def attributive_belief(tokens: list[Token], i: int) -> bool:
    """Is the verb-like word at ``i`` a belief participle used as an adjective ("A week
    earlier, suspected rebels burned"), so that it governs nothing?"""
    return tokens[i].lower in _BELIEF and attributive_participle(tokens, i, len(tokens))


def attributive_participle(tokens: list[Token], k: int, hi: int) -> bool:
    """Is the past participle at ``k`` an adjective before a noun of the subject, the verb at
    ``hi`` coming after that noun ("suspected rebels burned")? Not when a subject stands
    before it ("Police suspected rebels had burned": a verb of opinion)."""
    if not tokens[k].lower.endswith("ed") or k + 1 >= hi:
        return False
    nxt = tokens[k + 1]
    if nxt.lower in _VERBAL_AFTER or not is_noun(nxt.lower):
        return False
    return k == 0 or tokens[k - 1].lower in _BEFORE or tokens[k - 1].text.isdigit()
