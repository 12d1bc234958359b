"""Event nouns a sentence reckons in money rather than tells as a happening of its own: "the
blockades had cost the economy $1.7 billion", "the sanctions have cost Russia billions"
(``reckoned_cost``; ``non_events._judged_noun`` reads it beside the copula's verdicts). A
cost in lives ("the attack cost 12 lives") is the happening's toll and stays its event."""

from __future__ import annotations

from dashboard.events.tokens import Token


def reckoned_cost(tokens: list[Token], k: int) -> bool:
    """Does the verb "cost" follow at ``k``, after auxiliaries, with a sum of money within
    six words after it ("had cost the economy $1.7 billion")? What is told is a reckoning of
    a happening named before, as a judgement is (Oxford Learner's Dictionaries, cost v. 1
    'to have as a price'), not the happening of the noun's code."""
    while k < len(tokens) and tokens[k].lower in _COST_AUX:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in ("cost", "costs"):
        return False
    told = [t.lower for t in tokens[k + 1 : k + 7]]
    if any(w in _LIVES for w in told):
        return False
    return any(w in _MONEY or w.startswith(("$", "€", "£")) for w in told)


_COST_AUX = frozenset("had have has will would could may might already so far".split())
# a sum of money or what it is counted against ("$1.7 billion", "millions of dollars",
# "the economy"); lives and jobs are a toll, not a price
_MONEY = frozenset(
    "$ € £ billion billions million millions trillion dollars dollar euros euro pounds "
    "rupees yuan roubles rubles economy revenue revenues".split()
)
_LIVES = frozenset("life lives people jobs".split())
