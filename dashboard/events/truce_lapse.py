"""A truce that ran out is no truce declared: "the ceasefire ended on Monday", "the truce
expired" (CAMEO 1.1b3 §0871 declare truce, ceasefire codes the declaring; §196 violate
ceasefire a side that breaks one; a truce ending of itself is neither).

The truce noun is the subject of an intransitive verb of ending (``classes.csv`` TRUCE_LAPSE):
"end" only with no determiner opening an object after it ("the truce ended the fighting" tells what the truce did),
"expire" and "lapse" always. ``non_events._ended_truce`` reads it as it reads "broke down".
"""

from __future__ import annotations

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, word_class


def lapsed_truce(p: Parse, m: Match) -> bool:
    """Is ``m`` a truce noun (a CAMEO 087 noun row) whose first verb after it, in its clause,
    is a TRUCE_LAPSE verb with no object after it ("the ceasefire in the north ended on
    Monday", "the truce expired at midnight, the army said")? A verb row ("declared a truce
    that ended …") is its own act and is never read here; never raises. Source: CAMEO 1.1b3
    §0871 and §196; Merriam-Webster expire 2, lapse v. 2."""
    if m.rule.kind != "N" or not m.rule.code.startswith("087"):
        return False
    after = [k for k in sorted(p.verbs) if k > m.last]
    if not after or p.clause[after[0]] != p.clause[m.first]:
        return False
    g = after[0]
    if not p.tokens[g].keys & word_class("TRUCE_LAPSE"):
        return False
    if g + 1 >= len(p.tokens):
        return True
    # "ended the fighting", "ended their war": a transitive "end" with its object, told by
    # the determiner that opens it (the tagger's parts of speech mark "at" a noun too)
    return p.tokens[g + 1].lower not in ARTICLES | word_class("TRUCE_DETERMINER")
