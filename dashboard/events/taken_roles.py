"""A role or duty taken over ("the army took over security in the capital", "took over as
head of state") is no ground occupied; a holder dismissed from a post ("dismissed the finance
minister") is no claim rejected (``holder_dismissed``).

CAMEO 1.1b3 §192 (occupy territory) codes territory taken; Merriam-Webster's *take over* is
both "to assume control or possession of" (ground, a town: §192) and "to assume …
responsibility for" (a duty, an office). The nouns after "take over" that name a duty or an
office, and "as" before a role, are data: ``data/lexicon/taken_roles.csv``, a source per row.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import ARTICLES, AUX, Parse
from dashboard.events.lexicon import Match, sourced_rows, word_class
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


def holder_dismissed(p: Parse, m: Match) -> bool:
    """Is ``m`` a §12 "dismiss" whose object ("dismissed the finance minister") or passive
    subject ("the third general to be dismissed", "the minister was dismissed") holds a post
    (classes.csv ``POST_HOLDER`` and ``HELD_OFFICE``)? WordNet 3.0 dismiss v. 2, "discharge
    from an office or position", is no §12 rejection of a claim (v. 1); CAMEO 1.1b3 has no
    code for a government sacking its own official (a legislature's removal is §172)."""
    tokens = p.tokens
    if m.rule.code[:2] != "12" or "dismiss" not in tokens[m.first].keys:
        return False
    holders = word_class("POST_HOLDER") | word_class("HELD_OFFICE")
    head = None  # the object's last word: "the minister's claims" is claims dismissed
    for t in tokens[m.last + 1 : m.last + 5]:
        if t.lower in ("'s", "’s"):
            return False
        if t.boundary or not t.text[:1].isalpha() or t.lower in _PHRASE_ENDS:
            break
        head = t
    if head is not None and head.keys & holders:
        return True
    k = m.first - 1
    if k < 0 or "be" not in tokens[k].keys:
        return False
    while k > 0 and (tokens[k].lower in AUX or tokens[k].lower in ("to", "be")):
        k -= 1  # "the third general to be dismissed", "the minister has been dismissed"
    return bool(tokens[k].keys & holders)


_PHRASE_ENDS = frozenset("as for from over after on in at by with against of to and".split())
