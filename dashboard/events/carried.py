"""A traveller carried by others: "was flown to The Hague", "were driven to the border";
a body moved by impact: "the jet slammed into a wall".

The passive of a transitive verb of carrying ("fly" as 'transport by aircraft', WordNet 3.0
fly v. 3) tells what others did with its subject (Quirk et al. 1985 §3.64: the passive's
subject is the active's object), so a suspect flown to a court or deportees driven to a
border make no visit (CAMEO 1.1b3 §042 make a visit is the visitor's own act).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

_CARRY = frozenset("fly drive take bring ship transfer airlift".split())


def carried(p: Parse, m: Match) -> bool:
    """Is ``m`` a visit row (§042) whose verb of carrying stands in the passive, right after a
    form of "be" ("He was flown to The Hague")?"""
    if not m.rule.code.startswith("042") or m.first == 0:
        return False
    tokens = p.tokens
    return bool(tokens[m.first].keys & _CARRY) and "be" in tokens[m.first - 1].keys


def moved_into(p: Parse, m: Match) -> bool:
    """Is ``m`` a verbal act told by a verb of motion? A verb of impact (classes.csv
    IMPACT_VERBS) of CAMEO 1.1b3 §11 (disapprove) going on with "into" or "onto" ("The jet
    slammed into a concrete wall") is a body's motion, no criticism ("slammed the ruling"
    stays §111); "press" or "push" of §02 or §10 going on with an adverb of direction
    ("troops pressed deeper into Kursk", "pressed on towards the capital") is an advance,
    no appeal (Merriam-Webster press v. 2 'to move forward', "pressed for talks" stays)."""
    tokens, k = p.tokens, m.first
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].lower
    if m.rule.code.startswith("11"):
        return bool(tokens[k].keys & word_class("IMPACT_VERBS")) and nxt in ("into", "onto")
    if m.rule.code.startswith(("02", "10")):
        after = tokens[k + 2].lower if k + 2 < len(tokens) else ""
        # "pressed on towards the capital", not "pushed on Monday for a truce"
        onward = nxt in _ONWARD or (nxt == "on" and after in _ONWARD)
        return bool(tokens[k].keys & _PRESS) and onward
    return False


_PRESS = frozenset("press push".split())
_ONWARD = frozenset(
    "deeper further farther onward onwards ahead forward forwards into toward towards".split()
)
