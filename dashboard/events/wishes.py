"""A wish for one's own act read as an appeal, or as the act: "The opposition wanted to
oust the prime minister" matches the §020 row "want" and the act wished for, but no one is
asked anything and nothing was done.

CAMEO 1.1b3 §02 (appeal) codes requests addressed to a target ("wants Germany to pay
compensation": the one asked is named before "to"). "want|wish to" + a verb, with no object
between, names what the subject itself would do (Quirk et al. 1985 §16.40: the subject of
the infinitive is the main clause's subject when no object intervenes): a desire, which ACE
2005's event guidelines mark as modality Other (not asserted), and which CAMEO 1.1b3 §03
codes as an intent only when an actor commits to it (pledge, vow, be ready to), as a
reporter's "wanted to" does not. So neither the "want" nor the act in its infinitive is an
event of the sentence.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match

# the §020 row's verbs of wishing (cameo.csv); "ask", "request" address someone even with
# "to" right after them ("requested to lease a training ground" asks the owner)
_WISHING = frozenset("want wish".split())
# adverbs that may stand between the verb and "to" ("wanted badly to", "wished only to")
_BETWEEN = frozenset("only badly really still just also not never".split())
# words that open another clause after the infinitive ("wanted to leave, but troops …",
# "wanted to talk because …"): the wish's reach ends there
_OPENERS = frozenset(
    "that which who whom whose because while but when whereas although though after "
    "before since until unless if".split()
)
# a wish to meet or talk is a stated wish for a meeting, coded as the meeting wished for
# (CAMEO 1.1b3 §026, §036), unlike a wish for one's own act
_MEETING = frozenset("meet talk negotiate".split())
# quotation marks are boundaries for the tokenizer, but a quoted noun phrase stays in the
# clause ('want to reach "an effective truce"')
_QUOTES = frozenset('"“”')


def wished(p: Parse, m: Match) -> bool:
    """Is ``m`` the "want"/"wish" of a wish for one's own act ("the rebels wanted to seize
    the port"), or a match inside that wish's infinitive ("seize")? Not an event.

    >>> from dashboard.events.cameo import triggers
    >>> triggers("The rebels wanted to seize the port.")
    []
    >>> [t.full for t in triggers("Israel wants Germany to pay reparations.")]
    ['025']
    """
    tokens = p.tokens
    for w in range(m.first, max(-1, m.first - 40), -1):
        if tokens[w].boundary and w < m.first and tokens[w].text not in _QUOTES:
            return False  # no wish before the match in its clause
        if not tokens[w].keys & _WISHING or "VERB" not in tokens[w].pos:
            continue
        to = _to_after(p, w)
        if to < 0:
            continue
        if to + 1 < len(tokens) and tokens[to + 1].keys & _MEETING:
            return False  # "wanted to meet Trump": a wish to meet is told as such (§026/§036)
        if w == m.first and m.first == m.last and m.rule.code.startswith("02"):
            return True  # the §020 "want" itself
        if to < m.first and not any(t.lower in _OPENERS for t in tokens[to + 1 : m.first]):
            return True  # the act wished for
    return False


def _to_after(p: Parse, w: int) -> int:
    """The index of the "to" right after the verb at ``w`` (past adverbs), else -1."""
    k = w + 1
    while k < len(p.tokens) and p.tokens[k].lower in _BETWEEN:
        k += 1
    return k if k < len(p.tokens) and p.tokens[k].lower == "to" else -1
