"""A role or duty taken over ("the army took over security in the capital", "took over as
head of state") is no ground occupied.

CAMEO 1.1b3 §192 (occupy territory) codes territory taken; Merriam-Webster's *take over* is
both "to assume control or possession of" (ground, a town: §192) and "to assume …
responsibility for" (a duty, an office). The nouns after "take over" that name a duty or an
office, and "as" before a role, are data: ``data/lexicon/taken_roles.csv``, a source per row.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import ARTICLES, Parse
from dashboard.events.lexicon import Match, sourced_rows
from dashboard.events.tokens import is_noun

_OCCUPY = "192"
# words after "as" that make it a degree or a clause, no role ("as many as", "as soon as")
_NOT_A_ROLE = frozenset("many much soon well long far few".split())
_OWN_DEED = "015"  # CAMEO 1.1b3 §015 acknowledge or claim responsibility


@cache
def taken_roles() -> frozenset[str]:
    """The words after "take over" that make it a duty or office taken over, lowercase."""
    return frozenset(r["noun"].lower() for r in sourced_rows("taken_roles.csv", "noun"))


def role_taken_over(p: Parse, m: Match) -> bool:
    """Is ``m`` a §192 "take over" whose object is a duty or office ("took over security",
    "took over as president", "took over the presidency"), or a §015 "take over
    responsibility"? Determiners between are skipped; "took over the town" and "took
    responsibility for the attack" stay."""
    tokens = p.tokens
    if m.rule.code == _OWN_DEED:
        # "took over responsibility for the airport": a duty assumed, no deed owned (§015
        # reads "took responsibility for the attack")
        return "take" in tokens[m.first].keys and tokens[m.first + 1].lower == "over"
    if m.rule.code != _OCCUPY or m.last + 1 >= len(tokens):
        return False
    if tokens[m.last].lower != "over" or "take" not in tokens[m.last - 1].keys:
        return False
    k = m.last + 1
    while k < len(tokens) - 1 and tokens[k].lower in ARTICLES:
        k += 1
    word = tokens[k].lower
    if word not in taken_roles() or k + 1 >= len(tokens):
        return word in taken_roles()
    after = tokens[k + 1]
    if word == "as":
        # "took over as president", not "as many as ten villages", "as the rebels fled"
        return after.lower not in _NOT_A_ROLE and after.lower not in ARTICLES
    # the duty as the head, no modifier of another noun: "took over security in the
    # capital", not "took over security checkpoints" or "the security post"
    return not (is_noun(after.lower) and after.text[:1].isalpha() and not after.boundary)
