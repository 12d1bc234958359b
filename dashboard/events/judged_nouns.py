"""Event nouns a sentence reckons in money rather than tells as a happening of its own: "the
blockades had cost the economy $1.7 billion", "the sanctions have cost Russia billions"
(``reckoned_cost``; ``non_events._judged_noun`` reads it beside the copula's verdicts). A
cost in lives ("the attack cost 12 lives") is the happening's toll and stays its event.
Event nouns that name what a legal text allows, when the text is judged unlawful ("ruled
that a decree allowing house arrest had not been issued lawfully": ``judged_instrument``)."""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
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


def judged_instrument(p: Parse, m: Match) -> bool:
    """Is the event noun ``m`` the content of a legal text (classes.csv ``LEGAL_INSTRUMENT``)
    whose lawfulness the rest of its sentence judges? The noun either names the text ("a
    detention order") or is what a text allows ("a decree allowing house arrest", the text at
    most ``_ALLOWED_GAP`` words before the noun with a verb of ``_ALLOWING`` between them), and
    a word of ``_LAWFULNESS`` follows within ``_VERDICT_REACH`` words, in the same sentence part
    ("had not been issued lawfully", "was invalid"). What is told is a judgement of the text
    (a ruling, CAMEO 1.1b3 §1 codes interactions of actors), no arrest made (§173)."""
    tokens = p.tokens
    if m.rule.kind != "N":
        return False
    texts = word_class("LEGAL_INSTRUMENT")
    after = m.last + 1
    named = after < len(tokens) and bool(tokens[after].keys & texts)
    before = tokens[max(0, m.first - _ALLOWED_GAP) : m.first]
    allowed = any(
        t.keys & texts and any(u.keys & _ALLOWING for u in before[i + 1 :])
        for i, t in enumerate(before)
    )
    if not (named or allowed):
        return False
    for t in tokens[after : after + _VERDICT_REACH]:
        if t.boundary:
            return False
        if t.lower in _LAWFULNESS:
            return True
    return False


_ALLOWED_GAP = 4  # "an order allowing the house arrest": the text, its verb, a determiner
_VERDICT_REACH = 12  # "… of the former prime minister had not been issued lawfully"
_ALLOWING = frozenset("allow permit authorise authorize grant order mandate".split())
# Black's Law Dictionary: lawful 'not contrary to law'; valid 'legally sufficient'; void 'of
# no legal effect'; the adverbs judge how the text was made ("issued unlawfully")
_LAWFULNESS = frozenset(
    "lawful unlawful lawfully unlawfully legal illegal legally illegally valid invalid validly "
    "void unconstitutional constitutional".split()
)
