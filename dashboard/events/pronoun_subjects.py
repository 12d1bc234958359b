"""A determiner that stands alone as its noun phrase's head, the subject of the verb after it
("Farmers marched, and some threw stones at police"; "These burned cars"): Quirk et al. 1985
§6.40 and §6.60 read "some", "these", "those" and "each" as pronouns when their noun is left
out. ``clauses`` reads a finite verb after a determiner as no verb (the determiner opens a
noun phrase: "the wounded", "some injured people"), so the pronoun's verb was lost.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import AUX, DETERMINERS
from dashboard.events.lexicon import sourced_rows, word_class
from dashboard.events.tokens import Token

# what may stand right before the pronoun when it opens its clause: a comma, a semicolon
# or a conjunction (``classes.csv`` row ``PRONOUN_CLAUSE_OPENER``; Quirk et al. 1985 §13.1:
# a coordinated clause opens after its conjunction)
_CLAUSE_MARKS = frozenset({",", ";"})
# how far a later verb of the same clause is looked for
_REACH = 6


def determined(tokens: list[Token], i: int, j: int) -> bool:
    """Does the word ``j`` before token ``i`` make ``i`` part of a noun phrase: a determiner
    (``clause_words.DETERMINERS``) that is not a pronoun subject of ``i``
    (``pronoun_subject``)? ``True`` for "the wounded", "some injured people"; ``False`` for
    "and some threw stones", "Some set fire to a car"."""
    return tokens[j].lower in DETERMINERS and not pronoun_subject(tokens, i, j)


def pronoun_subject(tokens: list[Token], i: int, j: int) -> bool:
    """Is ``tokens[j]`` a pronoun ("some", "these": ``pronoun_determiners.csv``) opening its
    clause, and ``tokens[i]`` a past verb after it with no auxiliary or other past verb
    after it in the clause ("Some burned cars were found": "were" is the verb, "burned" a
    participle of the noun phrase)?"""
    if tokens[j].lower not in _pronouns() or "VBD" not in tokens[i].tags:
        return False
    if j > 0 and not (tokens[j - 1].boundary or tokens[j - 1].lower in _clause_openers()):
        return False  # "of some burned cars": a determiner inside a phrase
    for t in tokens[i + 1 : i + 1 + _REACH]:
        if t.boundary or t.lower in (",", ";"):
            break
        if t.lower in AUX or t.tags == frozenset({"VBD"}):
            return False
    return True


@cache
def _clause_openers() -> frozenset[str]:
    return _CLAUSE_MARKS | word_class("PRONOUN_CLAUSE_OPENER")


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(r["word"] for r in sourced_rows("pronoun_determiners.csv", "word"))
