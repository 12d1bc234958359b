"""A decision or a piece of news greeted: "Farmers in the valley greeted the ruling with
anger".

"Greet" has two senses (WordNet 3.0): v. 1 'express greetings upon meeting someone', which
takes a person and is the host's welcome CAMEO 1.1b3 §043 (host a visit) codes, and v. 2
'react to in a certain way' ("The President's comments were greeted with skepticism"), whose
object is a message or a decision (``classes.csv`` RECEIVED_NEWS). In the active voice with
such an object the verb tells a reaction, no visit hosted: the §043 match is dropped. The
passive ("The proposal was greeted with protests") is left to the rules that read its
"with" phrase.
"""

from __future__ import annotations

from dashboard.events.clause_words import AUX, Parse
from dashboard.events.lexicon import Match, word_class

# words that may stand between the verb and the object's head ("greeted the court's new
# ruling"): a determiner and up to three modifiers
_REACH = 5


def greeted_news(p: Parse, m: Match) -> bool:
    """Is ``m`` a §043 "greet" in the active voice (no auxiliary right before it) whose
    object's head, within ``_REACH`` words after it and before any clause mark or "with",
    is a RECEIVED_NEWS word?"""
    tokens = p.tokens
    k = m.first
    if not m.rule.code.startswith("043") or "greet" not in tokens[k].keys:
        return False
    if k > 0 and tokens[k - 1].lower in AUX:
        return False  # "was greeted": the passive, left as it was
    news = word_class("RECEIVED_NEWS")
    for t in tokens[k + 1 : k + 1 + _REACH]:
        if t.boundary or t.lower == "with":
            return False
        if t.keys & news:
            return True
    return False
